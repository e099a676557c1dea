import { test } from '@playwright/test';
import path from 'node:path';
import { makeTempDir, seriesTree, writeTree } from '../fixtures/temp';
import { electronSkipReason, expect, launchApp, launchSecondInstance } from './electron-app';

test.skip(electronSkipReason() !== null, electronSkipReason() ?? '');

test('a second launch with a folder hands it to the running app and exits', async () => {
  const data = makeTempDir('anishelf-e2e-electron-');
  const lib = makeTempDir('anishelf-e2e-lib-');
  const running = await launchApp({ dataDir: data.dir });
  try {
    writeTree(lib.dir, seriesTree({ 'Kaiba': 2, 'Mushishi': 2 }));
    const code = await launchSecondInstance(data.dir, [path.join(lib.dir, 'Kaiba'), '--some-switch', path.join(lib.dir, 'missing')]);
    expect(code).toBe(0);
    await running.library.waitAllReady(1);
    await expect(running.library.card('Kaiba')).toBeVisible();
    expect(await running.app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
  } finally {
    await running.close();
    data.remove();
    lib.remove();
  }
});

test('a folder on the first command line is added at start-up', async () => {
  const data = makeTempDir('anishelf-e2e-electron-');
  const lib = makeTempDir('anishelf-e2e-lib-');
  writeTree(lib.dir, seriesTree({ 'Kaiba': 2, 'Mushishi': 2 }));
  const running = await launchApp({ dataDir: data.dir, args: [lib.dir] });
  try {
    await running.library.waitAllReady(2);
  } finally {
    await running.close();
    data.remove();
    lib.remove();
  }
});
