import { sql, type Kysely } from 'kysely';
import type { Migration } from './migration';

// A series' names folded for the library search (accents, width, case and punctuation gone).
// The keys are made by the app when it opens the library (db/repos/series-search.ts), since
// folding needs Unicode normalisation, which SQLite does not have.
export const migration0021: Migration = {
  version: 21,
  name: 'series search key',
  async up(db: Kysely<any>) {
    await sql`ALTER TABLE series ADD COLUMN search_key TEXT NOT NULL DEFAULT ''`.execute(db);
  },
};
