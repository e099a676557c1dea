import { sql, type Kysely } from 'kysely';
import type { Migration } from './migration';

const statements = [
  sql`CREATE TABLE library_roots (
    id INTEGER PRIMARY KEY,
    path TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL CHECK (kind IN ('library', 'series')),
    state TEXT NOT NULL DEFAULT 'online' CHECK (state IN ('online', 'offline')),
    added_at TEXT NOT NULL,
    last_seen_at TEXT
  )`,
  sql`CREATE TABLE series (
    id INTEGER PRIMARY KEY,
    root_id INTEGER REFERENCES library_roots(id) ON DELETE CASCADE,
    path TEXT NOT NULL UNIQUE,
    folder_name TEXT NOT NULL,
    title TEXT NOT NULL,
    sort_title TEXT,
    original_title TEXT,
    year INTEGER,
    season_hint INTEGER,
    provider_ids TEXT NOT NULL DEFAULT '{}',
    has_nfo INTEGER NOT NULL DEFAULT 0,
    has_poster INTEGER NOT NULL DEFAULT 0,
    has_logo INTEGER NOT NULL DEFAULT 0,
    has_fanart INTEGER NOT NULL DEFAULT 0,
    nfo_path TEXT,
    poster_path TEXT,
    logo_path TEXT,
    fanart_path TEXT,
    video_count INTEGER NOT NULL DEFAULT 0,
    state TEXT NOT NULL DEFAULT 'present' CHECK (state IN ('present', 'offline', 'missing')),
    loading_status TEXT NOT NULL DEFAULT 'pending'
      CHECK (loading_status IN ('pending', 'loading', 'completed', 'failed', 'cancelled')),
    loading_stage TEXT CHECK (loading_stage IS NULL OR loading_stage IN ('episodes', 'nfo', 'logo', 'images')),
    episodes_loaded INTEGER NOT NULL DEFAULT 0,
    nfo_loaded INTEGER NOT NULL DEFAULT 0,
    logo_loaded INTEGER NOT NULL DEFAULT 0,
    images_loaded INTEGER NOT NULL DEFAULT 0,
    loading_started_at TEXT,
    loading_completed_at TEXT,
    loading_error_code TEXT,
    loading_error TEXT,
    added_at TEXT NOT NULL,
    scanned_at TEXT,
    updated_at TEXT NOT NULL
  )`,
  sql`CREATE INDEX series_root ON series(root_id)`,
  sql`CREATE INDEX series_loading_status ON series(loading_status)`,
  sql`CREATE TABLE episodes (
    id INTEGER PRIMARY KEY,
    series_id INTEGER NOT NULL REFERENCES series(id) ON DELETE CASCADE,
    path TEXT NOT NULL UNIQUE,
    size INTEGER NOT NULL,
    mtime_ms INTEGER NOT NULL,
    season INTEGER,
    episode INTEGER,
    episodes TEXT NOT NULL DEFAULT '[]',
    absolute TEXT NOT NULL DEFAULT '[]',
    special INTEGER NOT NULL DEFAULT 0,
    title TEXT
  )`,
  sql`CREATE INDEX episodes_series ON episodes(series_id)`,
  sql`CREATE TABLE jobs (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    series_id INTEGER NOT NULL REFERENCES series(id) ON DELETE CASCADE,
    state TEXT NOT NULL CHECK (state IN ('queued', 'running', 'done', 'failed', 'cancelled')),
    attempts INTEGER NOT NULL DEFAULT 0,
    next_run_at_ms INTEGER NOT NULL DEFAULT 0,
    error TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  )`,
  // The loader's invariant: at most one queued-or-running job per (kind, series).
  sql`CREATE UNIQUE INDEX jobs_one_active ON jobs(kind, series_id) WHERE state IN ('queued', 'running')`,
  sql`CREATE INDEX jobs_queue ON jobs(state, next_run_at_ms, id)`,
  sql`CREATE INDEX jobs_series ON jobs(series_id)`,
];

export const migration0001: Migration = {
  version: 1,
  name: 'initial',
  async up(db: Kysely<any>) {
    for (const statement of statements) await statement.execute(db);
  },
};
