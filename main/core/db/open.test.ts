import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { describe, expect, test } from 'vitest';
import { sql } from 'kysely';
import Sqlite from 'better-sqlite3';
import { migrations } from '../../../migrations/index';
import type { Migration } from '../../../migrations/migration';
import { unwritableDir } from '../testing/faults';
import { tempDir } from '../testing/temp';
import { DATABASE_FILENAME } from './data-dir';
import { runMigration } from './migrate';
import { openDatabase } from './open';

const require = createRequire(import.meta.url);
const latest = migrations.at(-1)!.version;

describe('openDatabase', () => {
  test('creates a WAL database with foreign keys on, migrated to the newest schema', async () => {
    const dir = tempDir();
    const { db, sqlite, close } = await openDatabase(dir);
    expect(sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(sqlite.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(sqlite.pragma('user_version', { simple: true })).toBe(latest);
    const tables = await sql<{ name: string }>`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`.execute(db);
    expect(tables.rows.map((r) => r.name)).toEqual(expect.arrayContaining(['episodes', 'jobs', 'library_roots', 'series']));
    await close();
  });

  test('reopening keeps the rows and takes no backup when nothing is pending', async () => {
    const dir = tempDir();
    const first = await openDatabase(dir);
    await first.db.insertInto('library_roots').values({ path: '/x', kind: 'library', state: 'online', added_at: 'now' }).execute();
    await first.close();
    const second = await openDatabase(dir);
    expect(await second.db.selectFrom('library_roots').select('path').execute()).toEqual([{ path: '/x' }]);
    await second.close();
    expect(fs.existsSync(path.join(dir, 'backups'))).toBe(false);
  });

  test('a zero-byte database is refused, kept as it is, and the error says how to recover', async () => {
    const dir = tempDir();
    const file = path.join(dir, DATABASE_FILENAME);
    fs.writeFileSync(file, '');
    const longAgo = new Date(Date.now() - 60_000);
    fs.utimesSync(file, longAgo, longAgo); // left by a crash, not being created right now
    await expect(openDatabase(dir)).rejects.toMatchObject({ code: 'DB_EMPTY', message: expect.stringMatching(/move it aside/) });
    expect(fs.statSync(file).size).toBe(0);
    expect(fs.readdirSync(dir)).toEqual([DATABASE_FILENAME]);
  });

  test('a file that is not SQLite is refused and left byte for byte', async () => {
    const dir = tempDir();
    const file = path.join(dir, DATABASE_FILENAME);
    const garbage = Buffer.from('this is not a database at all, just some text that someone saved here');
    fs.writeFileSync(file, garbage);
    await expect(openDatabase(dir)).rejects.toMatchObject({ code: 'DB_CORRUPT' });
    expect(fs.readFileSync(file).equals(garbage)).toBe(true);
  });

  test('a SQLite file with damaged pages is refused and left byte for byte', async () => {
    const dir = tempDir();
    const file = path.join(dir, DATABASE_FILENAME);
    const good = new Sqlite(file);
    good.exec('CREATE TABLE t (x); INSERT INTO t VALUES (1);');
    good.close();
    const bytes = fs.readFileSync(file);
    bytes.fill(0xab, 100, bytes.length); // keep the 100-byte header, wreck the pages
    fs.writeFileSync(file, bytes);
    await expect(openDatabase(dir)).rejects.toMatchObject({ code: 'DB_CORRUPT' });
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
  });

  test('a database from a newer Anishelf is refused and left byte for byte', async () => {
    const dir = tempDir();
    const file = path.join(dir, DATABASE_FILENAME);
    const newer = new Sqlite(file);
    newer.exec('CREATE TABLE future (x)');
    newer.pragma(`user_version = ${latest + 5}`);
    newer.close();
    const before = fs.readFileSync(file);
    await expect(openDatabase(dir)).rejects.toMatchObject({ code: 'DB_TOO_NEW', message: expect.stringMatching(/update Anishelf/) });
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  test('a migration that throws leaves the old version and a backup, with a clear error', async () => {
    const dir = tempDir();
    const v1 = await openDatabase(dir, { migrations: [migrations[0]!] });
    await v1.db.insertInto('library_roots').values({ path: '/kept', kind: 'library', state: 'online', added_at: 'now' }).execute();
    await v1.close();

    const broken: Migration = {
      version: 2,
      name: 'broken',
      async up(db) {
        await sql`CREATE TABLE half_done (x)`.execute(db);
        await sql`UPDATE library_roots SET path = 'changed'`.execute(db);
        throw new Error('boom');
      },
    };
    const failure = await openDatabase(dir, { migrations: [migrations[0]!, broken] }).catch((e: unknown) => e);
    expect(failure).toMatchObject({ code: 'DB_MIGRATION_FAILED', message: expect.stringMatching(/stays at schema 1.*backup/) });

    const check = new Sqlite(path.join(dir, DATABASE_FILENAME), { readonly: true });
    expect(check.pragma('user_version', { simple: true })).toBe(1);
    expect(check.prepare(`SELECT count(*) AS n FROM sqlite_master WHERE name = 'half_done'`).get()).toEqual({ n: 0 });
    expect(check.prepare('SELECT path FROM library_roots').all()).toEqual([{ path: '/kept' }]);
    check.close();

    const backups = fs.readdirSync(path.join(dir, 'backups'));
    expect(backups).toHaveLength(1);
    const backup = new Sqlite(path.join(dir, 'backups', backups[0]!), { readonly: true });
    expect(backup.prepare('SELECT path FROM library_roots').all()).toEqual([{ path: '/kept' }]);
    backup.close();
  });

  test('a data dir that cannot be written gives one clear error', async () => {
    await expect(openDatabase(unwritableDir())).rejects.toMatchObject({ code: 'DATA_DIR_READ_ONLY' });
  });

  test('integrity holds after the process is killed mid-transaction', async () => {
    const dir = tempDir();
    const { close } = await openDatabase(dir);
    await close();
    const file = path.join(dir, DATABASE_FILENAME);
    // A child opens the database, commits one row, starts a big transaction and is SIGKILLed.
    const { spawn } = await import('node:child_process');
    const script = `
      const Sqlite = require(${JSON.stringify(require.resolve('better-sqlite3'))});
      const db = new Sqlite(${JSON.stringify(file)});
      db.pragma('journal_mode = WAL');
      db.prepare("INSERT INTO library_roots (path, kind, state, added_at) VALUES ('/committed', 'library', 'online', 'now')").run();
      db.exec('BEGIN');
      const insert = db.prepare("INSERT INTO library_roots (path, kind, state, added_at) VALUES (?, 'library', 'online', 'now')");
      for (let i = 0; i < 20000; i++) insert.run('/uncommitted/' + i);
      process.stdout.write('ready\\n');
      setInterval(() => {}, 1000);
    `;
    const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve) => child.stdout.on('data', (d: Buffer) => d.toString().includes('ready') && resolve()));
    child.kill('SIGKILL');
    await new Promise((resolve) => child.on('exit', resolve));

    const reopened = await openDatabase(dir);
    expect(reopened.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(await reopened.db.selectFrom('library_roots').select('path').execute()).toEqual([{ path: '/committed' }]);
    await reopened.close();
  });
});

describe('a library another process holds locked', () => {
  // Longer than SQLite's own 5 s wait: the open waits its turn instead of failing with DB_BUSY.
  test('is waited for while that process holds it, then opened', async () => {
    const dir = tempDir();
    await (await openDatabase(dir)).close();
    const file = path.join(dir, DATABASE_FILENAME);
    const { spawn } = await import('node:child_process');
    const script = `
      const Sqlite = require(${JSON.stringify(require.resolve('better-sqlite3'))});
      const db = new Sqlite(${JSON.stringify(file)});
      db.pragma('locking_mode = EXCLUSIVE');
      db.exec('BEGIN EXCLUSIVE; COMMIT');
      process.stdout.write('holding\\n');
      setTimeout(() => { db.close(); process.exit(0); }, 7000);
    `;
    const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
    const exited = new Promise((resolve) => child.on('exit', resolve));
    await new Promise<void>((resolve) => child.stdout.on('data', (d: Buffer) => d.toString().includes('holding') && resolve()));
    const opened = await openDatabase(dir);
    expect(opened.sqlite.pragma('user_version', { simple: true })).toBe(latest);
    await opened.close();
    await exited;
  });

  test('past the wait, it is one clear DB_BUSY error', async () => {
    const dir = tempDir();
    await (await openDatabase(dir)).close();
    const holder = new Sqlite(path.join(dir, DATABASE_FILENAME));
    holder.pragma('locking_mode = EXCLUSIVE');
    holder.exec('BEGIN EXCLUSIVE; COMMIT');
    try {
      await expect(openDatabase(dir, { busyWaitMs: 0 })).rejects.toMatchObject({ code: 'DB_BUSY' });
    } finally {
      holder.close();
    }
  });
});

describe('two processes opening a new library at once', () => {
  test('a migration another connection already applied is skipped under the write lock', async () => {
    const dir = tempDir();
    const stale = await openDatabase(dir, { migrations: migrations.filter((m) => m.version <= 2) });
    const other = await openDatabase(dir); // the other process gets there first
    await other.close();
    // `stale` computed its pending list before: running schema 3 again must not fail or repeat it.
    await runMigration(stale.db, stale.sqlite, migrations.find((m) => m.version === 3)!);
    expect(stale.sqlite.pragma('user_version', { simple: true })).toBe(latest);
    await stale.close();
  });

  test('migrate it once between them; whoever comes second finds it done', async () => {
    const { spawn } = await import('node:child_process');
    const runTs = new URL('../../../bin/run-ts.js', import.meta.url).pathname;
    const opener = new URL('./testing/open-and-report.ts', import.meta.url).pathname;
    for (let round = 0; round < 2; round++) {
      const dir = tempDir();
      const runs = Array.from({ length: 3 }, () =>
        new Promise<{ code: number | null; out: string }>((resolve) => {
          const child = spawn(process.execPath, [runTs, opener, dir], { stdio: ['ignore', 'pipe', 'pipe'] });
          let out = '';
          child.stdout.on('data', (d: Buffer) => (out += d.toString()));
          child.stderr.on('data', (d: Buffer) => (out += d.toString()));
          child.on('exit', (code) => resolve({ code, out }));
        }),
      );
      for (const run of await Promise.all(runs)) expect(run).toEqual({ code: 0, out: `schema ${latest}\n` });
    }
  }, 600_000);
});
