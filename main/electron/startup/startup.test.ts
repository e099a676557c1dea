import fs from 'node:fs';
import path from 'node:path';
import Sqlite from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openCore } from '../../core/app';
import { DATABASE_FILENAME } from '../../core/db/data-dir';
import { AnishelfError } from '../../core/errors';
import { unwritableDir } from '../../core/testing/faults';
import { tempDir } from '../../core/testing/temp';
import { APP_NAME, desktopDataDir, nativeBindingPath, rendererRoot } from './data-paths';
import { startupErrorDialog } from './startup-error';

describe('desktopDataDir', () => {
  it('is <appData>/Anishelf, the folder the CLI uses, unless ANISHELF_DATA_DIR is set', () => {
    expect(desktopDataDir({}, '/home/me/.config')).toBe('/home/me/.config/Anishelf');
    expect(desktopDataDir({ ANISHELF_DATA_DIR: '/tmp/lib' }, '/home/me/.config')).toBe('/tmp/lib');
    expect(desktopDataDir({ ANISHELF_DATA_DIR: '  ' }, '/x')).toBe(path.join('/x', APP_NAME));
    expect(path.isAbsolute(desktopDataDir({ ANISHELF_DATA_DIR: 'relative/dir' }, '/x'))).toBe(true);
  });
});

describe('nativeBindingPath', () => {
  const base = { appPath: '/repo', resourcesPath: '/opt/Anishelf/resources' };
  it('is nothing under plain Node (its own better-sqlite3 build)', () => {
    expect(nativeBindingPath({ ...base, electronVersion: undefined, isPackaged: false })).toBeUndefined();
  });
  it('is the separate Electron build in development', () => {
    expect(nativeBindingPath({ ...base, electronVersion: '40.8.5', isPackaged: false })).toBe(path.join('/repo', '.electron-sqlite', 'better_sqlite3.node'));
  });
  it('is the shipped extra resource in a packaged app, outside app.asar', () => {
    const p = nativeBindingPath({ ...base, electronVersion: '40.8.5', isPackaged: true })!;
    expect(p).toBe(path.join('/opt/Anishelf/resources', 'electron-sqlite', 'better_sqlite3.node'));
    expect(p).not.toContain('.asar');
  });
  it('finds the UI next to the app', () => {
    expect(rendererRoot('/repo')).toBe(path.join('/repo', 'out', 'renderer'));
  });
});

// A damaged, newer or unwritable library: what the one start-up dialog says for real failures of the real core.
describe('startupErrorDialog', () => {
  it('explains a corrupt database and names the log', async () => {
    const dataDir = tempDir();
    fs.writeFileSync(path.join(dataDir, DATABASE_FILENAME), 'this is not sqlite at all, just text');
    const err = await openCore({ dataDir }).catch((e: unknown) => e);
    const box = startupErrorDialog(err, '/data/anishelf.log');
    expect(box.title).toBe('Anishelf cannot open your library');
    expect(box.message).toMatch(/not a SQLite database.*left it untouched/);
    expect(box.detail).toBe('(DB_CORRUPT) Details are in /data/anishelf.log.');
    expect(fs.readFileSync(path.join(dataDir, DATABASE_FILENAME), 'utf8')).toMatch(/^this is not sqlite/);
  });

  it('explains a zero-byte database', async () => {
    const dataDir = tempDir();
    fs.writeFileSync(path.join(dataDir, DATABASE_FILENAME), '');
    const box = startupErrorDialog(await openCore({ dataDir }).catch((e: unknown) => e), null);
    expect(box.message).toMatch(/empty \(0 bytes\)/);
    expect(box.detail).toBe('(DB_EMPTY)');
  });

  it('explains a database from a newer Anishelf', async () => {
    const dataDir = tempDir();
    const sqlite = new Sqlite(path.join(dataDir, DATABASE_FILENAME));
    sqlite.pragma('user_version = 9999');
    sqlite.close();
    const box = startupErrorDialog(await openCore({ dataDir }).catch((e: unknown) => e), null);
    expect(box.message).toMatch(/newer Anishelf.*update Anishelf/);
    expect(box.detail).toBe('(DB_TOO_NEW)');
  });

  it('explains a read-only data dir', async () => {
    const box = startupErrorDialog(await openCore({ dataDir: unwritableDir() }).catch((e: unknown) => e), null);
    expect(box.message).toMatch(/cannot write to its data folder/);
    expect(box.detail).toBe('(DATA_DIR_READ_ONLY)');
  });

  it('explains a better-sqlite3 built for another ABI', async () => {
    const dataDir = tempDir();
    const fake = path.join(dataDir, 'better_sqlite3.node');
    fs.writeFileSync(fake, 'not a shared library');
    const err = await openCore({ dataDir, nativeBinding: fake }).catch((e: unknown) => e);
    const box = startupErrorDialog(err, null);
    expect(box.message).toMatch(/built for another version of Electron/);
    expect(box.detail).toMatch(/npm start/);
  });

  it('says something useful for an unexpected error', () => {
    expect(startupErrorDialog(new TypeError('x is undefined'), '/l.log')).toEqual({
      title: 'Anishelf could not start',
      message: 'Anishelf stopped while starting: x is undefined',
      detail: 'Details are in /l.log.',
    });
    expect(startupErrorDialog(new AnishelfError('DISK_FULL', 'The disk is full.'), null).detail).toBe('(DISK_FULL)');
  });
});
