import os from 'node:os';
import path from 'node:path';

export interface DataDirInputs {
  flag?: string | undefined;
  env?: NodeJS.ProcessEnv;
  platform?: NodeJS.Platform;
  home?: string;
}

/**
 * Where the library database lives: `--data-dir`, else ANISHELF_DATA_DIR, else the platform's
 * app-data folder — the same one Electron's `app.getPath('userData')` gives for "Anishelf", so the
 * CLI and the desktop app share one library.
 */
export function resolveDataDir(inputs: DataDirInputs = {}): string {
  const env = inputs.env ?? process.env;
  if (inputs.flag) return path.resolve(inputs.flag);
  if (env.ANISHELF_DATA_DIR) return path.resolve(env.ANISHELF_DATA_DIR);
  const platform = inputs.platform ?? process.platform;
  const home = inputs.home ?? os.homedir();
  if (platform === 'win32') {
    return path.win32.join(env.APPDATA ?? path.win32.join(home, 'AppData', 'Roaming'), 'Anishelf');
  }
  if (platform === 'darwin') return path.posix.join(home, 'Library', 'Application Support', 'Anishelf');
  return path.posix.join(env.XDG_CONFIG_HOME ?? path.posix.join(home, '.config'), 'Anishelf');
}

export const DATABASE_FILENAME = 'anishelf.db';
