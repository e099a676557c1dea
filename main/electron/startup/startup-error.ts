import { isAnishelfError } from '../../core/errors';

export interface StartupDialog {
  title: string;
  message: string;
  detail: string;
}

/**
 * The one dialog shown when the library cannot be opened at start-up (corrupt or newer database,
 * read-only or full data dir): what happened, in the core's own sentence, and where the log is.
 * The app then quits; it never retries in a loop or recreates the library.
 */
export function startupErrorDialog(err: unknown, logFile: string | null): StartupDialog {
  const logLine = logFile ? `Details are in ${logFile}.` : '';
  if (isNativeModuleProblem(err)) {
    return {
      title: 'Anishelf cannot open your library',
      message: 'The database engine (better-sqlite3) is missing or was built for another version of Electron.',
      detail: [
        'In a source checkout, run npm start again: it rebuilds the engine for Electron. An installed app needs reinstalling.',
        logLine,
      ].filter(Boolean).join(' '),
    };
  }
  if (isAnishelfError(err)) {
    return {
      title: 'Anishelf cannot open your library',
      message: err.message,
      detail: [`(${err.code})`, logLine].filter(Boolean).join(' '),
    };
  }
  const reason = err instanceof Error ? err.message : String(err);
  return {
    title: 'Anishelf could not start',
    message: `Anishelf stopped while starting: ${reason}`,
    detail: logLine || 'Start it from a terminal to see more.',
  };
}

// A native-module ABI mismatch or a missing Electron build of better-sqlite3.
function isNativeModuleProblem(err: unknown): boolean {
  const texts: string[] = [];
  for (let e: unknown = err, depth = 0; e && depth < 4; e = (e as { cause?: unknown }).cause, depth++) {
    if (e instanceof Error) texts.push(e.message);
  }
  const all = texts.join(' ');
  return /NODE_MODULE_VERSION|was compiled against a different Node\.js version|better_sqlite3\.node|invalid ELF header|wrong ELF class/.test(all);
}
