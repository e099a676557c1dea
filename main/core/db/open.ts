import fs from 'node:fs';
import path from 'node:path';
import Sqlite from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { migrations as allMigrations, type Migration } from '../../../migrations/index';
import { AnishelfError, errnoCode } from '../errors';
import { DATABASE_FILENAME } from './data-dir';
import { corruptDatabase, databaseFault, diskFull, readOnlyDatabase, recoveryAdvice } from './db-faults';
import { migrate, refuseNewerSchema } from './migrate';
import { withStatementCache } from './statement-cache';
import type { Database } from './schema';
import { makeFolderTreeSync } from '../fs/make-folder';

export interface OpenDatabase {
  db: Kysely<Database>;
  sqlite: Sqlite.Database;
  file: string;
  close(): Promise<void>;
}

export interface OpenOptions {
  migrations?: readonly Migration[];
  /** Path to a better-sqlite3 binary built for another ABI (the Electron build). */
  nativeBinding?: string;
  /** How long a zero-byte file younger than this may be another process creating it (ms). */
  initGraceMs?: number;
  /** How long a library another process holds locked is waited for before DB_BUSY (ms). */
  busyWaitMs?: number;
}

/**
 * Files up to this size (about 1,000 loaded series) get `PRAGMA quick_check` at every open. It
 * reads every page: the bench measured 8.5 s for a loaded 5,000-series library (82 MB) on a busy
 * two-core machine, too long for every command. Bigger files skip it; a damaged page met later
 * still gives the same DB_CORRUPT message, and the loader stops on it.
 */
const QUICK_CHECK_MAX_BYTES = 16 * 1024 * 1024;
const INIT_GRACE_MS = 5000;
const BUSY_WAIT_MS = 30_000;
const BUSY_RETRY_MS = 250;

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

/**
 * Opens (creating if needed) the library database in `dataDir` and migrates it. A zero-byte or
 * corrupt file is refused and left exactly as it is: a library is never silently recreated.
 */
export async function openDatabase(dataDir: string, options: OpenOptions = {}): Promise<OpenDatabase> {
  ensureDataDir(dataDir);
  const deadline = Date.now() + (options.busyWaitMs ?? BUSY_WAIT_MS);
  for (;;) {
    try {
      return await openOnce(dataDir, options);
    } catch (err) {
      // Another Anishelf opening the same library at this moment (creating it, switching it to
      // WAL, migrating it) may hold it past SQLite's own 5 s wait: its turn ends, so wait it out.
      if (!(err instanceof AnishelfError && err.code === 'DB_BUSY') || Date.now() >= deadline) throw err;
      await new Promise((resolve) => setTimeout(resolve, BUSY_RETRY_MS));
    }
  }
}

async function openOnce(dataDir: string, options: OpenOptions): Promise<OpenDatabase> {
  const migrations = options.migrations ?? allMigrations;
  const file = path.join(dataDir, DATABASE_FILENAME);
  const existed = await checkExistingFile(file, options.initGraceMs ?? INIT_GRACE_MS);

  let sqlite: Sqlite.Database;
  try {
    sqlite = new Sqlite(file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  } catch (cause) {
    throw openError(file, cause);
  }
  try {
    // Read before any pragma writes the header: a damaged or newer file is refused untouched.
    sqlite.pragma('busy_timeout = 5000');
    sqlite.prepare('SELECT count(*) FROM sqlite_master').get();
    if (existed) quickCheck(sqlite, file);
    refuseNewerSchema(sqlite, migrations);
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('synchronous = NORMAL');
  } catch (cause) {
    sqlite.close();
    throw cause instanceof AnishelfError ? cause : openError(file, cause);
  }

  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
  try {
    await migrate(db, sqlite, migrations, { backupDir: path.join(dataDir, 'backups') });
  } catch (err) {
    await db.destroy();
    throw databaseFault(err, dataDir, file) ?? err;
  }
  return { db, sqlite, file, close: () => db.destroy() };
}

function ensureDataDir(dataDir: string): void {
  try {
    makeFolderTreeSync(dataDir);
    fs.accessSync(dataDir, fs.constants.W_OK);
  } catch (cause) {
    const code = errnoCode(cause);
    if (code === 'EACCES' || code === 'EROFS' || code === 'EPERM') {
      throw new AnishelfError(
        'DATA_DIR_READ_ONLY',
        `Anishelf cannot write to its data folder ${dataDir}; make it writable or choose another with --data-dir.`,
        { cause },
      );
    }
    if (code === 'ENOSPC') {
      throw diskFull(dataDir, cause);
    }
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      // A place that takes no new folders (/proc, /sys), or a file where a folder should be.
      throw new AnishelfError('DATA_DIR_UNUSABLE', `Anishelf cannot make its data folder ${dataDir} there (${code}); choose another with --data-dir.`, { cause });
    }
    throw new AnishelfError('DATA_DIR_UNUSABLE', `Anishelf cannot use ${dataDir} as its data folder (${code ?? String(cause)}).`, { cause });
  }
}

/**
 * Refuses a file that cannot be a library database, leaving it as it is. Returns whether a file
 * was there. A zero-byte file may be another process creating the library at this moment: it
 * is waited for while it is young, and refused only when it stays empty.
 */
async function checkExistingFile(file: string, initGraceMs: number): Promise<boolean> {
  let stat = statOrNull(file);
  if (!stat) return false; // no database yet: it is created
  if (!stat.isFile()) {
    throw new AnishelfError('DB_NOT_A_FILE', `The library database ${file} is not a file. ${recoveryAdvice(file)}`);
  }
  while (stat && stat.isFile() && stat.size === 0 && !hasContentInWal(file) && Date.now() - stat.mtimeMs < initGraceMs) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    stat = statOrNull(file);
  }
  if (!stat) return false;
  if (stat.size === 0 && !hasContentInWal(file)) {
    throw new AnishelfError('DB_EMPTY', `The library database ${file} is empty (0 bytes), probably cut off by a crash or a full disk. ${recoveryAdvice(file)}`);
  }
  if (stat.size === 0) return true; // written so far only to the WAL, by the process creating it
  const header = Buffer.alloc(SQLITE_HEADER.length);
  const fd = fs.openSync(file, 'r');
  try {
    fs.readSync(fd, header, 0, header.length, 0);
  } finally {
    fs.closeSync(fd);
  }
  if (!header.equals(SQLITE_HEADER)) {
    throw new AnishelfError('DB_CORRUPT', `The library database ${file} is not a SQLite database (it is damaged or was overwritten). ${recoveryAdvice(file)}`);
  }
  try {
    fs.accessSync(file, fs.constants.W_OK);
  } catch (cause) {
    const code = errnoCode(cause);
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') throw readOnlyDatabase(file, cause);
    throw cause;
  }
  return true;
}

function statOrNull(file: string): fs.Stats | null {
  try {
    return fs.statSync(file);
  } catch {
    return null;
  }
}

function hasContentInWal(file: string): boolean {
  return (statOrNull(`${file}-wal`)?.size ?? 0) > 0;
}

/**
 * Damage beyond the first page is found at open, not halfway through a command. Bounded: very
 * large files skip it (a damaged page met later still gives the same DB_CORRUPT message).
 */
function quickCheck(sqlite: Sqlite.Database, file: string): void {
  if ((statOrNull(file)?.size ?? 0) > QUICK_CHECK_MAX_BYTES) return;
  const result = sqlite.pragma('quick_check(1)', { simple: true });
  if (result !== 'ok') throw corruptDatabase(file, new Error(String(result)));
}

function openError(file: string, cause: unknown): AnishelfError {
  const code = errnoCode(cause) ?? '';
  const message = cause instanceof Error ? cause.message : String(cause);
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') return corruptDatabase(file, cause);
  if (code.startsWith('SQLITE_READONLY')) return readOnlyDatabase(file, cause);
  if (code === 'SQLITE_CANTOPEN' || code === 'SQLITE_PERM') {
    return new AnishelfError('DATA_DIR_READ_ONLY', `Anishelf cannot open ${file} for writing (${message}); make its folder writable or choose another with --data-dir.`, { cause });
  }
  if (code === 'SQLITE_FULL') return diskFull(path.dirname(file), cause);
  const fault = databaseFault(cause, path.dirname(file), file);
  if (fault) return fault;
  return new AnishelfError('DB_OPEN_FAILED', `Anishelf could not open its library database ${file}: ${message}.`, { kind: 'internal', cause });
}
