import { namedSeries, SERIES_NAMES } from '../fixtures/names';
import { writeTree } from '../fixtures/temp';
import { withAniListOffline } from '../fixtures/offline-anilist';
import { expect, screenshot, test } from '../fixtures/test';

// AniList on a port nobody listens on: the header carries its longest line, "… waiting for the
// network · AniList: offline, retrying in …", beside the count.
withAniListOffline();

for (const width of [1280, 1100]) {
  test.describe(`at ${width}×800`, () => {
    test.use({ viewport: { width, height: 800 } });

    test('the header keeps every word whole while identification waits for the network', async ({ library, libraryRoot, page }) => {
      writeTree(libraryRoot, namedSeries(SERIES_NAMES.slice(0, 12), 1));
      await library.addFolder(libraryRoot);
      await library.waitAllReady(12);
      await library.dismissNotices();
      await expect(library.summary).toHaveText('12 series, all ready');
      if (width >= 1280) await expect(page.getByTestId('network-summary')).toContainText('waiting for the network');

      // A word drawn on two lines has two boxes: the count once broke as "serie|s, all read|y".
      const broken = await page.evaluate(() => {
        const words: string[] = [];
        const walker = document.createTreeWalker(document.querySelector('header')!, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const text = node.textContent ?? '';
          for (const match of text.matchAll(/\S+/g)) {
            const range = document.createRange();
            range.setStart(node, match.index);
            range.setEnd(node, match.index + match[0].length);
            const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
            if (lines.size > 1) words.push(match[0]);
          }
        }
        return words;
      });
      expect(broken).toEqual([]);
      // The count is one line, beside the brand.
      const count = await library.summary.boundingBox();
      const brand = await page.locator('.brand').boundingBox();
      expect(count!.height).toBeLessThan(brand!.height);
      await expect(library.summary).toBeInViewport({ ratio: 1 });
      await screenshot(page, `header-offline-${width}`);
    });
  });
}
