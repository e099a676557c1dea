import fs from 'node:fs';
import path from 'node:path';
import { namedSeries, SERIES_NAMES } from '../fixtures/names';
import { seriesTree, writeTree } from '../fixtures/temp';
import { expect, openApp, screenshot, test } from '../fixtures/test';

for (const scheme of ['light', 'dark'] as const) {
  test(`screenshots of the main states, ${scheme}`, async ({ page, server, libraryRoot }) => {
    test.setTimeout(600_000);
    await page.emulateMedia({ colorScheme: scheme });
    const library = await openApp(page, server);

    await expect(library.emptyState).toBeVisible();
    await screenshot(page, `empty-${scheme}`);

    // Loading: the sample library plus forty series waiting to load. The loader is paused while
    // they are added, so the picture never races it (it can load them all in a second).
    const anime = path.join(libraryRoot, 'anime');
    writeTree(anime, { ...namedSeries(SERIES_NAMES.slice(0, 4), 600), ...namedSeries(SERIES_NAMES.slice(4), 24) });
    await page.getByTestId('try-sample').click();
    await expect(library.addResult()).toContainText('Added 12 series');
    await library.pauseLoader();
    await library.addFolder(anime);
    await page.mouse.move(0, 0);
    await expect(page.locator('[data-testid="loading-badge"][data-status="pending"]').first()).toBeVisible();
    await screenshot(page, `loading-${scheme}`);
    await library.resumeLoader();

    await library.waitAllReady(52, 600_000);
    await library.dismissNotices();
    await screenshot(page, `all-ready-${scheme}`);

    const panel = await library.openDetail('Cowboy Bebop');
    await expect(panel.episodes).toContainText('Season 2');
    await expect(panel.metadata).toBeVisible();
    await screenshot(page, `detail-panel-${scheme}`);
    await panel.close();

    // Failed: a series folder that cannot be read.
    const more = path.join(libraryRoot, 'more');
    writeTree(more, seriesTree({ 'Kaiba (2008)': 2 }));
    await library.pauseLoader();
    await library.addFolder(more);
    fs.chmodSync(path.join(more, 'Kaiba (2008)'), 0o000);
    await library.resumeLoader();
    await library.sortBy('status');
    await expect(page.locator('[data-testid="loading-badge"][data-status="failed"]').first()).toBeVisible();
    await expect(library.summary).toHaveText('53 series, 1 failed');
    await library.dismissNotices();
    await screenshot(page, `failed-${scheme}`);
    fs.chmodSync(path.join(more, 'Kaiba (2008)'), 0o755);
  });
}
