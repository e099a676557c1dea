import { test } from '@playwright/test';
import { makeTempDir, seriesTree, writeTree } from '../fixtures/temp';
import { announceSkip, answerFolderPicker, expect, launchApp, packagedExecutable } from './electron-app';

// The packaged app opens its database — a better-sqlite3 built for the wrong ABI,
// a worker left out of app.asar or a missing UI file shows up here and nowhere else.
const executable = packagedExecutable();
const skipReason = announceSkip('Packaged-app test', executable ? null : 'no packaged app in release/ for this platform: run npm run dist first');
test.skip(skipReason !== null, skipReason ?? '');

test('the packaged app opens its database and loads a library', async () => {
  const data = makeTempDir('anishelf-e2e-packaged-');
  const lib = makeTempDir('anishelf-e2e-lib-');
  writeTree(lib.dir, {
    ...seriesTree({ 'Planetes': 3, 'Mushishi': 2 }),
    'Planetes/tvshow.nfo': '<?xml version="1.0" encoding="UTF-8"?>\n<tvshow><title>Planetes</title><year>2003</year></tvshow>\n',
  });
  const running = await launchApp({ dataDir: data.dir, executablePath: executable! });
  try {
    const info = await running.page.evaluate(() => (window as unknown as { anishelf: Record<string, () => Promise<unknown>> }).anishelf['app.info']!());
    expect(info).toMatchObject({ ok: true, value: { mode: 'desktop', dataDir: data.dir } });
    expect(await running.app.evaluate(({ app }) => app.isPackaged)).toBe(true);
    await answerFolderPicker(running.app, [lib.dir]);
    await running.app.evaluate(({ Menu }) => Menu.getApplicationMenu()!.getMenuItemById('add-folder')!.click());
    // Episodes are read and the NFO parsed by the bundled worker threads inside the package.
    await running.library.waitAllReady(2, 60_000);
  } finally {
    await running.close();
    data.remove();
    lib.remove();
  }
});
