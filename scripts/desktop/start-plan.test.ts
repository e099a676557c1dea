import { describe, expect, it } from 'vitest';
import { hasDisplay, nextStartStep, type StartFacts } from './start-plan';

const ready: StartFacts = { electron: 'installed', sqlite: 'ready', hasDisplay: true, forceWeb: false };

describe('nextStartStep', () => {
  it.each<[string, StartFacts, ReturnType<typeof nextStartStep>]>([
    ['everything ready: open the desktop app', ready, { kind: 'launch-electron' }],
    ['no Electron binary yet: download it', { ...ready, electron: 'missing', sqlite: 'missing' }, { kind: 'download-electron' }],
    ['binary there, no Electron build of better-sqlite3: build it', { ...ready, sqlite: 'missing' }, { kind: 'build-sqlite' }],
    [
      'the download failed (this build machine)',
      { ...ready, electron: { downloadFailed: "no network: the download server's name could not be resolved, ENOTFOUND" }, sqlite: 'missing' },
      { kind: 'web', line: "Electron could not be downloaded (no network: the download server's name could not be resolved, ENOTFOUND); serving the same UI in web mode instead:" },
    ],
    [
      'better-sqlite3 could not be built for Electron',
      { ...ready, sqlite: { buildFailed: 'compiling failed' } },
      { kind: 'web', line: 'better-sqlite3 could not be built for Electron (compiling failed); serving the same UI in web mode instead:' },
    ],
    [
      'no display (SSH, a headless server)',
      { ...ready, hasDisplay: false },
      { kind: 'web', line: 'No display to open a window on (DISPLAY and WAYLAND_DISPLAY are unset); serving the same UI in web mode instead:' },
    ],
    ['web mode asked for', { ...ready, forceWeb: true }, { kind: 'web', line: 'ANISHELF_WEB is set; serving the UI in web mode:' }],
  ])('%s', (_what, facts, step) => {
    expect(nextStartStep(facts)).toEqual(step);
  });

  it('ends in a launch or web mode from any start, never looping', () => {
    // Play the whole flow: each step's outcome feeds the next decision, as start.ts does.
    for (const downloadOk of [true, false]) {
      for (const sqliteOk of [true, false]) {
        for (const display of [true, false]) {
          let facts: StartFacts = { electron: 'missing', sqlite: 'missing', hasDisplay: display, forceWeb: false };
          const seen: string[] = [];
          for (let i = 0; i < 5; i++) {
            const step = nextStartStep(facts);
            seen.push(step.kind);
            if (step.kind === 'download-electron') facts = { ...facts, electron: downloadOk ? 'installed' : { downloadFailed: 'x' } };
            else if (step.kind === 'build-sqlite') facts = { ...facts, sqlite: sqliteOk ? 'ready' : { buildFailed: 'y' } };
            else break;
          }
          const last = seen.at(-1);
          expect(last === 'launch-electron' || last === 'web').toBe(true);
          expect(last === 'launch-electron').toBe(downloadOk && sqliteOk && display);
        }
      }
    }
  });
});

describe('hasDisplay', () => {
  it('needs DISPLAY or WAYLAND_DISPLAY on Linux only', () => {
    expect(hasDisplay({}, 'linux')).toBe(false);
    expect(hasDisplay({ DISPLAY: ':0' }, 'linux')).toBe(true);
    expect(hasDisplay({ WAYLAND_DISPLAY: 'wayland-0' }, 'linux')).toBe(true);
    expect(hasDisplay({}, 'darwin')).toBe(true);
    expect(hasDisplay({}, 'win32')).toBe(true);
  });
});
