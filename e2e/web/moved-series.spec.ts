import fs from 'node:fs';
import path from 'node:path';
import { writeTree } from '../fixtures/temp';
import { expect, test } from '../fixtures/test';
import { LibraryFoldersPanel } from '../pages/library-folders-panel';

test('a series folder renamed in the file manager: its card follows, with the same id, and nothing is missing', async ({ library, libraryRoot, page }) => {
  const files: Record<string, string> = {};
  for (const show of ['Kaiba', 'Planetes', 'Mushishi']) for (const e of [1, 2]) files[`${show}/${show} - 0${e}.mkv`] = 'video';
  writeTree(libraryRoot, files);
  await library.addFolder(libraryRoot);
  await library.waitAllReady(3);
  const card = library.card('Kaiba');
  const id = await card.getAttribute('data-series-id');

  fs.renameSync(path.join(libraryRoot, 'Kaiba'), path.join(libraryRoot, 'Kaiba (2008)'));
  // The watcher sees the new folder name: the same card shows the year read from it.
  const same = page.locator(`[data-testid="series-card"][data-series-id="${id}"]`);
  await expect(same).toContainText('2008');
  await library.waitAllReady(3);
  expect(await library.total()).toBe(3);
  await same.click();
  await expect(page.getByTestId('detail-panel')).toContainText(path.join(libraryRoot, 'Kaiba (2008)'));
});

test('a library folder mounted at a new place, pasted with quotes: the same cards at the new path, and a notice says so', async ({ library, libraryRoot, page }) => {
  const files: Record<string, string> = {};
  for (const show of ['Kaiba', 'Planetes', 'Mushishi']) for (const e of [1, 2]) files[`Anime/${show}/${show} - 0${e}.mkv`] = 'video';
  writeTree(libraryRoot, files);
  const before = path.join(libraryRoot, 'Anime');
  await library.addFolder(before);
  await library.waitAllReady(3);
  const id = await library.card('Kaiba').getAttribute('data-series-id');

  // The share comes back mounted elsewhere; Windows' "Copy as path" pastes it in quotes.
  const after = path.join(libraryRoot, 'remounted');
  fs.renameSync(before, after);
  // The panel tells what to do about a library folder gone offline.
  const panel = await LibraryFoldersPanel.open(page);
  await expect(panel.folder(before).getByTestId('root-state')).toHaveText('Offline', { timeout: 60_000 });
  await expect(panel.folder(before).getByTestId('root-moved-hint')).toContainText('Add the folder at its new place');
  await panel.close();
  await library.addFolder(`"${after}"`);
  await expect(library.addResult()).toContainText('Library folder found at its new place');
  await expect(library.addResult()).toContainText(`${before} → ${after}`);
  await library.waitAllReady(3);
  expect(await library.total()).toBe(3);
  await page.locator(`[data-testid="series-card"][data-series-id="${id}"]`).click();
  await expect(page.getByTestId('detail-panel')).toContainText(path.join(after, 'Kaiba'));
});
