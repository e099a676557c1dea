import fs from 'node:fs';
import path from 'node:path';
import { encodePng } from '../../main/core/library/png';
import { cardPosterPixels } from '../fixtures/card-poster';
import { seriesTree, writeTree } from '../fixtures/temp';
import { expect, test } from '../fixtures/test';

const PNG = encodePng(20, 30, (x, y) => [40 + x * 8, 60 + y * 4, 160]);
/** The middle of PNG (about 120, 120, 160), not the sheet's empty grey (32, 32, 32) nor another poster. */
const isPosterBlue = ([r, g, b]: number[]) => b! > 130 && b! > r! + 15 && b! > g! + 15 && r! > 70;

test('artwork is checked by its header: a 3-byte poster is "Poster broken" with a mark on the card, never a broken image', async ({ library, libraryRoot, page }) => {
  writeTree(libraryRoot, {
    ...seriesTree({ Planetes: 2, Mushishi: 2, Kaiba: 2 }),
    'Planetes/poster.jpg': 'abc',
    'Mushishi/poster.png': PNG,
    'Kaiba/poster.png': PNG,
  });
  await library.addFolder(libraryRoot);
  await library.waitAllReady(3);

  // Broken: marked on the card, initials instead of an image, "broken" in the panel.
  const broken = library.card('Planetes');
  await expect(broken.getByTestId('mark-broken')).toBeVisible();
  await expect(broken).toHaveAttribute('aria-label', /poster broken/);
  await expect(broken.getByTestId('poster-img')).toHaveCount(0);
  await expect(broken.locator('.poster-placeholder')).toHaveText('PL');
  await library.filter('missing-artwork');
  await expect(page.getByTestId('filter-missing-artwork')).toContainText('3');
  await library.filter('all');

  // A real poster shows: its cell of the row's sheet is the poster (a blue-grey gradient), not an empty cell.
  const good = library.card('Mushishi').getByTestId('poster-img');
  await expect(good).toHaveClass('poster-img');
  expect(isPosterBlue((await cardPosterPixels(good)).middle)).toBe(true);
  await expect(library.card('Mushishi').getByTestId('mark-broken')).toHaveCount(0);

  const panel = await library.openDetail('Planetes');
  await expect(panel.mediaItem('poster')).toHaveAttribute('data-state', 'broken');
  await expect(panel.mediaItem('poster')).toContainText('broken');
  await panel.close();

  // A poster that breaks after the check (the server refuses it) leaves the initials, not an icon.
  fs.writeFileSync(path.join(libraryRoot, 'Kaiba', 'poster.png'), 'not a png any more');
  await page.reload();
  await library.ready();
  const kaiba = library.card('Kaiba');
  await expect(kaiba.locator('.poster-placeholder')).toBeVisible();
  await expect(kaiba.getByTestId('poster-img')).toHaveCount(0);
  // No card shows a poster whose sheet has not loaded.
  const shownUnloaded = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[data-testid="series-card"] [data-testid="poster-img"]')].filter((el) => getComputedStyle(el).visibility !== 'hidden' && !performance.getEntriesByName(new URL(el.dataset.src!, location.href).href).length).length,
  );
  expect(shownUnloaded).toBe(0);
});

test('a poster replaced on disk under the same name shows in the open window, without a reload', async ({ library, libraryRoot }) => {
  writeTree(libraryRoot, { ...seriesTree({ Mushishi: 2 }), 'Mushishi/poster.png': PNG });
  await library.addFolder(libraryRoot);
  await library.waitAllReady(1);
  const poster = library.card('Mushishi').getByTestId('poster-img');
  await expect(poster).toHaveClass('poster-img');
  expect(isPosterBlue((await cardPosterPixels(poster)).middle)).toBe(true);
  const before = await poster.getAttribute('data-src');
  expect(before).toMatch(/\/media\/poster-sheet\?kind=poster-thumb(-small)?&s=\d+\.[0-9a-z]+-[0-9a-z]+$/);

  // Another image under the same name, as an image editor saves it: the watch reloads the series,
  // its poster gets a new version, and the card asks for a sheet with the new thumbnail.
  fs.writeFileSync(path.join(libraryRoot, 'Mushishi', 'poster.png'), encodePng(40, 60, () => [200, 40, 40]));
  await expect(poster).not.toHaveAttribute('data-src', before!, { timeout: 60_000 });
  await expect(poster).toHaveClass('poster-img');
  const [r, g, b] = (await cardPosterPixels(poster)).middle;
  expect(r > 160 && g < 80 && b < 80, `red, not ${[r, g, b]}`).toBe(true);
});

test('a click on a card opens it even when its poster changes between the press and the release', async ({ library, libraryRoot, page }) => {
  writeTree(libraryRoot, { ...seriesTree({ Mushishi: 2 }), 'Mushishi/poster.png': PNG });
  await library.addFolder(libraryRoot);
  await library.waitAllReady(1);
  const poster = library.card('Mushishi').getByTestId('poster-img');
  await expect(poster).toHaveClass('poster-img');
  const before = await poster.getAttribute('data-src');

  // Artwork arriving while the user clicks (the loader fetched a poster, a scan found a new one)
  // swaps the image under the pointer: the press and the release must still make one click.
  const box = (await poster.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  fs.writeFileSync(path.join(libraryRoot, 'Mushishi', 'poster.png'), encodePng(40, 60, () => [200, 40, 40]));
  await expect(poster).not.toHaveAttribute('data-src', before!, { timeout: 60_000 });
  await expect(poster).toHaveClass('poster-img');
  await page.mouse.up();
  await expect(page.getByTestId('detail-panel')).toBeVisible();
});
