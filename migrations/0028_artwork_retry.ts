import { sql, type Kysely } from 'kysely';
import type { Migration } from './migration';

// Until now a series whose matched provider could not be asked (a TMDB id with no TMDB key yet)
// was recorded as fetched for its match, though nothing was asked, and never tried again. Those
// with no artwork at all are asked once more; the attempt now records only what could be asked.
export const migration0028: Migration = {
  version: 28,
  name: 'artwork_retry',
  async up(db: Kysely<any>) {
    await sql`UPDATE series SET artwork_fetched_for = NULL
      WHERE artwork_fetched_for IS NOT NULL AND artwork_fetched_for != '' AND has_poster = 0 AND has_fanart = 0 AND has_logo = 0`.execute(db);
  },
};
