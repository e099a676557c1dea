import { sql, type Kysely } from 'kysely';
import type { Migration } from './migration';

// Whether TMDB was asked for the same show as an AniList match (TMDB's fanart and logos fill what
// AniList lacks): a match made while TMDB could not be asked (no key yet, switched off) is asked
// once it can be. Matches made before this column are asked once.
export const migration0027: Migration = {
  version: 27,
  name: 'tmdb_companion',
  async up(db: Kysely<any>) {
    await sql`ALTER TABLE matches ADD COLUMN companion_asked INTEGER NOT NULL DEFAULT 0`.execute(db);
  },
};
