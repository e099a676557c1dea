import { sql, type Kysely } from 'kysely';
import type { Migration } from './migration';

// Watching the library: per root, how it is watched (the user's choice) and when it was last
// checked; per series, how many checks in a row found its folder gone; and the modification
// time of every watched folder, which polling and the start-up sweep compare with the disk.
const statements = [
  sql`ALTER TABLE library_roots ADD COLUMN watch_mode TEXT NOT NULL DEFAULT 'auto'`,
  sql`ALTER TABLE library_roots ADD COLUMN poll_minutes INTEGER NOT NULL DEFAULT 5`,
  sql`ALTER TABLE library_roots ADD COLUMN last_checked_at TEXT`,
  sql`ALTER TABLE series ADD COLUMN missing_checks INTEGER NOT NULL DEFAULT 0`,
  sql`CREATE TABLE folder_times (
    path TEXT PRIMARY KEY,
    root_id INTEGER NOT NULL REFERENCES library_roots(id) ON DELETE CASCADE,
    series_id INTEGER REFERENCES series(id) ON DELETE CASCADE,
    mtime_ms REAL NOT NULL
  )`,
  sql`CREATE INDEX folder_times_root ON folder_times(root_id)`,
  sql`CREATE INDEX folder_times_series ON folder_times(series_id)`,
];

export const migration0007: Migration = {
  version: 7,
  name: 'watch',
  async up(db: Kysely<any>) {
    for (const statement of statements) await statement.execute(db);
  },
};
