import { test } from '@playwright/test';
import { makeTempDir, seriesTree, writeTree } from '../fixtures/temp';
import { electronSkipReason, expect, launchApp, type RunningApp } from './electron-app';

test.skip(electronSkipReason() !== null, electronSkipReason() ?? '');

let running: RunningApp;
let data: ReturnType<typeof makeTempDir>;
test.beforeEach(async () => {
  data = makeTempDir('anishelf-e2e-electron-');
  running = await launchApp({ dataDir: data.dir });
});
test.afterEach(async () => {
  await running.close();
  data.remove();
});

test('every window is isolated and sandboxed, without Node', async () => {
  const prefs = await running.app.evaluate(({ BrowserWindow }) =>
    BrowserWindow.getAllWindows().map((w) => {
      // Undocumented but long-standing: the preferences the page was really created with.
      const contents = w.webContents as unknown as { getLastWebPreferences?: () => Record<string, unknown> };
      if (typeof contents.getLastWebPreferences !== 'function') throw new Error('webContents.getLastWebPreferences() is missing in this Electron');
      const p = contents.getLastWebPreferences();
      return { contextIsolation: p.contextIsolation, sandbox: p.sandbox, nodeIntegration: p.nodeIntegration, webSecurity: p.webSecurity, webviewTag: p.webviewTag, nodeIntegrationInSubFrames: p.nodeIntegrationInSubFrames };
    }),
  );
  expect(prefs.length).toBeGreaterThan(0);
  for (const p of prefs) expect(p).toEqual({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false, nodeIntegrationInSubFrames: false });
});

test('the page has window.anishelf with one function per method, and no require or process', async () => {
  const { page } = running;
  await expect(page).toHaveURL('anishelf://app/index.html');
  const shape = await page.evaluate(() => {
    const api = (window as unknown as { anishelf?: Record<string, unknown> }).anishelf;
    return {
      keys: api ? Object.keys(api).sort() : [],
      functions: api ? Object.values(api).every((v) => typeof v === 'function') : false,
      require: typeof (window as unknown as { require?: unknown }).require,
      process: typeof (window as unknown as { process?: unknown }).process,
      module: typeof (window as unknown as { module?: unknown }).module,
      ipcRenderer: typeof (window as unknown as { ipcRenderer?: unknown }).ipcRenderer,
    };
  });
  expect(shape.keys).toEqual(expect.arrayContaining(['library.addFolders', 'library.list', 'app.info', 'on', 'pathsForDroppedFiles']));
  expect(shape.functions).toBe(true);
  expect(shape).toMatchObject({ require: 'undefined', process: 'undefined', module: 'undefined', ipcRenderer: 'undefined' });
  const info = await page.evaluate(() => (window as unknown as { anishelf: { 'app.info': () => Promise<unknown> } }).anishelf['app.info']());
  expect(info).toMatchObject({ ok: true, value: { name: 'Anishelf', mode: 'desktop', dataDir: data.dir } });
});

test('the CSP stops inline script and eval', async () => {
  const result = await running.page.evaluate(() => {
    const w = window as unknown as { __inline?: number };
    const script = document.createElement('script');
    script.textContent = 'window.__inline = 1';
    document.body.append(script);
    let evalResult: string;
    try {
      evalResult = String((0, eval)('1 + 1'));
    } catch {
      evalResult = 'blocked';
    }
    let fnResult: string;
    try {
      fnResult = String(new Function('return 2')());
    } catch {
      fnResult = 'blocked';
    }
    return { inline: w.__inline ?? null, evalResult, fnResult };
  });
  expect(result).toEqual({ inline: null, evalResult: 'blocked', fnResult: 'blocked' });
});

test('the window opens its library and shows what is in it', async () => {
  const lib = makeTempDir('anishelf-e2e-lib-');
  try {
    writeTree(lib.dir, seriesTree({ 'Planetes': 3, 'Mushishi': 2 }));
    await running.library.addFolder(lib.dir);
    await running.library.waitAllReady(2);
    await expect(running.page).toHaveTitle('Anishelf');
  } finally {
    lib.remove();
  }
});

test('the app menu has Add Folder… on CmdOrCtrl+O and Edit, View and Window menus', async () => {
  const menu = await running.app.evaluate(({ Menu }) => {
    const m = Menu.getApplicationMenu();
    const add = m?.getMenuItemById('add-folder');
    return { labels: m?.items.map((i) => i.label) ?? [], add: add ? { label: add.label, accelerator: add.accelerator } : null };
  });
  expect(menu.add).toEqual({ label: 'Add Folder…', accelerator: 'CmdOrCtrl+O' });
  expect(menu.labels).toEqual(expect.arrayContaining(['File', 'Edit', 'View', 'Window']));
});
