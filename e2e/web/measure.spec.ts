import { performance } from 'node:perf_hooks';
import type { Route } from '@playwright/test';
import { generateLibrary } from '../../bench/generate-library';
import { generatePosterLibrary } from '../../bench/generate-posters';
import { firstCardTimes, searchTimes } from '../fixtures/page-timings';
import { isFrameStall, scrollFrameTimes, scrollFrameTimesUninstrumented, type FrameStats } from '../fixtures/scroll-frames';
import { expect, test } from '../fixtures/test';
import { LibraryPage } from '../pages/library-page';

// Playwright's trace recording screencasts every frame (a copy out of the compositor and a JPEG
// each): measured with it, scrolling cost about 50 ms more CPU per frame than the page itself.
test.use({ trace: 'off' });

test('drop to all-pending for a 1,000-series folder (measured, printed)', async ({ library, libraryRoot, page }) => {
  test.setTimeout(600_000);
  const generated = await generateLibrary(libraryRoot, { series: 1000, episodesPerSeries: 2, seed: 11 });
  expect(generated.seriesFolders).toHaveLength(1000);

  const dialog = await library.openAddFolder();
  await dialog.pathField.fill(libraryRoot);
  // Timed in the page: from the Enter key to the frame where the grid holds all 1,000 series and
  // the cards in view show their badges.
  await page.evaluate(() => {
    const w = window as unknown as { __enterAt?: number; __allAt?: number };
    document.addEventListener('keydown', (e) => e.key === 'Enter' && (w.__enterAt ??= performance.now()), { capture: true });
    const check = () => {
      const grid = document.querySelector<HTMLElement>('[data-testid="library-grid"]');
      if (w.__allAt === undefined && grid?.dataset.total === '1000' && grid.querySelector('[data-testid="loading-badge"]')) w.__allAt = performance.now();
    };
    new MutationObserver(check).observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-total'] });
  });
  const started = performance.now();
  await dialog.pathField.press('Enter');
  await expect(library.grid).toHaveAttribute('data-total', '1000', { timeout: 60_000 });
  const wall = performance.now() - started;
  const inPage = await page.evaluate(() => {
    const w = window as unknown as { __enterAt: number; __allAt: number };
    return w.__allAt - w.__enterAt;
  });
  console.log(`[measure] drop-to-all-pending, 1,000 series: ${Math.round(inPage)} ms in the page (${Math.round(wall)} ms seen by the test)`);
  await expect(library.addResult()).toContainText('Added 1,000 series');
  // Generous sanity bound only; the numbers belong in bench/.
  expect(inPage).toBeLessThan(20_000);

  // Virtualised: only the rows in view (and a few around them) are in the DOM.
  expect(await library.cards().count()).toBeLessThan(150);
  const statuses = new Set((await library.allCards()).map((c) => c.status));
  expect([...statuses].every((s) => ['pending', 'loading', 'completed'].includes(s))).toBe(true);
  await library.waitAllReady(1000, 600_000);
});

test('scrolling 5,000 series while they load (frame times measured, printed)', async ({ library, libraryRoot, page }) => {
  test.setTimeout(600_000);
  await generateLibrary(libraryRoot, { series: 5000, episodesPerSeries: 1, seed: 5 });
  await library.addFolder(libraryRoot);
  await expect(library.grid).toHaveAttribute('data-total', '5000', { timeout: 60_000 });

  const stats = await scrollFrameTimes(page);
  console.log(`[measure] scroll through 5,000 series while loading: ${stats.frames} frames, median ${stats.p50} ms, p95 ${stats.p95} ms, max ${stats.max} ms; CPU per frame: renderer ${stats.rendererCpuMsPerFrame} ms, GPU process ${stats.gpuCpuMsPerFrame} ms`);
  // The grid is virtualised: only the cards in view exist, however many series there are.
  expect(await library.cards().count()).toBeLessThan(150);
});

test('10,000 series: first cards after opening the page, and a search (measured, printed)', async ({ library, libraryRoot, page }) => {
  test.setTimeout(600_000);
  await generateLibrary(libraryRoot, { series: 10_000, episodesPerSeries: 1, seed: 10 });
  const dialog = await library.openAddFolder();
  await dialog.pathField.fill(libraryRoot);
  await dialog.pathField.press('Enter');
  await expect(library.grid).toHaveAttribute('data-total', '10000', { timeout: 300_000 });
  await expect(dialog.root).toBeHidden({ timeout: 60_000 });
  // The page is measured, not the loader: with it paused the numbers do not depend on how far
  // 10,000 background loads have come.
  await library.pauseLoader();

  const firstCards = await firstCardTimes(page, 3, 10_000);
  const searches = await searchTimes(page, ['10000', 'Sakura', '999'], 10_000);
  const ms = (values: number[]) => values.map((v) => Math.round(v)).join(', ');
  console.log(`[measure] 10,000 series: first cards ${ms(firstCards)} ms after opening the page (target 1000); search after the debounce ${ms(searches)} ms (target 50)`);
  // Generous sanity bounds only; the targets are read from the printed line.
  expect(Math.min(...firstCards)).toBeLessThan(30_000);
  expect(Math.min(...searches)).toBeLessThan(10_000);
});

test('scrolling 3,000 series with real 680×1000 posters (frame times measured, printed)', async ({ library, libraryRoot, page, server }) => {
  test.setTimeout(1_800_000);
  // The suite runs 300 series: the grid must never ask for a full poster, and the frame times are
  // printed. The issue's measure is 3,000 (ANISHELF_MEASURE_POSTER_SERIES=3000), which takes
  // many minutes to load and thumbnail on a small machine, too long for every test run.
  const SERIES = Number(process.env.ANISHELF_MEASURE_POSTER_SERIES ?? 300);
  // `thumbnails`: the grid as it is (each row's poster sheet, made of the thumbnails);
  // ANISHELF_MEASURE_POSTER_VARIANTS=thumbnails measures only that (the others add minutes at 3,000
  // series). `reopened`: the same again, in a window opened anew (an empty browser cache) while the
  // core still holds the sheets it served in memory. `uninstrumented`: the same in a Chromium
  // that Playwright does not drive, whose every request it would otherwise follow: the figure
  // that stands for a user's window (see e2e/fixtures/plain-chromium.ts).
  const VARIANTS = (['thumbnails', 'reopened', 'uninstrumented', 'none'] as const).filter((v) => (process.env.ANISHELF_MEASURE_POSTER_VARIANTS ?? 'thumbnails,reopened,uninstrumented,none').split(',').includes(v));
  expect(VARIANTS[0]).toBe('thumbnails');
  const phases: Record<string, number> = {};
  const phase = async (name: string, run: () => Promise<unknown>) => {
    const started = performance.now();
    await run();
    phases[name] = Math.round((performance.now() - started) / 100) / 10;
    console.log(`[measure] posters: ${name} ${phases[name]} s`);
  };
  await phase('generateS', () => generatePosterLibrary(libraryRoot, SERIES));
  await phase('loadS', async () => {
    await library.addFolder(libraryRoot);
    await expect(library.grid).toHaveAttribute('data-total', String(SERIES), { timeout: 60_000 });
    await page.mouse.move(1, 1);
    await expect(library.summary).toHaveText(`${SERIES.toLocaleString('en-US')} series, all ready`, { timeout: 1_200_000 });
  });

  // Warm the thumbnails two requests at a time (the core makes two at once), both widths (the
  // grid picks one by the screen's pixel density). A fresh data dir numbers the series 1…N; every
  // one must answer with its thumbnails.
  const statuses: number[] = [];
  await phase('warmThumbnailsS', async () => {
    const urls = Array.from({ length: SERIES }, (_, i) => ['poster-thumb-small', 'poster-thumb'].map((kind) => `${server.origin}/media/series/${i + 1}/${kind}`)).flat();
    let next = 0;
    await Promise.all([0, 1].map(async () => {
      while (next < urls.length) statuses.push((await page.request.get(urls[next++]!)).status());
    }));
  });
  expect(statuses.filter((s) => s === 200)).toHaveLength(2 * SERIES);

  // Sheets are composed once per row and kept by the core, as thumbnails are made once per poster:
  // like the thumbnails above, they are made before the measured scrolls, by a slow first pass
  // that waits at each step until every card in view shows its poster.
  // ANISHELF_MEASURE_POSTER_SHEETS=cold skips that pass: the first scroll after a start, whose
  // sheets the core composes while the grid asks for them.
  const sheets = process.env.ANISHELF_MEASURE_POSTER_SHEETS === 'cold' ? 'cold' : 'made before';
  if (sheets !== 'cold') await phase('warmSheetsS', () =>
    page.evaluate(async () => {
      const grid = document.querySelector<HTMLElement>('[data-testid="library-grid"]')!;
      for (let top = 0; top < grid.scrollHeight; top += Math.round(grid.clientHeight / 2)) {
        grid.scrollTop = top;
        await new Promise((resolve) => setTimeout(resolve, 50));
        for (let i = 0; i < 200 && grid.querySelector('.poster-img-loading'); i++) await new Promise((resolve) => setTimeout(resolve, 20));
      }
    }),
  );

  // The grid never asks for a full-size poster.
  const fullPosterRequests: string[] = [];
  page.on('request', (r) => /\/media\/series\/\d+\/poster(\?|$)/.test(r.url()) && fullPosterRequests.push(r.url()));
  // The thumbnail widths the grid asks for: at one pixel per CSS pixel, the card-sized one only.
  const thumbnailKinds = new Set<string>();
  page.on('request', (r) => {
    const kind = /\/media\/poster-sheet\?kind=(poster-thumb(?:-small)?)&/.exec(r.url())?.[1];
    if (kind) thumbnailKinds.add(kind);
  });
  const runs: { variant: string; stats: FrameStats; fullPosterRequests: number }[] = [];
  // `none`: no image at all (every request refused, the cards show initials): the floor this
  // machine gives, measured in the same run.
  const noImages = (route: Route) => route.abort();
  let reopenedSheets = 0;
  const scroll = async (variant: (typeof VARIANTS)[number]): Promise<(typeof runs)[number]> => {
    if (variant === 'uninstrumented') return { variant, stats: await scrollFrameTimesUninstrumented(server.url, page.viewportSize()!, SERIES), fullPosterRequests: 0 };
    await page.unrouteAll();
    if (variant === 'none') await page.route('**/media/**', noImages);
    // A window opened anew has a browser cache of its own, empty: signed in with the same cookie.
    const reopened = variant === 'reopened' ? await page.context().browser()!.newContext({ storageState: await page.context().storageState(), viewport: page.viewportSize() }) : null;
    const view = reopened ? await reopened.newPage() : page;
    try {
      if (reopened) {
        view.on('response', (r) => {
          if (/\/media\/poster-sheet\?kind=poster-thumb-small&/.test(r.url()) && r.status() === 200) reopenedSheets++;
        });
      }
      await (reopened ? view.goto(`${server.origin}/`) : view.reload());
      const shown = reopened ? new LibraryPage(view) : library;
      await expect(shown.grid).toHaveAttribute('data-total', String(SERIES));
      if (variant !== 'none') await expect(shown.cards().first().getByTestId('poster-img')).toHaveClass('poster-img', { timeout: 60_000 });
      const before = fullPosterRequests.length;
      const stats = await scrollFrameTimes(view);
      return { variant, stats, fullPosterRequests: fullPosterRequests.length - before };
    } finally {
      await reopened?.close();
    }
  };
  // In whole-suite runs, about one in three, a window opened anew (reopened or uninstrumented, in
  // either browser) stopped drawing frames at the same step of its scroll, its timers running on
  // and the page visible; never in nine runs of this spec alone, loaded or not. Such a scroll is
  // measured once more in a new window, and the stall is printed with the figures.
  const stalls: string[] = [];
  for (const variant of VARIANTS) {
    await phase(`scroll-${variant}S`, async () => {
      for (let attempt = 1; ; attempt++) {
        try {
          runs.push(await scroll(variant));
          return;
        } catch (err) {
          if (attempt > 1 || !isFrameStall(err)) throw err;
          const stall = `${variant}: ${String((err as Error).message).replace(/^[^]*?(The page drew)/, '$1').split('\n')[0]!.replace(/\.$/, '')}`;
          stalls.push(stall);
          console.log(`[measure] posters: ${stall}; measured again in a new window`);
        }
      }
    });
  }
  // The reopened window fetched its sheets from the core, not from the first window's cache: most rows'.
  const rows = Math.ceil(SERIES / Number(await library.grid.getAttribute('data-columns')));
  if (VARIANTS.includes('reopened')) expect(reopenedSheets).toBeGreaterThan(rows / 2);

  const line = (r: (typeof runs)[number]) =>
    `${r.variant}: p50 ${r.stats.p50} ms, p95 ${r.stats.p95} ms, max ${r.stats.max} ms, posters shown ${Math.round(r.stats.posterShare * 100)} % (${r.stats.frames} frames; CPU per frame: renderer ${r.stats.rendererCpuMsPerFrame} ms, GPU process ${r.stats.gpuCpuMsPerFrame} ms)`;
  console.log(`[measure] scroll ${SERIES} series with 680×1000 posters: ${runs.map(line).join('; ')} (target: thumbnails p95 < 20 ms, in a user's window: the uninstrumented run)`);
  console.log(`[measure] ${JSON.stringify({ scenario: `scroll-${SERIES}-posters`, runs: runs.map((r) => ({ variant: r.variant, ...r.stats })), phasesS: phases, sheets, stalls, targetP95Ms: 20 })}`);
  expect(await page.evaluate(() => devicePixelRatio)).toBe(1);
  expect([...thumbnailKinds]).toEqual(['poster-thumb-small']);
  // Smooth frames bought by leaving posters out would not count: most cards show theirs (cold,
  // the sheets arrive while the core composes them, and the share is what the measure reports).
  if (sheets !== 'cold') for (const r of runs.filter((r) => r.variant === 'thumbnails' || r.variant === 'uninstrumented')) expect(r.stats.posterShare, r.variant).toBeGreaterThan(0.5);
  expect(runs.map((r) => r.fullPosterRequests)).toEqual(VARIANTS.map(() => 0));
  expect(await library.cards().count()).toBeLessThan(150);
});
