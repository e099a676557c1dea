import { sql, type Kysely } from 'kysely';
import type { Migration } from './migration';

// Why the background writer could not write a series' episode NFOs (a read-only share, a full
// disk), as JSON { code, message }; null when the last fill wrote what it tried. The detail
// panel shows it, instead of the episodes staying without NFOs without a word.
export const migration0019: Migration = {
  version: 19,
  name: 'episode nfo problem',
  async up(db: Kysely<any>) {
    await sql`ALTER TABLE series ADD COLUMN episode_nfo_problem TEXT`.execute(db);
  },
};
