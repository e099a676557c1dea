import path from 'node:path';
import { localPath } from '../../../shared/contract';

export interface ArgvContext {
  /** The launching process's working directory (from 'second-instance', or process.cwd()). */
  cwd: string;
  /**
   * `process.defaultApp`: started as `electron [switches] <app dir>` (development), so the first
   * argument that is not a switch is the app itself, not a folder to add.
   */
  isDefaultApp: boolean;
  /** Whether an absolute path is an existing folder (fs.statSync in the app, a fake never needed). */
  isDirectory: (absolutePath: string) => boolean;
  platform?: NodeJS.Platform;
}

/**
 * The folders named on a command line: `anishelf ~/Anime "/media/TV Shows"` or a second launch
 * from a file manager. Skips the executable (and the app path in development, wherever the
 * switches put it), switches that
 * Electron and Chromium add (`--flag`, `--flag=value`), URLs, network (UNC) paths, and anything
 * that is not an existing folder. Relative paths are taken from the launching process's directory. Order kept, no repeats.
 */
export function folderPathsFromArgv(argv: readonly string[], context: ArgvContext): string[] {
  const pathApi = (context.platform ?? process.platform) === 'win32' ? path.win32 : path.posix;
  const folders: string[] = [];
  let appPathSkipped = !context.isDefaultApp;
  for (const arg of argv.slice(1)) {
    if (!arg || arg.startsWith('-')) continue;
    if (!appPathSkipped) {
      appPathSkipped = true;
      continue;
    }
    if (arg.includes('\0') || arg.length > 4096) continue;
    if (/^[a-z][a-z0-9+.-]+:/i.test(arg) && !/^[a-z]:[\\/]/i.test(arg)) continue; // a URL, not a drive letter
    const absolute = pathApi.resolve(context.cwd, arg);
    // The same rule as a path from the UI: no UNC shares, NUL or over-long paths.
    if (folders.includes(absolute) || !localPath.safeParse(absolute).success) continue;
    let isDir = false;
    try {
      isDir = context.isDirectory(absolute);
    } catch {
      isDir = false;
    }
    if (isDir) folders.push(absolute);
  }
  return folders;
}
