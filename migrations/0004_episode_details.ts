import { sql, type Kysely } from 'kysely';
import type { Migration } from './migration';

// What the name parser found per file (shown in the detail panel), and the episode NFO beside it.
const statements = [
  sql`ALTER TABLE episodes ADD COLUMN version INTEGER`,
  sql`ALTER TABLE episodes ADD COLUMN special_kind TEXT`,
  sql`ALTER TABLE episodes ADD COLUMN parsed TEXT NOT NULL DEFAULT '{}'`,
  sql`ALTER TABLE episodes ADD COLUMN nfo_path TEXT`,
  sql`CREATE INDEX episodes_series_number ON episodes(series_id, season, episode)`,
];

export const migration0004: Migration = {
  version: 4,
  name: 'episode details',
  async up(db: Kysely<any>) {
    for (const statement of statements) await statement.execute(db);
  },
};
