import { sql, type Kysely } from 'kysely';
import type { Migration } from './migration';

/**
 * When the network queue last fetched a series' missing artwork, for which match
 * ("tmdb:1396", "anilist:21"), and why it has to try again (a JSON { code, message }, null when
 * it went through). A new match fetches again; a failed attempt waits before the next one.
 */
export const migration0014: Migration = {
  version: 14,
  name: 'artwork fetch',
  async up(db: Kysely<any>) {
    await sql`ALTER TABLE series ADD COLUMN artwork_fetched_for TEXT`.execute(db);
    await sql`ALTER TABLE series ADD COLUMN artwork_fetched_at TEXT`.execute(db);
    await sql`ALTER TABLE series ADD COLUMN artwork_error TEXT`.execute(db);
  },
};
