import { sql, type Kysely } from 'kysely';
import type { Migration } from './migration';

// Online identification: provider answers kept between runs, and what each series (and each
// season where the seasons differ) was matched to, with the evidence and the candidates.
const statements = [
  sql`CREATE TABLE provider_cache (
    provider TEXT NOT NULL,
    key TEXT NOT NULL,
    body TEXT NOT NULL,
    fetched_at_ms INTEGER NOT NULL,
    expires_at_ms INTEGER NOT NULL,
    PRIMARY KEY (provider, key)
  ) WITHOUT ROWID`,
  sql`CREATE INDEX provider_cache_expires ON provider_cache(expires_at_ms)`,
  sql`CREATE TABLE matches (
    id INTEGER PRIMARY KEY,
    series_id INTEGER NOT NULL REFERENCES series(id) ON DELETE CASCADE,
    season INTEGER,
    state TEXT NOT NULL CHECK (state IN ('matched', 'needs_review', 'unmatched', 'waiting')),
    provider TEXT CHECK (provider IN ('anilist', 'tmdb') OR provider IS NULL),
    provider_id TEXT,
    score REAL,
    source TEXT CHECK (source IN ('user', 'nfo', 'folder', 'search') OR source IS NULL),
    candidates TEXT NOT NULL DEFAULT '[]',
    cross_ids TEXT NOT NULL DEFAULT '{}',
    locked INTEGER NOT NULL DEFAULT 0,
    error TEXT,
    updated_at TEXT NOT NULL
  )`,
  // One row for the series as a whole (season NULL) and at most one per season.
  sql`CREATE UNIQUE INDEX matches_series_season ON matches(series_id, IFNULL(season, -1))`,
  sql`CREATE INDEX matches_state ON matches(state)`,
];

export const migration0008: Migration = {
  version: 8,
  name: 'identification',
  async up(db: Kysely<any>) {
    for (const statement of statements) await statement.execute(db);
  },
};
