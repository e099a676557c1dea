import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { _electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { bundleDesktop } from '../../scripts/desktop/bundle';
import { findElectronBinary } from '../../scripts/desktop/electron-binary';
import { expectedStamp, sqliteBuildIsCurrent } from '../../scripts/desktop/electron-sqlite';
import { makeTempDir } from '../fixtures/temp';
import { LibraryPage } from '../pages/library-page';

// Shared by the Electron specs: whether they can run here, launching the app on a fresh data
// dir, and reaching the main process. Electron is never imported here (only main/electron may):
// the main process is reached through Playwright's app.evaluate.

export const repoRoot = path.resolve(import.meta.dirname, '../..');

const announced = new Set<string>();

/** Skip annotations are not shown by every reporter: the runner process says each reason once. */
export function announceSkip(what: string, reason: string | null): string | null {
  if (reason && !announced.has(reason) && process.env.TEST_WORKER_INDEX === undefined) {
    announced.add(reason);
    process.stderr.write(`${what} skipped: ${reason}.\n`);
  }
  return reason;
}

/** Why the Electron suite cannot run on this machine, or null when it can. */
export function electronSkipReason(): string | null {
  return announceSkip('Electron suite', findSkipReason());
}

function findSkipReason(): string | null {
  const binary = findElectronBinary(repoRoot);
  if (!binary.executable) {
    return 'Electron binary not installed (node_modules/electron/dist missing): run npm start on a machine that can download it';
  }
  if (!sqliteBuildIsCurrent(repoRoot, expectedStamp(repoRoot, binary.version!))) {
    return 'better-sqlite3 is not built for Electron yet (.electron-sqlite missing): run npm start once';
  }
  if (!fs.existsSync(path.join(repoRoot, 'out/renderer/index.html'))) {
    return 'the renderer is not built (out/renderer/index.html missing): run npm run build';
  }
  return null;
}

export function electronAvailable(): boolean {
  return electronSkipReason() === null;
}

export function electronExecutable(): string {
  const executable = findElectronBinary(repoRoot).executable;
  if (!executable) throw new Error(electronSkipReason() ?? 'no Electron binary');
  return executable;
}

/** The packaged app from `npm run dist` for this platform, if there is one. */
export function packagedExecutable(): string | null {
  const release = path.join(repoRoot, 'release');
  const candidates =
    process.platform === 'win32'
      ? [path.join(release, 'win-unpacked', 'Anishelf.exe')]
      : process.platform === 'darwin'
        ? ['mac', 'mac-arm64', 'mac-universal'].map((d) => path.join(release, d, 'Anishelf.app', 'Contents', 'MacOS', 'Anishelf'))
        : [path.join(release, 'linux-unpacked', 'anishelf'), path.join(release, 'linux-arm64-unpacked', 'anishelf')];
  return candidates.find((c) => fs.existsSync(c)) ?? null;
}

let built: Promise<unknown> | null = null;

/** Bundles out/main from the current sources once per test worker (a second or so). */
export function ensureMainBuilt(): Promise<unknown> {
  built ??= bundleDesktop({ root: repoRoot, outDir: path.join(repoRoot, 'out') });
  return built;
}

// Chromium refuses to run as root with its sandbox (containers, CI). The page's own sandbox
// (webPreferences.sandbox) stays on and is what the suite checks.
const ROOT_ARGS = process.getuid?.() === 0 ? ['--no-sandbox'] : [];

export interface LaunchOptions {
  dataDir: string;
  /** Extra command-line arguments (folders to add). */
  args?: string[];
  /** A packaged app's executable instead of `electron <repo>`. */
  executablePath?: string;
}

export interface RunningApp {
  app: ElectronApplication;
  page: Page;
  library: LibraryPage;
  close(): Promise<void>;
}

export function appEnv(dataDir: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined) env[key] = value;
  delete env.ELECTRON_RUN_AS_NODE;
  return { ...env, ANISHELF_DATA_DIR: dataDir, ANISHELF_E2E: '1' };
}

/** Launches Anishelf on `dataDir` and waits for the library window's first list. */
export async function launchApp(options: LaunchOptions): Promise<RunningApp> {
  const packaged = options.executablePath !== undefined;
  if (!packaged) await ensureMainBuilt();
  const app = await _electron.launch({
    executablePath: options.executablePath ?? electronExecutable(),
    args: [...ROOT_ARGS, ...(packaged ? [] : [repoRoot]), ...(options.args ?? [])],
    cwd: repoRoot,
    env: appEnv(options.dataDir),
    timeout: 60_000,
  });
  const page = await app.firstWindow();
  const library = new LibraryPage(page);
  await library.ready();
  return {
    app,
    page,
    library,
    close: async () => {
      await app.close().catch(() => undefined);
    },
  };
}

/**
 * Starts a second Anishelf on the same data dir, the way a file manager's "Open with" would.
 * It hands its command line to the running one and exits; resolves with its exit code.
 */
export function launchSecondInstance(dataDir: string, args: string[]): Promise<number | null> {
  return new Promise((resolve, reject) => {
    const child = spawn(electronExecutable(), [...ROOT_ARGS, repoRoot, ...args], { cwd: repoRoot, env: appEnv(dataDir), stdio: 'ignore' });
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error('the second instance did not exit within 30 s'));
    }, 30_000);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
}

/** Makes shell.openExternal record instead of opening a browser; returns a reader of the URLs. */
export async function captureOpenExternal(app: ElectronApplication): Promise<() => Promise<string[]>> {
  await app.evaluate(({ shell }) => {
    const opened: string[] = [];
    (globalThis as unknown as { __opened: string[] }).__opened = opened;
    shell.openExternal = async (url: string) => {
      opened.push(url);
    };
  });
  return () => app.evaluate(() => [...(globalThis as unknown as { __opened: string[] }).__opened]);
}

/** Makes the system folder picker answer `folders` (it cannot be clicked from a test). */
export async function answerFolderPicker(app: ElectronApplication, folders: string[]): Promise<void> {
  await app.evaluate(({ dialog }, picked) => {
    dialog.showOpenDialog = (async () => ({ canceled: picked.length === 0, filePaths: picked })) as typeof dialog.showOpenDialog;
  }, folders);
}

/** Makes message boxes resolve at once and records what they said. */
export async function captureMessageBoxes(app: ElectronApplication): Promise<() => Promise<Array<{ message: string; detail: string }>>> {
  await app.evaluate(({ dialog }) => {
    const shown: Array<{ message: string; detail: string }> = [];
    (globalThis as unknown as { __boxes: typeof shown }).__boxes = shown;
    dialog.showMessageBox = (async (...args: unknown[]) => {
      const options = args.at(-1) as { message?: string; detail?: string };
      shown.push({ message: options.message ?? '', detail: options.detail ?? '' });
      return { response: 0, checkboxChecked: false };
    }) as typeof dialog.showMessageBox;
  });
  return () => app.evaluate(() => [...(globalThis as unknown as { __boxes: Array<{ message: string; detail: string }> }).__boxes]);
}

export { expect };

export interface AppPerTest {
  readonly running: RunningApp;
  readonly dataDir: string;
  readonly libDir: string;
  /** Launches the app again on the same data dir (after the test quit it); it is closed after the test. */
  relaunch(): Promise<RunningApp>;
}

/**
 * For every test of the calling spec: a fresh data dir and library dir, and the app running on
 * them; closed and removed after the test. Call once at the top of a spec file.
 */
export function appForEachTest(): AppPerTest {
  let state: { running: RunningApp; data: ReturnType<typeof makeTempDir>; lib: ReturnType<typeof makeTempDir> } | null = null;
  test.beforeEach(async () => {
    const data = makeTempDir('anishelf-e2e-electron-');
    const lib = makeTempDir('anishelf-e2e-lib-');
    state = { data, lib, running: await launchApp({ dataDir: data.dir }) };
  });
  test.afterEach(async () => {
    if (!state) return;
    await state.running.close();
    state.data.remove();
    state.lib.remove();
    state = null;
  });
  const current = () => {
    if (!state) throw new Error('appForEachTest() is only usable inside a test');
    return state;
  };
  return {
    get running() {
      return current().running;
    },
    get dataDir() {
      return current().data.dir;
    },
    get libDir() {
      return current().lib.dir;
    },
    async relaunch() {
      const now = current();
      now.running = await launchApp({ dataDir: now.data.dir });
      return now.running;
    },
  };
}
