import { generatePosterLibrary } from '../../bench/generate-posters';
import { IDLE_PRELOAD_IMAGES, idleRowsToPreload } from '../../renderer/src/lib/image-preloader';
import { expect, test } from '../fixtures/test';

// The grid loads the posters of the rows below the view before they scroll in, and while the page
// is idle those of rows further out, up to a bound: a card that comes into view shows its poster
// from its first frame, never its initials first. Rows past that bound wait for a scroll.
test('cards scrolled into view show posters loaded ahead (when idle) from their first frame; rows past the idle bound show initials until theirs arrive', async ({ library, libraryRoot, page, server }) => {
  test.setTimeout(600_000);
  const SERIES = IDLE_PRELOAD_IMAGES + 200;
  await generatePosterLibrary(libraryRoot, SERIES, 20);
  await library.addFolder(libraryRoot);
  await library.waitAllReady(SERIES);
  // The thumbnails are made before the page asks, two at a time (a fresh data dir numbers the
  // series 1…N).
  for (let id = 1; id <= SERIES; id += 2) {
    const ids = [id, id + 1].filter((n) => n <= SERIES);
    const statuses = await Promise.all(ids.map(async (n) => (await page.request.get(`${server.origin}/media/series/${n}/poster-thumb-small`)).status()));
    expect(statuses).toEqual(ids.map(() => 200));
  }
  // Counted from the page's resource timings, whose buffer holds 250 entries unless told more.
  await page.addInitScript(() => performance.setResourceTimingBufferSize(10_000));
  await page.reload();
  await expect(library.grid).toHaveAttribute('data-total', String(SERIES));

  // The rows rendered now, and those the grid loads when idle: below them only, at the top.
  const columns = Number(await library.grid.getAttribute('data-columns'));
  const rows = Math.ceil(SERIES / columns);
  const renderedRows = Math.ceil((await library.cards().count()) / columns);
  const idleRows = idleRowsToPreload(0, renderedRows - 1, rows, columns, false);
  expect(Math.min(...idleRows)).toBe(renderedRows);
  // One sheet per row (see rowPosterSheet).
  const sheetsLoadedWhenIdle = renderedRows + idleRows.length;
  // After a scroll of four rows, the idle rows move four down; room for rows past them below.
  const pastIdleRow = Math.max(...idleRowsToPreload(4, 4 + renderedRows - 1, rows, columns, false)) + 1;
  expect(rows).toBeGreaterThan(pastIdleRow + renderedRows + 3);
  const sheetsLoaded = () =>
    page.evaluate(() => new Set(performance.getEntriesByType('resource').map((e) => e.name).filter((n) => /\/media\/poster-sheet\?kind=poster-thumb-small&s=/.test(n))).size);
  await expect.poll(sheetsLoaded, { timeout: 60_000 }).toBeGreaterThanOrEqual(sheetsLoadedWhenIdle);
  // Decoded as well: a decode asked for after the grid's resolves after it.
  await page.evaluate(async () => {
    const urls = [...new Set(performance.getEntriesByType('resource').map((e) => e.name).filter((n) => n.includes('/poster-sheet?')))];
    await Promise.all(urls.map((url) => Object.assign(new Image(), { src: url }).decode()));
  });

  // Every card the grid inserts from now on: did it come with its initials, or its poster hidden?
  await page.evaluate(() => {
    const w = window as unknown as { inserted: { index: number; initials: boolean; waiting: boolean }[] };
    w.inserted = [];
    new MutationObserver((records) => {
      for (const r of records)
        for (const node of r.addedNodes)
          for (const card of node instanceof HTMLElement ? [node, ...node.querySelectorAll<HTMLElement>('[data-testid="series-card"]')] : [])
            if (card.dataset.testid === 'series-card')
              w.inserted.push({ index: Number(card.dataset.index), initials: card.querySelector('.poster-placeholder') !== null, waiting: card.querySelector('.poster-img-loading') !== null });
    }).observe(document.querySelector('[data-testid="library-grid"]')!, { childList: true, subtree: true });
  });
  const scrollToRow = (row: number) =>
    page.evaluate(async (row) => {
      const grid = document.querySelector<HTMLElement>('[data-testid="library-grid"]')!;
      const cards = [...grid.querySelectorAll<HTMLElement>('[data-testid="series-card"]')];
      const columns = Number(grid.dataset.columns);
      const rowHeight = cards[columns]!.getBoundingClientRect().top - cards[0]!.getBoundingClientRect().top;
      grid.scrollTop = row * rowHeight;
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    }, row);
  const inserted = () => page.evaluate(() => (window as unknown as { inserted: { index: number; initials: boolean; waiting: boolean }[] }).inserted.splice(0));

  // Four rows down, into the rows loaded ahead: every new card shows its poster at once.
  await scrollToRow(4);
  const near = await inserted();
  expect(near.length).toBeGreaterThanOrEqual(columns);
  expect(near.filter((c) => c.initials || c.waiting)).toEqual([]);

  // To the end, past the rows loaded when idle (the scroll above moved them four rows down):
  // those cards start with their initials.
  await scrollToRow(rows);
  const far = (await inserted()).filter((c) => c.index >= pastIdleRow * columns);
  expect(far.length).toBeGreaterThan(0);
  expect(far.filter((c) => !(c.initials && c.waiting))).toEqual([]);
  // And their posters still arrive.
  await expect(library.cards().last().locator('.poster-img:not(.poster-img-loading)')).toBeVisible();
});
