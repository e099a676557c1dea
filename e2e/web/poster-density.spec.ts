import { expect, test } from '../fixtures/test';

// On a HiDPI screen the grid's cards show the larger thumbnail, so posters stay sharp; at one
// pixel per CSS pixel (sample.spec.ts) they show the card-sized one.
test.use({ deviceScaleFactor: 2 });

test('on a screen of two pixels per CSS pixel the cards show the larger (340-wide) poster thumbnail', async ({ library, page }) => {
  test.setTimeout(300_000);
  await page.getByTestId('try-sample').click();
  await expect(library.addResult()).toContainText('Added 12 series');
  await library.waitAllReady(12);
  const poster = library.card('Cowboy Bebop').locator('img.poster-img');
  await expect.poll(() => poster.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
  expect(await poster.evaluate((img: HTMLImageElement) => new URL(img.currentSrc).pathname)).toMatch(/\/poster-thumb$/);
});
