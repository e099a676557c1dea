import path from 'node:path';
import { namedSeries, SERIES_NAMES } from '../fixtures/names';
import { seriesTree, writeTree } from '../fixtures/temp';
import { expect, test } from '../fixtures/test';
import type { LibraryPage } from '../pages/library-page';

const NFO = (title: string) => `<?xml version="1.0" encoding="UTF-8"?>\n<tvshow><title>${title}</title></tvshow>\n`;

// Titles from NFO files that move these series far from their folder name's place.
const RETITLED: Record<string, string> = {
  'Akira (1988)': 'Neo-Tokyo: Akira',
  'Ano Hana': 'The Flower We Saw That Day',
  Barakamon: 'Seishu Handa (Barakamon)',
  'Blue Period': 'Yatora: Blue Period',
  'Chainsaw Man': 'Pochita and Denji',
};

/** Forty series behind a paused loader: every card is pending, ordered by folder name. */
async function pausedLibrary(library: LibraryPage, libraryRoot: string): Promise<void> {
  const warmup = path.join(libraryRoot, 'warmup');
  writeTree(warmup, seriesTree({ Mononoke: 1 }));
  await library.addFolder(warmup);
  await library.waitAllReady(1);
  await library.pauseLoader();
  const anime = path.join(libraryRoot, 'anime');
  writeTree(anime, { ...namedSeries(SERIES_NAMES, 2), ...Object.fromEntries(Object.entries(RETITLED).map(([folder, title]) => [`${folder}/tvshow.nfo`, NFO(title)])) });
  await library.addFolder(anime);
  await expect(library.summary).toHaveText(/^Paused · /);
  await expect.poll(() => library.total()).toBe(41);
}

test('cards keep their place while the pointer is over the grid; the new order comes once it leaves', async ({ library, libraryRoot, page }) => {
  await pausedLibrary(library, libraryRoot);
  const before = await library.idsInOrder();
  expect(before).toHaveLength(41);

  // The pointer rests on the third card, as a user about to click it.
  const aimed = library.cardById(before[2]!);
  await aimed.hover();
  // Resumed from the keyboard, so the pointer stays where it is.
  await page.getByTestId('resume-loader').focus();
  await page.keyboard.press('Enter');
  await expect(library.summary).toHaveText('41 series, all ready', { timeout: 60_000 });
  // The loader is idle and the re-sort waits for the pointer.
  await expect(library.grid).toHaveAttribute('data-resort-pending', 'true');
  await expect(library.card('Yatora: Blue Period')).toBeVisible();
  expect(await library.idsInOrder()).toEqual(before);

  // The click lands on the series that was under the pointer.
  const aimedTitle = await aimed.getByTestId('card-title').textContent();
  await aimed.click();
  const panel = library.page.getByTestId('detail-panel');
  await expect(panel).toHaveAttribute('data-series-id', String(before[2]));
  await expect(panel.getByTestId('detail-title')).toHaveText(aimedTitle!);
  await page.keyboard.press('Escape');

  // Once the pointer leaves the grid, the order by title (from the NFO files) shows.
  await page.mouse.move(1, 1);
  await expect(library.grid).toHaveAttribute('data-resort-pending', 'false');
  await expect.poll(async () => (await library.titlesInOrder()).slice(-3)).toEqual(['Yatora: Blue Period', 'Yuru Camp', 'Zankyou no Terror']);
});

test('after the re-sort, the focused card keeps focus and stays in view', async ({ library, libraryRoot, page }) => {
  await pausedLibrary(library, libraryRoot);
  // Focus "Blue Period" (fifth by folder name) with the keyboard; the pointer is on the header.
  const blue = library.card('Blue Period');
  await blue.click();
  await page.keyboard.press('Escape');
  await expect(blue).toBeFocused();
  const id = Number(await blue.getAttribute('data-series-id'));
  await page.mouse.move(1, 1);

  // Resumed without taking focus from the card (as if another window resumed the loader).
  await page.getByTestId('resume-loader').evaluate((button: HTMLButtonElement) => button.click());
  await expect(library.summary).toHaveText('41 series, all ready', { timeout: 60_000 });
  // Retitled "Yatora: Blue Period", it moves to the end of the grid (39th of 41): focus and view follow it.
  const moved = library.cardById(id);
  await expect(moved).toHaveAttribute('data-index', '38');
  await expect(moved).toBeFocused();
  await expect(moved).toBeInViewport();
});
