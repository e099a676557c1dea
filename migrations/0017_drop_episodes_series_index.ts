import { sql, type Kysely } from 'kysely';
import type { Migration } from './migration';

// episodes_series (series_id) repeats the leading column of episodes_series_number (series_id,
// season, episode), which answers the same lookups; every episode row written paid for both.
export const migration0017: Migration = {
  version: 17,
  name: 'drop the redundant episodes_series index',
  async up(db: Kysely<any>) {
    await sql`DROP INDEX IF EXISTS episodes_series`.execute(db);
  },
};
