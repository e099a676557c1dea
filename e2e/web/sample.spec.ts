import { cardPosterPixels } from '../fixtures/card-poster';
import { expect, screenshot, test } from '../fixtures/test';

test('the sample library: posters load, keyboard moves between cards, the panel shows what was parsed, metadata saves, remove keeps files', async ({ library, page }) => {
  // Many steps, each waiting for the real core; on two shared cores they need more than the default.
  test.setTimeout(600_000);
  await page.getByTestId('try-sample').click();
  await expect(library.addResult()).toContainText('Added 12 series');
  await library.waitAllReady(12);

  // Generated posters are served through /media (the grid shows its row's sheet of thumbnails) and decode as images.
  const poster = library.card('Cowboy Bebop').getByTestId('poster-img');
  await expect(poster).toHaveClass('poster-img');
  // At one pixel per CSS pixel the card shows the card-sized thumbnail (poster-density.spec.ts: HiDPI), each named with its poster's version.
  await expect(poster).toHaveAttribute('data-src', /^\/media\/poster-sheet\?kind=poster-thumb-small&s=\d+\.[0-9a-z]+-[0-9a-z]+(,\d+\.[0-9a-z]+-[0-9a-z]+)*$/);
  const pixels = await cardPosterPixels(poster);
  expect(pixels.sheetWidth).toBe(pixels.cells * 180);
  // Series without a poster get initials on a colour.
  await expect(library.card('Mushishi').locator('.poster-placeholder')).toHaveText('MU');

  // Keyboard: focus the first card, arrows move, Enter opens, Esc closes and focus returns.
  const cards = library.cards();
  await cards.first().focus();
  await page.keyboard.press('ArrowRight');
  await expect(cards.nth(1)).toBeFocused();
  const columns = Number(await library.grid.getAttribute('data-columns'));
  await page.keyboard.press('ArrowDown');
  await expect(page.locator(`[data-testid="series-card"][data-index="${1 + columns}"]`)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowLeft');
  await expect(cards.first()).toBeFocused();
  const firstTitle = await cards.first().getByTestId('card-title').textContent();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('detail-panel')).toBeVisible();
  await expect(page.getByTestId('detail-title')).toHaveText(firstTitle!);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('detail-panel')).toBeHidden();
  await expect(cards.first()).toBeFocused();

  const panel = await library.openDetail('Cowboy Bebop');
  await expect(panel.mediaItem('poster')).toHaveAttribute('data-found', 'true');
  await expect(panel.mediaItem('logo')).toHaveAttribute('data-found', 'false');
  await expect(panel.mediaItem('nfo')).toHaveAttribute('data-found', 'true');
  await expect(panel.episodes).toContainText('Season 1');
  await expect(panel.episodes).toContainText('Season 2');
  await expect(panel.episodes).toContainText('S02E13');
  await expect(panel.episodes).toContainText('Cowboy Bebop - S01E01.mkv');
  await expect(panel.path).toContainText('Sample Library/Cowboy Bebop');
  // Web mode has no file manager to open.
  await expect(panel.root.getByRole('button', { name: 'Open folder' })).toHaveCount(0);
  await screenshot(page, 'sample-detail');

  await panel.field('plot').fill('Bounty hunters drift through the solar system in 2071. <i>Jazz</i>.');
  await panel.field('genres').fill('Sci-Fi, Noir');
  await panel.save();
  await expect(panel.metadata.getByTestId('metadata-status')).toHaveText('Saved to tvshow.nfo.');
  await panel.close();
  const again = await library.openDetail('Cowboy Bebop');
  await expect(again.field('plot')).toHaveValue('Bounty hunters drift through the solar system in 2071. <i>Jazz</i>.');
  await expect(again.field('genres')).toHaveValue('Sci-Fi, Noir');
  await again.close();

  // Odd Taxi's NFO carries <lockdata>true</lockdata>: its form is read-only, the lock switch on.
  const locked = await library.openDetail('Odd Taxi');
  await expect(locked.metadata.getByRole('switch')).toBeChecked();
  await expect(locked.field('plot')).toBeDisabled();
  await locked.close();

  const removed = await library.openDetail('Mushishi');
  await removed.removeFromLibrary();
  await expect(library.card('Mushishi')).toHaveCount(0);
  await expect(library.summary).toHaveText('11 series, all ready');
});
