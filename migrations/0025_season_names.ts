import { sql, type Kysely } from 'kysely';
import type { Migration } from './migration';

// Providers name some seasons (TMDB's "The Final Season", an AniList sequel's "Yuukaku-hen"); the
// list row keeps those names (JSON by season number, null: none), and the series row keeps the names
// its tvshow.nfo holds (<namedseason>), read like its genres, so filling one never replaces a name
// the user wrote.
export const migration0025: Migration = {
  version: 25,
  name: 'season_names',
  async up(db: Kysely<any>) {
    await sql`ALTER TABLE provider_lists ADD COLUMN season_names TEXT`.execute(db);
    await sql`ALTER TABLE series ADD COLUMN nfo_named_seasons TEXT NOT NULL DEFAULT '{}'`.execute(db);
  },
};
