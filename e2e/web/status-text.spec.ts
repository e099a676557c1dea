import fs from 'node:fs';
import path from 'node:path';
import { seriesTree, writeTree } from '../fixtures/temp';
import { expect, test } from '../fixtures/test';

const NFO = (title: string) => `<?xml version="1.0" encoding="UTF-8"?>\n<tvshow><title>${title}</title></tvshow>\n`;

test('while paused, the summary says how many series are queued', async ({ library, libraryRoot }) => {
  writeTree(libraryRoot, seriesTree({ Planetes: 2, 'Kino no Tabi': 2, Mushishi: 1 }));
  await library.addFolder(path.join(libraryRoot, 'Planetes'));
  await library.waitAllReady(1);
  await library.pauseLoader();
  await library.addFolder(path.join(libraryRoot, 'Kino no Tabi'));
  await library.addFolder(path.join(libraryRoot, 'Mushishi'));
  await expect(library.summary).toHaveText('Paused · 2 queued');
  await library.resumeLoader();
  await library.waitAllReady(3);
});

test('an offline series is counted once, as offline', async ({ library, libraryRoot, page }) => {
  const first = path.join(libraryRoot, 'anime');
  const nas = path.join(libraryRoot, 'nas');
  writeTree(first, seriesTree({ Planetes: 2 }));
  writeTree(nas, seriesTree({ 'Kino no Tabi': 2, Mushishi: 1 }));
  await library.addFolder(first);
  await library.addFolder(nas);
  await library.waitAllReady(3);

  // The share goes away; reloading a series of it finds it offline: one offline series, not
  // also a failed or loading one.
  fs.renameSync(nas, `${nas}-unmounted`);
  const panel = await library.openDetail('Kino no Tabi');
  await panel.reload();
  await expect(panel.badge).toHaveAttribute('data-status', 'offline');
  await panel.close();
  // Both series of the share are offline, each counted once.
  await expect(library.summary).toHaveText('3 series, 2 offline');
  await expect(page.getByTestId('filter-offline')).toContainText('2');
  await expect(page.getByTestId('filter-failed')).toHaveText('Failed');
  await expect(page.getByTestId('filter-loading')).toHaveText('Loading');
});

test('filters follow live state: a cancelled series leaves the Loading view, a ready one the Failed view', async ({ library, libraryRoot, page }) => {
  writeTree(libraryRoot, seriesTree({ Planetes: 2, 'Locked Away': 2, Mushishi: 2 }));
  await library.addFolder(path.join(libraryRoot, 'Planetes'));
  await library.waitAllReady(1);
  await library.pauseLoader();
  await library.addFolder(path.join(libraryRoot, 'Locked Away'));
  await library.addFolder(path.join(libraryRoot, 'Mushishi'));

  // The loader is paused with work queued (never idle): the view must follow each change itself.
  await library.filter('loading');
  await expect.poll(() => library.titlesInOrder()).toEqual(['Locked Away', 'Mushishi']);
  const panel = await library.openDetail('Mushishi');
  await panel.root.getByTestId('cancel').click();
  await expect(panel.badge).toHaveAttribute('data-status', 'cancelled');
  await panel.close();
  await expect.poll(() => library.titlesInOrder()).toEqual(['Locked Away']);

  fs.chmodSync(path.join(libraryRoot, 'Locked Away'), 0o000);
  await library.resumeLoader();
  await expect(page.getByTestId('no-matches')).toBeVisible();
  await library.filter('failed');
  await expect.poll(() => library.titlesInOrder()).toEqual(['Locked Away']);
  fs.chmodSync(path.join(libraryRoot, 'Locked Away'), 0o755);
  await library.badge('Locked Away').getByTestId('retry').click();
  // Ready now: it leaves the Failed view by itself.
  await expect(page.getByTestId('no-matches')).toBeVisible();
  await expect(page.getByTestId('filter-failed')).toHaveText('Failed');
});

test('series with the same title show their folder; the Missing artwork and Missing NFO chips count', async ({ library, libraryRoot, page }) => {
  writeTree(libraryRoot, {
    ...seriesTree({ 'Cowboy Bebop (1998)': 2, 'Cowboy Bebop (2021)': 1, Planetes: 1 }),
    'Cowboy Bebop (1998)/tvshow.nfo': NFO('Cowboy Bebop'),
    'Cowboy Bebop (2021)/tvshow.nfo': NFO('Cowboy Bebop'),
  });
  // Anishelf writes a tvshow.nfo where one is missing; a read-only folder keeps Planetes without.
  fs.chmodSync(path.join(libraryRoot, 'Planetes'), 0o555);
  await library.addFolder(libraryRoot);
  await library.waitAllReady(3);
  const bebops = library.card('Cowboy Bebop');
  await expect(bebops).toHaveCount(2);
  await expect(bebops.nth(0)).toContainText('Cowboy Bebop (1998)');
  await expect(bebops.nth(1)).toContainText('Cowboy Bebop (2021)');
  await expect(bebops.nth(1)).toHaveAttribute('aria-label', 'Cowboy Bebop, Cowboy Bebop (2021), Ready');
  await expect(library.card('Planetes')).toHaveAttribute('aria-label', 'Planetes, Ready');

  await expect(page.getByTestId('filter-missing-nfo')).toHaveText('Missing NFO1');
  await expect(page.getByTestId('filter-missing-artwork')).toHaveText('Missing artwork3');
});
