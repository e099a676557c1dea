import { sql, type Kysely } from 'kysely';
import type { Migration } from './migration';

// A series' names folded for the library search (accents, width, case and punctuation gone),
// and its title as it sorts (without a leading article, numbers in order). The keys are made by
// the app when it opens the library (db/repos/series-name-keys.ts): folding needs Unicode
// normalisation, which SQLite does not have.
export const migration0021: Migration = {
  version: 21,
  name: 'series name keys',
  async up(db: Kysely<any>) {
    await sql`ALTER TABLE series ADD COLUMN search_key TEXT NOT NULL DEFAULT ''`.execute(db);
    await sql`ALTER TABLE series ADD COLUMN sort_key TEXT NOT NULL DEFAULT ''`.execute(db);
  },
};
