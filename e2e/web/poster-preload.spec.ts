import { generatePosterLibrary } from '../../bench/generate-posters';
import { expect, test } from '../fixtures/test';

// The grid loads the posters of the rows below the view before they scroll in: a card that comes
// into view at an ordinary pace shows its poster from its first frame, never its initials first.
test('cards scrolled into view show posters loaded ahead from their first frame; far rows show initials until theirs arrive', async ({ library, libraryRoot, page, server }) => {
  test.setTimeout(600_000);
  const SERIES = 140;
  await generatePosterLibrary(libraryRoot, SERIES, 20);
  await library.addFolder(libraryRoot);
  await library.waitAllReady(SERIES);
  // The thumbnails are made before the page asks (a fresh data dir numbers the series 1…N).
  for (let id = 1; id <= SERIES; id++) expect((await page.request.get(`${server.origin}/media/series/${id}/poster-thumb-small`)).status()).toBe(200);
  await page.reload();
  await expect(library.grid).toHaveAttribute('data-total', String(SERIES));

  // The rows rendered now, and the six below them the grid loads ahead.
  const columns = Number(await library.grid.getAttribute('data-columns'));
  const renderedRows = Math.ceil((await library.cards().count()) / columns);
  // Room below for rows past what is loaded ahead even after the first scroll of four rows.
  expect(Math.ceil(SERIES / columns)).toBeGreaterThan(4 + renderedRows + 6 + 1);
  const ahead = Math.min(SERIES, (renderedRows + 6) * columns);
  const thumbnailsLoaded = () =>
    page.evaluate(() => new Set(performance.getEntriesByType('resource').map((e) => e.name).filter((n) => /\/media\/series\/\d+\/poster-thumb-small(\?v=[^&]+)?$/.test(n))).size);
  await expect.poll(thumbnailsLoaded).toBeGreaterThanOrEqual(ahead);
  // Decoded as well: a decode asked for after the grid's resolves after it.
  await page.evaluate(async () => {
    const urls = [...new Set(performance.getEntriesByType('resource').map((e) => e.name).filter((n) => n.includes('/poster-thumb-small')))];
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

  // To the end, past what was loaded ahead (the scroll above moved that window four rows down):
  // those cards start with their initials.
  const aheadOfRow4 = (4 + renderedRows + 6) * columns;
  await scrollToRow(Math.ceil(SERIES / columns));
  const far = (await inserted()).filter((c) => c.index >= aheadOfRow4);
  expect(far.length).toBeGreaterThan(0);
  expect(far.filter((c) => !(c.initials && c.waiting))).toEqual([]);
  // And their posters still arrive.
  await expect(library.cards().last().locator('img.poster-img:not(.poster-img-loading)')).toBeVisible();
});
