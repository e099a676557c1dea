import fs from 'node:fs';
import path from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import { Kysely, sql } from 'kysely';
import type { Migration } from '../../../migrations/index';
import { AnishelfError } from '../errors';

export interface MigrateResult {
  from: number;
  to: number;
  backupPath: string | null;
}

/**
 * Brings the database to the newest schema. A database newer than this app is refused before
 * anything is written. Before pending migrations run on an existing database it is backed up,
 * then each migration runs in its own transaction together with its `user_version` bump, so a
 * migration that throws leaves the database at the previous version.
 */
export async function migrate(
  db: Kysely<any>,
  sqlite: BetterSqlite3.Database,
  migrations: readonly Migration[],
  options: { backupDir: string; now?: () => Date },
): Promise<MigrateResult> {
  refuseNewerSchema(sqlite, migrations);
  const from = currentVersion(sqlite);
  const latest = migrations.at(-1)?.version ?? 0;
  const pending = migrations.filter((m) => m.version > from);
  if (pending.length === 0) return { from, to: from, backupPath: null };

  const backupPath = from > 0 ? await backup(sqlite, from, options) : null;
  for (const migration of pending) {
    try {
      await runMigration(db, sqlite, migration);
    } catch (cause) {
      const reason = cause instanceof Error ? cause.message : String(cause);
      throw new AnishelfError(
        'DB_MIGRATION_FAILED',
        `Upgrading the library database to schema ${migration.version} (${migration.name}) failed: ${reason}. ` +
          `It stays at schema ${currentVersion(sqlite)}` +
          (backupPath ? `; a backup taken before the upgrade is at ${backupPath}.` : '.'),
        { kind: 'internal', cause },
      );
    }
  }
  return { from, to: latest, backupPath };
}

/**
 * One migration in its own write transaction. BEGIN IMMEDIATE takes the write lock first, and the
 * version is read again under it: when two processes open a new library at once (the app and the
 * CLI), the second finds the step done and skips it instead of running it twice.
 */
export async function runMigration(db: Kysely<any>, sqlite: BetterSqlite3.Database, migration: Migration): Promise<void> {
  await db.connection().execute(async (conn) => {
    await sql`BEGIN IMMEDIATE`.execute(conn);
    try {
      if (currentVersion(sqlite) < migration.version) {
        await migration.up(conn);
        // PRAGMA takes no bound parameters; the version is our own integer.
        await sql.raw(`PRAGMA user_version = ${Math.trunc(migration.version)}`).execute(conn);
      }
      await sql`COMMIT`.execute(conn);
    } catch (err) {
      await sql`ROLLBACK`.execute(conn).catch(() => undefined);
      throw err;
    }
  });
}

export function refuseNewerSchema(sqlite: BetterSqlite3.Database, migrations: readonly Migration[]): void {
  const version = currentVersion(sqlite);
  const latest = migrations.at(-1)?.version ?? 0;
  if (version > latest) {
    throw new AnishelfError(
      'DB_TOO_NEW',
      `The library database is from a newer Anishelf (schema ${version}, this version knows ${latest}); ` +
        'update Anishelf to open it. The file was left untouched.',
    );
  }
}

export function currentVersion(sqlite: BetterSqlite3.Database): number {
  return Number(sqlite.pragma('user_version', { simple: true }));
}

async function backup(
  sqlite: BetterSqlite3.Database,
  version: number,
  options: { backupDir: string; now?: () => Date },
): Promise<string> {
  fs.mkdirSync(options.backupDir, { recursive: true });
  const stamp = (options.now?.() ?? new Date()).toISOString().replace(/[:.]/g, '-');
  const target = path.join(options.backupDir, `anishelf-schema${version}-${stamp}.db`);
  await sqlite.backup(target);
  return target;
}
