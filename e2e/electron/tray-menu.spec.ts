import { test, type ElectronApplication } from '@playwright/test';
import fs from 'node:fs';
import { seriesTree, writeTree } from '../fixtures/temp';
import { answerFolderPicker, captureMessageBoxes, electronSkipReason, expect, appForEachTest } from './electron-app';

test.skip(electronSkipReason() !== null, electronSkipReason() ?? '');

type TrayRow = { type: 'separator' } | { type: 'normal'; id: string; label: string; enabled: boolean };

// Electron has no API to read a tray's menu, so the app exposes it to this suite (ANISHELF_E2E=1).
const trayMenu = (app: ElectronApplication) =>
  app.evaluate(() => (globalThis as unknown as { __anishelfTestHooks: { trayMenu(): TrayRow[] } }).__anishelfTestHooks.trayMenu());
const clickTray = (app: ElectronApplication, action: string) =>
  app.evaluate((_e, a) => (globalThis as unknown as { __anishelfTestHooks: { clickTray(a: string): void } }).__anishelfTestHooks.clickTray(a), action);
const trayLabel = async (app: ElectronApplication) => {
  const first = (await trayMenu(app))[0];
  return first && first.type === 'normal' ? first.label : '';
};

const each = appForEachTest();

test('the tray says what the loader does and its menu adds, pauses and resumes', async () => {
  const { app, library } = each.running;
  await expect.poll(() => trayLabel(app)).toBe('Anishelf — no series yet; drop a folder on the window');
  const rows = (await trayMenu(app)).map((r) => (r.type === 'separator' ? '—' : r.label));
  expect(rows.slice(1)).toEqual(['—', 'Show Anishelf', 'Add Folder…', 'Pause Loading', '—', 'Quit Anishelf']);

  writeTree(each.libDir, seriesTree({ 'Mononoke': 2, 'Dennou Coil': 2, 'Kemonozume': 1 }));
  await answerFolderPicker(app, [each.libDir]);
  await clickTray(app, 'add-folder');
  await library.waitAllReady(3);
  await expect.poll(() => trayLabel(app)).toBe('Anishelf — 3 series, all ready');

  await clickTray(app, 'pause');
  await expect(each.running.page.getByTestId('resume-loader')).toBeVisible();
  await expect.poll(() => trayLabel(app)).toBe('Anishelf — paused');
  expect((await trayMenu(app)).some((r) => r.type === 'normal' && r.label === 'Resume Loading')).toBe(true);
  await clickTray(app, 'resume');
  await expect(each.running.page.getByTestId('pause-loader')).toBeVisible();
});

test('Add Folder… in the app menu adds the picked folders and explains what it could not add', async () => {
  const { app, library } = each.running;
  writeTree(each.libDir, seriesTree({ 'Ping Pong': 2 }));
  fs.mkdirSync(`${each.libDir}/empty`);
  const boxes = await captureMessageBoxes(app);
  await answerFolderPicker(app, [`${each.libDir}/Ping Pong`, `${each.libDir}/empty`]);
  await app.evaluate(({ Menu }) => Menu.getApplicationMenu()!.getMenuItemById('add-folder')!.click());
  await library.waitAllReady(1);
  await expect.poll(boxes).toEqual([expect.objectContaining({ detail: expect.stringContaining('empty') })]);
});

test('Quit from the tray while loading closes the library cleanly; it opens again intact', async () => {
  const { app } = each.running;
  const names = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`Show ${String(i).padStart(2, '0')}`, 3]));
  writeTree(each.libDir, seriesTree(names));
  await answerFolderPicker(app, [each.libDir]);
  await clickTray(app, 'add-folder');
  await expect(each.running.library.grid).toHaveAttribute('data-total', '40');
  const closed = new Promise<void>((resolve) => app.once('close', () => resolve()));
  // The app may go away before the call returns.
  await clickTray(app, 'quit').catch(() => undefined);
  await closed;

  const reopened = await each.relaunch();
  await reopened.library.waitAllReady(40, 60_000);
});
