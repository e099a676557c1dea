import fs from 'node:fs';
import path from 'node:path';
import { seriesTree, writeTree } from '../fixtures/temp';
import { expect, test } from '../fixtures/test';
import { LibraryFoldersPanel } from '../pages/library-folders-panel';

// Each test walks a whole flow (add, load, watch, panel actions) against a real server.
test.describe.configure({ timeout: 600_000 });

test('the library is watched: a new series folder appears by itself; the Library folders panel lists, switches, rescans and removes the folder', async ({ library, libraryRoot, page }) => {
  const anime = path.join(libraryRoot, 'anime');
  writeTree(anime, seriesTree({ 'Cowboy Bebop': 2, Planetes: 1 }));
  await library.addFolder(anime);
  await library.waitAllReady(2);

  const panel = await LibraryFoldersPanel.open(page);
  const row = panel.folder(anime);
  await expect(row.getByTestId('root-state')).toHaveText('Online');
  await expect(row.getByTestId('root-series-count')).toHaveText('2 series');
  await expect(row.getByTestId('root-checked')).toHaveText('changes seen as they happen');

  // Nothing clicked: the watcher sees the new series folder and adds it like an add would.
  await panel.close();
  writeTree(anime, seriesTree({ 'Space Dandy': 1 }));
  await expect(library.card('Space Dandy')).toBeVisible();
  await library.waitAllReady(3);

  await LibraryFoldersPanel.open(page);
  await expect(row.getByTestId('root-series-count')).toHaveText('3 series');
  await panel.setWatch(anime, 'poll');
  await expect(row.getByTestId('root-state')).toHaveText('Polling');
  await expect(row.getByTestId('root-poll-minutes')).toHaveValue('5');
  await expect(row.getByTestId('root-checked')).toHaveText(/^checked (just now|\d+ min ago)$/);
  await panel.setWatch(anime, 'auto');
  await expect(row.getByTestId('root-state')).toHaveText('Online');

  await panel.rescan(anime);
  await expect(page.getByTestId('notice').filter({ hasText: `Rescanning ${anime}` })).toBeVisible();
  await library.waitAllReady(3);

  await panel.remove(anime);
  await expect(panel.root.getByTestId('library-folder')).toHaveCount(0);
  await expect(library.cards()).toHaveCount(0);
  expect(fs.existsSync(path.join(anime, 'Cowboy Bebop'))).toBe(true); // files untouched
});

test('a series folder deleted behind Anishelf is gone, and leaves the library only when the user confirms', async ({ library, libraryRoot, page }) => {
  const anime = path.join(libraryRoot, 'anime');
  writeTree(anime, seriesTree({ 'Cowboy Bebop': 2, Planetes: 1 }));
  await library.addFolder(anime);
  await library.waitAllReady(2);

  fs.rmSync(path.join(anime, 'Planetes'), { recursive: true });
  const panel = await LibraryFoldersPanel.open(page);
  const row = panel.folder(anime);
  await expect(row.getByTestId('root-gone')).toHaveText('1 gone…');
  await expect(library.card('Planetes').getByTestId('loading-badge')).toHaveText('Gone');
  await expect(library.summary).toHaveText('2 series, 1 gone');
  await expect(library.card('Planetes')).toHaveCount(1); // still there: nothing removed on its own
  await row.getByTestId('root-gone').click();
  await expect(page.getByTestId('confirm-dialog')).toContainText('Remove 1 series whose folder is gone?');
  await page.getByTestId('confirm-dialog').getByTestId('confirm').click();
  await expect(library.card('Planetes')).toHaveCount(0);
  await expect(row.getByTestId('root-series-count')).toHaveText('1 series');
  expect(fs.existsSync(path.join(anime, 'Cowboy Bebop'))).toBe(true);
});
