import { cardPosterPixels } from '../fixtures/card-poster';
import { expect, test } from '../fixtures/test';

// On a HiDPI screen the grid's cards show the larger thumbnail, so posters stay sharp; at one
// pixel per CSS pixel (sample.spec.ts) they show the card-sized one.
test.use({ deviceScaleFactor: 2 });

test('on a screen of two pixels per CSS pixel the cards show the larger (340-wide) poster thumbnail, and switch when the ratio changes', async ({ library, page }) => {
  test.setTimeout(300_000);
  await page.getByTestId('try-sample').click();
  await expect(library.addResult()).toContainText('Added 12 series');
  await library.waitAllReady(12);
  const poster = library.card('Cowboy Bebop').getByTestId('poster-img');
  await expect(poster).toHaveClass('poster-img');
  await expect(poster).toHaveAttribute('data-src', /^\/media\/poster-sheet\?kind=poster-thumb&s=/);
  const large = await cardPosterPixels(poster);
  expect(large.sheetWidth).toBe(large.cells * 340);

  // Moved to a screen of one pixel per CSS pixel, the cards switch to the card-sized thumbnail.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setDeviceMetricsOverride', { width: 1440, height: 900, deviceScaleFactor: 1, mobile: false });
  await expect(poster).toHaveAttribute('data-src', /^\/media\/poster-sheet\?kind=poster-thumb-small&s=/);
  await expect(poster).toHaveClass('poster-img');
  const small = await cardPosterPixels(poster);
  expect(small.sheetWidth).toBe(small.cells * 180);
});
