import { expect, test } from '../fixtures/test';

// On a HiDPI screen the grid's cards show the larger thumbnail, so posters stay sharp; at one
// pixel per CSS pixel (sample.spec.ts) they show the card-sized one.
test.use({ deviceScaleFactor: 2 });

test('on a screen of two pixels per CSS pixel the cards show the larger (340-wide) poster thumbnail, and switch when the ratio changes', async ({ library, page }) => {
  test.setTimeout(300_000);
  await page.getByTestId('try-sample').click();
  await expect(library.addResult()).toContainText('Added 12 series');
  await library.waitAllReady(12);
  const poster = library.card('Cowboy Bebop').locator('img.poster-img');
  await expect.poll(() => poster.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
  await expect(poster).toHaveAttribute('src', /^\/media\/series\/\d+\/poster-thumb\?v=[0-9a-z]+-[0-9a-z]+$/);

  // Moved to a screen of one pixel per CSS pixel, the cards switch to the card-sized thumbnail.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setDeviceMetricsOverride', { width: 1440, height: 900, deviceScaleFactor: 1, mobile: false });
  await expect(poster).toHaveAttribute('src', /^\/media\/series\/\d+\/poster-thumb-small\?v=[0-9a-z]+-[0-9a-z]+$/);
  await expect.poll(() => poster.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
});
