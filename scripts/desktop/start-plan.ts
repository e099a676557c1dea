// What `npm start` does next, decided from what is on this machine. Pure, so every path through
// it is tested, including the ones this build machine never takes.

export type ElectronState = 'installed' | 'missing' | { downloadFailed: string };
export type SqliteState = 'ready' | 'missing' | { buildFailed: string };

export interface StartFacts {
  electron: ElectronState;
  sqlite: SqliteState;
  /** Linux without DISPLAY or WAYLAND_DISPLAY: a window cannot open (an SSH session, a server). */
  hasDisplay: boolean;
  /** ANISHELF_WEB=1: the user asked for web mode. */
  forceWeb: boolean;
}

export type StartStep =
  | { kind: 'download-electron' }
  | { kind: 'build-sqlite' }
  | { kind: 'launch-electron' }
  /** `line` is printed once, then `anishelf serve` prints its URL. */
  | { kind: 'web'; line: string };

const WEB = 'serving the same UI in web mode instead:';

export function nextStartStep(facts: StartFacts): StartStep {
  if (facts.forceWeb) return { kind: 'web', line: 'ANISHELF_WEB is set; serving the UI in web mode:' };
  if (facts.electron === 'missing') return { kind: 'download-electron' };
  if (typeof facts.electron === 'object') return { kind: 'web', line: `Electron could not be downloaded (${facts.electron.downloadFailed}); ${WEB}` };
  if (!facts.hasDisplay) return { kind: 'web', line: `No display to open a window on (DISPLAY and WAYLAND_DISPLAY are unset); ${WEB}` };
  if (facts.sqlite === 'missing') return { kind: 'build-sqlite' };
  if (typeof facts.sqlite === 'object') return { kind: 'web', line: `better-sqlite3 could not be built for Electron (${facts.sqlite.buildFailed}); ${WEB}` };
  return { kind: 'launch-electron' };
}

export function hasDisplay(env: NodeJS.ProcessEnv, platform: NodeJS.Platform): boolean {
  if (platform !== 'linux' && platform !== 'freebsd' && platform !== 'openbsd') return true;
  return Boolean(env.DISPLAY || env.WAYLAND_DISPLAY);
}
