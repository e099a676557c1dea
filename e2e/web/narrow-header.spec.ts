import { namedSeries, SERIES_NAMES } from '../fixtures/names';
import { writeTree } from '../fixtures/temp';
import { expect, screenshot, test } from '../fixtures/test';

test.use({ viewport: { width: 800, height: 600 } });

test('at 800×600 the header wraps or shortens, and no text is cut', async ({ library, libraryRoot, page }) => {
  writeTree(libraryRoot, namedSeries(SERIES_NAMES, 1));
  await library.addFolder(libraryRoot);
  await library.waitAllReady(40);
  await library.dismissNotices();
  await expect(library.summary).toHaveText('40 series, all ready');
  await expect(library.summary).toBeInViewport({ ratio: 1 });

  // Every element of the header shows all its text: nothing overflows its box or the window.
  const cut = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('header *')]
      .filter((el) => [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== ''))
      .filter((el) => {
        const box = el.getBoundingClientRect();
        return el.scrollWidth > el.clientWidth + 1 || box.right > window.innerWidth || box.left < 0;
      })
      .map((el) => el.textContent),
  );
  expect(cut).toEqual([]);
  await screenshot(page, 'header-800x600');
});
