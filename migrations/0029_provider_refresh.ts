import { sql, type Kysely } from 'kysely';
import type { Migration } from './migration';

// "Refresh from provider" for the whole library (after a change of title language, say): each
// series-level match records when a refresh was asked for, and the network queue works the asks
// off at the providers' pace, across restarts. The partial index holds only the series asked for
// (usually none), so the queue's look and the status count read nothing else.
export const migration0029: Migration = {
  version: 29,
  name: 'provider_refresh',
  async up(db: Kysely<any>) {
    await sql`ALTER TABLE matches ADD COLUMN refresh_asked_at TEXT`.execute(db);
    await sql`CREATE INDEX matches_refresh_asked ON matches(series_id) WHERE refresh_asked_at IS NOT NULL`.execute(db);
  },
};
