import { sql, type Kysely } from 'kysely';
import type { Migration } from './migration';

// The content rating tvshow.nfo holds (<mpaa>), read like its status, so a rating from TMDB is
// filled in only where the file has none.
export const migration0026: Migration = {
  version: 26,
  name: 'content_rating',
  async up(db: Kysely<any>) {
    await sql`ALTER TABLE series ADD COLUMN mpaa TEXT`.execute(db);
  },
};
