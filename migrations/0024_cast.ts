import { sql, type Kysely } from 'kysely';
import type { Migration } from './migration';

// The cast a provider gives a show (TMDB's aggregate_credits, AniList's characters with their
// voice actors) comes with its episode list, so the list row keeps it (JSON, null: not asked for
// yet). The series row keeps how many <actor> its tvshow.nfo holds, read like its genres, so
// filling the cast never replaces one the user wrote.
export const migration0024: Migration = {
  version: 24,
  name: 'cast',
  async up(db: Kysely<any>) {
    await sql`ALTER TABLE provider_lists ADD COLUMN actors TEXT`.execute(db);
    await sql`ALTER TABLE series ADD COLUMN nfo_actors INTEGER NOT NULL DEFAULT 0`.execute(db);
  },
};
