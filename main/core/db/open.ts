import fs from 'node:fs';
import path from 'node:path';
import Sqlite from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { migrations as allMigrations, type Migration } from '../../../migrations/index';
import { AnishelfError, errnoCode } from '../errors';
import { DATABASE_FILENAME } from './data-dir';
import { migrate, refuseNewerSchema } from './migrate';
import { withStatementCache } from './statement-cache';
import type { Database } from './schema';

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
}

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

/**
 * Opens (creating if needed) the library database in `dataDir` and migrates it. A zero-byte or
 * corrupt file is refused and left exactly as it is: a library is never silently recreated.
 */
export async function openDatabase(dataDir: string, options: OpenOptions = {}): Promise<OpenDatabase> {
  const migrations = options.migrations ?? allMigrations;
  ensureDataDir(dataDir);
  const file = path.join(dataDir, DATABASE_FILENAME);
  checkExistingFile(file);

  let sqlite: Sqlite.Database;
  try {
    sqlite = new Sqlite(file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  } catch (cause) {
    throw openError(file, cause);
  }
  try {
    // Read before any pragma writes the header: a damaged or newer file is refused untouched.
    sqlite.prepare('SELECT count(*) FROM sqlite_master').get();
    refuseNewerSchema(sqlite, migrations);
    sqlite.pragma('busy_timeout = 5000');
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
    throw err;
  }
  return { db, sqlite, file, close: () => db.destroy() };
}

function ensureDataDir(dataDir: string): void {
  try {
    fs.mkdirSync(dataDir, { recursive: true });
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
      throw new AnishelfError('DISK_FULL', `The disk holding ${dataDir} is full; free some space and start Anishelf again.`, { cause });
    }
    throw new AnishelfError('DATA_DIR_UNUSABLE', `Anishelf cannot use ${dataDir} as its data folder (${code ?? String(cause)}).`, { cause });
  }
}

function checkExistingFile(file: string): void {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    return; // no database yet: it is created
  }
  const recovery =
    `Anishelf left it untouched. To start a new library, move it aside (for example rename it to ` +
    `${path.basename(file)}.broken); to get your library back, copy a file from ${path.join(path.dirname(file), 'backups')} ` +
    `in its place if there is one.`;
  if (!stat.isFile()) {
    throw new AnishelfError('DB_NOT_A_FILE', `The library database ${file} is not a file. ${recovery}`);
  }
  if (stat.size === 0) {
    throw new AnishelfError('DB_EMPTY', `The library database ${file} is empty (0 bytes), probably cut off by a crash or a full disk. ${recovery}`);
  }
  const header = Buffer.alloc(SQLITE_HEADER.length);
  const fd = fs.openSync(file, 'r');
  try {
    fs.readSync(fd, header, 0, header.length, 0);
  } finally {
    fs.closeSync(fd);
  }
  if (!header.equals(SQLITE_HEADER)) {
    throw new AnishelfError('DB_CORRUPT', `The library database ${file} is not a SQLite database (it is damaged or was overwritten). ${recovery}`);
  }
}

function openError(file: string, cause: unknown): AnishelfError {
  const code = errnoCode(cause) ?? '';
  const message = cause instanceof Error ? cause.message : String(cause);
  if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB') {
    return new AnishelfError('DB_CORRUPT', `The library database ${file} is damaged (${message}). Anishelf left it untouched; move it aside to start a new library or restore a backup from the backups folder beside it.`, { cause });
  }
  if (code === 'SQLITE_READONLY' || code === 'SQLITE_CANTOPEN' || code === 'SQLITE_PERM') {
    return new AnishelfError('DATA_DIR_READ_ONLY', `Anishelf cannot open ${file} for writing (${message}); make its folder writable or choose another with --data-dir.`, { cause });
  }
  if (code === 'SQLITE_FULL') {
    return new AnishelfError('DISK_FULL', `The disk holding ${file} is full; free some space and start Anishelf again.`, { cause });
  }
  return new AnishelfError('DB_OPEN_FAILED', `Anishelf could not open its library database ${file}: ${message}.`, { kind: 'internal', cause });
}
