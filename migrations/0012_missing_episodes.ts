import { sql, type Kysely } from 'kysely';
import type { Migration } from './migration';

// The provider's episode lists per series (what is expected), the user's "not wanted" marks and
// the per-series specials switch. Lists are general (titles, plots, stills) so episode NFOs can
// be written from them too; marks are keyed by number, not by list row, so they survive a refresh.
const statements = [
  sql`CREATE TABLE provider_lists (
    id INTEGER PRIMARY KEY,
    series_id INTEGER NOT NULL REFERENCES series(id) ON DELETE CASCADE,
    provider TEXT NOT NULL CHECK (provider IN ('anilist', 'tmdb')),
    provider_id TEXT NOT NULL,
    season INTEGER,
    episode_offset INTEGER NOT NULL DEFAULT 0,
    absolute_offset INTEGER NOT NULL DEFAULT 0,
    status TEXT,
    episode_count INTEGER,
    episode_runtime INTEGER,
    next_airing_episode INTEGER,
    next_airing_at_ms INTEGER,
    fetched_at_ms INTEGER NOT NULL,
    refresh_at_ms INTEGER,
    UNIQUE (series_id, provider, provider_id)
  )`,
  sql`CREATE INDEX provider_lists_refresh ON provider_lists(refresh_at_ms)`,
  sql`CREATE TABLE provider_episodes (
    id INTEGER PRIMARY KEY,
    list_id INTEGER NOT NULL REFERENCES provider_lists(id) ON DELETE CASCADE,
    series_id INTEGER NOT NULL REFERENCES series(id) ON DELETE CASCADE,
    season INTEGER NOT NULL,
    episode INTEGER NOT NULL,
    absolute INTEGER,
    title TEXT,
    plot TEXT,
    air_date TEXT,
    airs_at_ms INTEGER,
    runtime INTEGER,
    kind TEXT NOT NULL DEFAULT 'regular' CHECK (kind IN ('regular', 'special', 'other')),
    still_url TEXT,
    UNIQUE (list_id, season, episode)
  )`,
  sql`CREATE INDEX provider_episodes_series ON provider_episodes(series_id, season, episode)`,
  sql`CREATE TABLE not_wanted (
    series_id INTEGER NOT NULL REFERENCES series(id) ON DELETE CASCADE,
    season INTEGER NOT NULL,
    episode INTEGER NOT NULL DEFAULT -1,
    marked_at TEXT NOT NULL,
    PRIMARY KEY (series_id, season, episode)
  )`,
  sql`CREATE TABLE series_settings (
    series_id INTEGER PRIMARY KEY REFERENCES series(id) ON DELETE CASCADE,
    show_specials INTEGER CHECK (show_specials IS NULL OR show_specials IN (0, 1))
  )`,
];

export const migration0012: Migration = {
  version: 12,
  name: 'missing episodes',
  async up(db: Kysely<any>) {
    for (const statement of statements) await statement.execute(db);
  },
};
