import path from 'node:path';
import { startServer } from '../fixtures/server';
import { seriesTree, writeTree } from '../fixtures/temp';
import { expect, openApp, screenshot, test } from '../fixtures/test';
import { AddFolderDialog } from '../pages/add-folder-dialog';
import { LibraryFoldersPanel } from '../pages/library-folders-panel';

test('web mode invites no drop: the empty state says "Add", and Ctrl+O opens the Add dialog', async ({ library, page }) => {
  await expect(library.emptyState.getByRole('heading', { level: 1 })).toHaveText('Add a folder to start');
  await expect(page.locator('body')).not.toContainText(/drop/i);
  await page.keyboard.press('Control+o');
  await expect(page.getByTestId('add-folder-dialog')).toBeVisible();
  // Ctrl+O in the open dialog does not open the browser's file picker or a second dialog.
  await page.keyboard.press('Control+o');
  await expect(page.getByTestId('add-folder-dialog')).toHaveCount(1);
});

test('the Add dialog: a breadcrumb, one primary action, ~ for the home folder, errors that say it once, focus back', async ({ dataDir, libraryRoot, page }) => {
  // The server's home folder is this test's library root, so `~/Anime` is a folder it made.
  const server = await startServer(dataDir, { env: { HOME: libraryRoot } });
  try {
    const library = await openApp(page, server);
    writeTree(path.join(libraryRoot, 'Anime'), seriesTree({ Planetes: 2, Mushishi: 1 }));

    // Opened from the keyboard; Esc gives focus back to the button.
    const opener = page.getByTestId('add-folder-button');
    await opener.focus();
    await page.keyboard.press('Enter');
    const dialog = new AddFolderDialog(page);
    await expect(dialog.root).toBeVisible();
    await expect(dialog.pathField).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog.root).toBeHidden();
    await expect(opener).toBeFocused();

    const add = await library.openAddFolder();
    // The path bar is a breadcrumb from the root: "/" first, the folder last, no slash moved.
    const crumbs = add.browserPath.getByRole('listitem');
    const names = libraryRoot.split('/').filter(Boolean);
    await expect(crumbs).toHaveText(['/', ...names].map((n) => new RegExp(`^${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`)));
    await expect(add.browserPath.locator('[aria-current="location"]')).toHaveText(names.at(-1)!);
    // A crumb goes to its folder.
    await add.browserPath.getByRole('button', { name: names.at(-2)!, exact: true }).click();
    await expect(add.browserPath).toHaveAttribute('data-path', path.dirname(libraryRoot));
    // One primary action; no second "Add this folder".
    await expect(add.root.locator('.btn-primary')).toHaveCount(1);
    await expect(add.root.getByRole('button', { name: /add this folder/i })).toHaveCount(0);
    await add.pathField.fill('~/Anime');
    await page.mouse.move(1, 1);
    await screenshot(page, 'add-dialog');

    // A missing folder: the reason names the path once.
    const missing = path.join(libraryRoot, 'nope');
    await add.addTyped(missing);
    await expect(add.error).toContainText('does not exist');
    expect((await add.error.textContent())!.split(missing).length - 1).toBe(1);
    // A relative path: said in words, not as a schema error.
    await add.addTyped('Anime');
    await expect(add.error).toContainText('not a full path');
    await expect(add.error).not.toContainText('Invalid request');

    // `~/Anime` is expanded by the server.
    await add.addTyped('~/Anime');
    await expect(add.root).toBeHidden();
    await expect(library.addResult()).toContainText('Added 2 series');
    await library.waitAllReady(2);

    // The Remove confirmation gives focus back to the Remove button when kept.
    const panel = await library.openDetail('Planetes');
    const remove = panel.root.getByTestId('remove');
    await remove.click();
    await page.getByTestId('confirm-dialog').getByRole('button', { name: 'Keep' }).click();
    await expect(page.getByTestId('confirm-dialog')).toBeHidden();
    await expect(remove).toBeFocused();
  } finally {
    await server.stop();
  }
});

test('a season folder typed on its own is refused, and one button adds its series instead', async ({ library, libraryRoot, page }) => {
  writeTree(libraryRoot, { 'Frieren/Season 1/Frieren - S01E01.mkv': '', 'Frieren/Season 1/Frieren - S01E02.mkv': '', 'Frieren/Season 2/Frieren - S02E01.mkv': '' });
  const add = await library.openAddFolder();
  await add.addTyped(path.join(libraryRoot, 'Frieren', 'Season 1'));
  await expect(add.error).toContainText(`is a season folder of ${path.join(libraryRoot, 'Frieren')}`);
  await expect(library.cards()).toHaveCount(0);
  const instead = add.root.getByTestId('add-instead');
  await expect(instead).toHaveText('Add Frieren instead');
  await instead.click();
  await expect(add.root).toBeHidden();
  await expect(library.addResult()).toContainText('Added 1 series');
  await library.waitAllReady(1);
  await expect(library.card('Frieren')).toContainText('3 episodes');
  await expect(page.getByText('Season 1', { exact: true })).toHaveCount(0);
});

test('a series removed in the window stays out when its library folder is added again; Library folders lists it and adds it back', async ({ library, libraryRoot, page }) => {
  writeTree(libraryRoot, seriesTree({ Planetes: 2, Mushishi: 1 }));
  await (await library.openAddFolder()).addTyped(libraryRoot);
  await library.waitAllReady(2);
  const panel = await library.openDetail('Planetes');
  await panel.root.getByTestId('remove').click();
  await expect(page.getByTestId('confirm-dialog')).toContainText('stays out of the library, rescans included, until you add its folder again');
  await page.getByTestId('confirm-dialog').getByRole('button', { name: 'Remove' }).click();
  await expect(library.cards()).toHaveCount(1);

  await (await library.openAddFolder()).addTyped(libraryRoot);
  await expect(library.addResult()).toContainText(`${path.join(libraryRoot, 'Planetes')} — was removed from the library, so it is left out`);
  await expect(library.cards()).toHaveCount(1);

  // Library folders lists it under its folder, with a way back.
  const folders = await LibraryFoldersPanel.open(page);
  const keptOut = folders.folder(libraryRoot).getByTestId('root-kept-out');
  await expect(keptOut).toContainText('Left out, removed by you:');
  await expect(keptOut).toContainText('Planetes');
  await keptOut.getByTestId('root-add-back').click();
  await expect(library.addResult()).toContainText('Added 1 series');
  await expect(keptOut).toBeHidden();
  await folders.close();
  await library.waitAllReady(2);
});
