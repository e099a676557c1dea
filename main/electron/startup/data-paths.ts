import path from 'node:path';

export const APP_NAME = 'Anishelf';

/**
 * The desktop app's data dir: ANISHELF_DATA_DIR when set (tests, a portable setup), else
 * `<appData>/Anishelf` — Electron's userData for "Anishelf", the same folder the CLI uses
 * (`~/.config/Anishelf` on Linux), so both see one library.
 */
export function desktopDataDir(env: NodeJS.ProcessEnv, appDataDir: string): string {
  const override = env.ANISHELF_DATA_DIR?.trim();
  return override ? path.resolve(override) : path.join(appDataDir, APP_NAME);
}

export interface NativeBindingInputs {
  /** `process.versions.electron`; undefined under plain Node. */
  electronVersion: string | undefined;
  /** `app.isPackaged`. */
  isPackaged: boolean;
  /** `app.getAppPath()`: the repository in development. */
  appPath: string;
  /** `process.resourcesPath`: where a packaged app's extra resources live. */
  resourcesPath: string;
}

/** The Electron build of better-sqlite3 sits apart from the Node build the tests and CLI use. */
export const ELECTRON_SQLITE_DIR = '.electron-sqlite';
export const PACKAGED_SQLITE_DIR = 'electron-sqlite';
export const SQLITE_BINARY = 'better_sqlite3.node';

/**
 * Which better-sqlite3 binary the core loads (`nativeBinding`): none under plain Node (its own
 * build); in development `.electron-sqlite/better_sqlite3.node` that `npm start` builds for
 * Electron's ABI; in a packaged app the copy shipped as an extra resource (outside the asar
 * archive, so it can be loaded directly).
 */
export function nativeBindingPath(inputs: NativeBindingInputs): string | undefined {
  if (!inputs.electronVersion) return undefined;
  if (inputs.isPackaged) return path.join(inputs.resourcesPath, PACKAGED_SQLITE_DIR, SQLITE_BINARY);
  return path.join(inputs.appPath, ELECTRON_SQLITE_DIR, SQLITE_BINARY);
}

/** The built UI: `out/renderer` inside the app (the repository, or app.asar when packaged). */
export function rendererRoot(appPath: string): string {
  return path.join(appPath, 'out', 'renderer');
}
