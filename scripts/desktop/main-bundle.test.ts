import fs from 'node:fs';
import os from 'node:os';
import Module, { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_FILENAME } from '../../main/core/db/data-dir';
import { registerLibraryDir, unregisterLibraryDir } from '../../main/core/testing/library-write-guard';
import { tempDir, writeTree } from '../../main/core/testing/temp';
import { waitFor } from '../../main/core/testing/wait';
import { bundleDesktop } from './bundle';
import { createStandInElectron, type RecordedWindow } from './testing/stand-in-electron';

// The built main process (out/main/electron/main.cjs, with its worker bundles) run under plain
// Node, with a stand-in for Electron's API and the real core, real SQLite and real folders. It is
// what this machine can check without the Electron binary: the bundle loads, wires the schemes,
// IPC, security hooks, tray and quit, and the bundled worker threads load a library.

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0, 0xff, 0xd9]);

type Load = ModuleLoad;
type ModuleLoad = (request: string, parent: unknown, isMain: boolean) => unknown;
const moduleInternals = Module as unknown as { _load: ModuleLoad };

let appPath: string;
let mainFile: string;
const suiteDirs: string[] = [];

/** A temp folder for a whole describe block (tempDir() is per test). */
function suiteDir(prefix: string): string {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), prefix)));
  suiteDirs.push(dir);
  return dir;
}

afterAll(() => {
  for (const dir of suiteDirs) fs.rmSync(dir, { recursive: true, force: true });
});

beforeAll(async () => {
  // The app as Electron would see it: the bundles and the built UI under one app path.
  appPath = suiteDir('anishelf-app-');
  await bundleDesktop({ root, outDir: path.join(appPath, 'out') });
  writeTree(appPath, { 'out/renderer/index.html': '<!doctype html><title>Anishelf</title><div id="root"></div>' });
  mainFile = path.join(appPath, 'out/main/electron/main.cjs');
}, 600_000);

/** Loads main.cjs afresh with the stand-in as 'electron' and the native modules from the repository. */
function launch(env: Record<string, string>, openDialogPaths: string[] = []) {
  const { electron, world } = createStandInElectron({ appDataDir: suiteDir('anishelf-appdata-'), appPath, openDialogPaths });
  const sqlite = require.resolve('better-sqlite3', { paths: [root] });
  const sharp = require.resolve('sharp', { paths: [root] });
  const original = moduleInternals._load;
  moduleInternals._load = function (this: unknown, request, parent, isMain) {
    if (request === 'electron') return electron;
    if (request === 'better-sqlite3') return original.call(this, sqlite, parent, isMain);
    if (request === 'sharp') return original.call(this, sharp, parent, isMain);
    return original.call(this, request, parent, isMain);
  } as Load;
  const saved = { ...process.env };
  Object.assign(process.env, env);
  try {
    delete require.cache[mainFile];
    require(mainFile);
  } finally {
    moduleInternals._load = original;
    for (const key of Object.keys(env)) {
      if (saved[key] === undefined) delete process.env[key];
      else process.env[key] = saved[key];
    }
  }
  return world;
}

function ipc(world: ReturnType<typeof launch>, win: RecordedWindow, method: string, args?: unknown, frame: { url: string; parent: unknown } = { url: 'anishelf://app/index.html', parent: null }) {
  const handler = world.ipcHandlers.get('anishelf:rpc');
  if (!handler) throw new Error('no anishelf:rpc handler');
  return handler({ sender: { id: win.contents.id }, senderFrame: frame }, method, args) as Promise<{ ok: boolean; value?: any; error?: { code: string } }>;
}

describe('the built main process (under a stand-in for Electron)', () => {
  let world: ReturnType<typeof launch>;
  let win: RecordedWindow;
  let dataDir: string;
  let library: string;

  beforeAll(async () => {
    dataDir = suiteDir('anishelf-data-');
    library = suiteDir('anishelf-lib-');
    registerLibraryDir(library);
    writeTree(library, {
      'Show/Show - 01.mkv': 'video',
      'Show/Show - 02.mkv': 'video',
      'Show/poster.jpg': JPEG,
      'Show/tvshow.nfo': '<?xml version="1.0" encoding="UTF-8"?>\n<tvshow><title>Show &lt;b&gt;</title><year>2021</year></tvshow>\n',
      'Second/Second - 01.mkv': 'video',
      'Third/Third - 01.mkv': 'video',
    });
    world = launch({ ANISHELF_DATA_DIR: dataDir, ANISHELF_E2E: '1' }, [path.join(library, 'Third')]);
    await waitFor(() => world.windows.length === 1 && world.ipcHandlers.size === 1, { what: 'the window', timeoutMs: 90_000 });
    win = world.windows[0]!;
  }, 600_000);

  afterAll(async () => {
    if (world && world.quitCount === 0) world.appEmitter.emit('before-quit', { preventDefault() {} });
    unregisterLibraryDir(library);
  });

  it('uses the data dir as userData, under the app name', () => {
    expect(world.name).toBe('Anishelf');
    expect(world.paths.get('userData')).toBe(dataDir);
    expect(fs.existsSync(path.join(dataDir, DATABASE_FILENAME))).toBe(true);
    expect(fs.readFileSync(path.join(dataDir, 'anishelf.log'), 'utf8')).toMatch(/INFO  Anishelf 0\.1\.0 starting/);
  });

  it('opens a sandboxed, isolated window on the app scheme', () => {
    expect(win.loadedUrl).toBe('anishelf://app/index.html');
    expect(win.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, preload: path.join(appPath, 'out/main/electron/preload.cjs') });
    expect(fs.existsSync(win.options.webPreferences!.preload as string)).toBe(true);
  });

  it('registers both schemes as privileged and serves the UI with its CSP', async () => {
    expect(world.schemes.map((s) => s.scheme)).toEqual(['anishelf', 'anishelf-media']);
    expect(world.schemes.every((s) => s.privileges.standard && s.privileges.secure && !s.privileges.bypassCSP)).toBe(true);
    const page = await world.protocolHandlers.get('anishelf')!({ url: 'anishelf://app/index.html', method: 'GET' });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
    expect((await world.protocolHandlers.get('anishelf')!({ url: 'anishelf://app/..%2F..%2Fetc%2Fpasswd', method: 'GET' })).status).toBe(404);
  });

  it('answers the window over IPC and refuses other frames', async () => {
    expect(await ipc(world, win, 'app.info')).toMatchObject({ ok: true, value: { mode: 'desktop', dataDir } });
    expect(await ipc(world, win, 'app.info', undefined, { url: 'anishelf://app/index.html', parent: {} })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await ipc(world, win, 'app.info', undefined, { url: 'https://evil.example/', parent: null })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await ipc(world, win, 'library.addFolders', { paths: ['\\\\nas\\share'] })).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
  });

  it('loads a library with the bundled worker threads and serves its artwork', async () => {
    const added = await ipc(world, win, 'library.addFolders', { paths: [path.join(library, 'Show')] });
    expect(added).toMatchObject({ ok: true });
    const id = added.value.added[0].id as number;
    const done = await waitFor(async () => {
      const status = await ipc(world, win, 'series.loadingStatus', { id });
      return status.value?.status === 'completed' || status.value?.status === 'failed' ? status.value : null;
    }, { what: 'the series to load', timeoutMs: 90_000 });
    expect(done).toMatchObject({ status: 'completed', episodesLoaded: true, nfoLoaded: true });
    const series = await ipc(world, win, 'series.get', { id });
    expect(series.value).toMatchObject({ title: 'Show <b>', videoCount: 2, hasPoster: true });
    // Events are coalesced (a few batches a second), so they may follow the status by a moment.
    await waitFor(() => win.contents.sent.some((m) => m.channel === 'anishelf:event' && m.args[0] === 'series:changed'), { what: 'a series:changed event' });
    const poster = await world.protocolHandlers.get('anishelf-media')!({ url: `anishelf-media://series/${id}/poster`, method: 'GET' });
    expect(poster.status).toBe(200);
    expect(poster.headers.get('content-type')).toBe('image/jpeg');
    expect((await world.protocolHandlers.get('anishelf-media')!({ url: `anishelf-media://series/${id}/..%2F..%2Fpasswd`, method: 'GET' })).status).toBe(404);
    await waitFor(() => /1 series, all ready/.test(world.tray.tooltip), { what: 'the tray to say all ready' });
  }, 600_000);

  it('blocks navigation, new windows, permissions and webviews', async () => {
    const navigate = (url: string) => {
      const event = { url, prevented: false, preventDefault() { this.prevented = true; } };
      win.contents.emit('will-navigate', event);
      return event.prevented;
    };
    expect(navigate('https://example.org/help')).toBe(true);
    expect(navigate('file:///etc/passwd')).toBe(true);
    expect(navigate('javascript:alert(1)')).toBe(true);
    expect(navigate('anishelf://app/index.html')).toBe(false);
    expect(win.contents.windowOpenHandler!({ url: 'https://example.org/x' })).toEqual({ action: 'deny' });
    expect(win.contents.windowOpenHandler!({ url: 'smb://nas/share' })).toEqual({ action: 'deny' });
    await waitFor(() => world.openedExternally.length >= 2, { what: 'the browser to be asked' });
    expect(world.openedExternally).toEqual(['https://example.org/help', 'https://example.org/x']);
    const redirect = { url: 'https://evil.example/', prevented: false, preventDefault() { this.prevented = true; } };
    win.contents.emit('will-redirect', redirect);
    expect(redirect.prevented).toBe(true);
    expect(world.openedExternally).toHaveLength(2);
    const webview = { prevented: false, preventDefault() { this.prevented = true; } };
    win.contents.emit('will-attach-webview', webview);
    expect(webview.prevented).toBe(true);
    let granted: boolean | null = null;
    world.session.permissionRequest!({}, 'media', (g) => (granted = g), {});
    expect(granted).toBe(false);
    expect(world.session.permissionCheck!({}, 'notifications', 'anishelf://app', {})).toBe(false);
  });

  it('adds a folder from a second launch and from the menu', async () => {
    world.appEmitter.emit('second-instance', {}, ['anishelf', '--enable-features=X', 'Second'], library);
    await waitFor(async () => (await ipc(world, win, 'library.list')).value?.some((s: { title: string }) => s.title === 'Second'), { what: 'Second to be added' });
    const addItem = world.applicationMenu!.template.flatMap((m) => (m.submenu as Array<Record<string, unknown>>) ?? []).find((i) => i.id === 'add-folder')!;
    expect(addItem.accelerator).toBe('CmdOrCtrl+O');
    (addItem.click as () => void)();
    await waitFor(async () => (await ipc(world, win, 'library.list')).value?.some((s: { title: string }) => s.title === 'Third'), { what: 'Third to be added' });
    // Adding the same folder again says why nothing happened.
    (addItem.click as () => void)();
    await waitFor(() => world.messageBoxes.length > 0, { what: 'a message' });
    expect(world.messageBoxes[0]).toMatchObject({ message: 'Added nothing, skipped 1.', detail: expect.stringMatching(/already in the library/) });
  });

  it('exposes the tray menu to the e2e hooks and pauses from it', async () => {
    const hooks = globalThis.__anishelfTestHooks!;
    expect(hooks.dataDir).toBe(dataDir);
    expect(hooks.trayMenu().map((i) => (i.type === 'separator' ? '—' : i.label)).slice(1)).toEqual(['—', 'Show Anishelf', 'Add Folder…', 'Pause Loading', '—', 'Quit Anishelf']);
    hooks.clickTray('pause');
    await waitFor(async () => (await ipc(world, win, 'loader.status')).value?.paused === true, { what: 'the loader to pause' });
    await waitFor(() => /paused/.test(world.tray.tooltip), { what: 'the tray to say paused' });
    hooks.clickTray('resume');
    await waitFor(async () => (await ipc(world, win, 'loader.status')).value?.paused === false, { what: 'the loader to resume' });
  });

  it('closes the library before it quits', async () => {
    (globalThis.__anishelfTestHooks!).clickTray('quit');
    await waitFor(() => world.quitCount === 1, { what: 'the app to quit', timeoutMs: 60_000 });
    expect(world.tray.destroyed).toBe(true);
    expect(fs.readFileSync(path.join(dataDir, 'anishelf.log'), 'utf8')).toMatch(/library closed/);
  });
});

describe('the built main process at start-up', () => {
  it('shows one dialog and exits when the database is corrupt, leaving it untouched', async () => {
    const dataDir = tempDir('anishelf-data-');
    fs.writeFileSync(path.join(dataDir, DATABASE_FILENAME), 'garbage that is not sqlite');
    const world = launch({ ANISHELF_DATA_DIR: dataDir });
    await waitFor(() => world.exitCode !== null, { what: 'the app to exit' });
    expect(world.exitCode).toBe(1);
    expect(world.errorBoxes).toHaveLength(1);
    expect(world.errorBoxes[0]!.title).toBe('Anishelf cannot open your library');
    expect(world.errorBoxes[0]!.content).toMatch(/not a SQLite database[\s\S]*\(DB_CORRUPT\) Details are in .*anishelf\.log/);
    expect(world.windows).toHaveLength(0);
    expect(fs.readFileSync(path.join(dataDir, DATABASE_FILENAME), 'utf8')).toBe('garbage that is not sqlite');
  });
});
