import { sql, type Kysely } from 'kysely';
import type { Migration } from './migration';

/**
 * Every file Anishelf wrote into a library folder (NFOs, artwork), with a hash of its bytes: only
 * a file whose path and hash are here is Anishelf's to replace; anything else is the user's.
 * Keyed by path, not by series, so removing a series from the library does not forget it.
 */
export const migration0011: Migration = {
  version: 11,
  name: 'written_files',
  async up(db: Kysely<any>) {
    await sql`
      CREATE TABLE written_files (
        path TEXT PRIMARY KEY,
        kind TEXT NOT NULL,
        hash TEXT NOT NULL,
        size INTEGER NOT NULL,
        written_at TEXT NOT NULL
      )
    `.execute(db);
  },
};
