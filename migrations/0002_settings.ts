import { sql, type Kysely } from 'kysely';
import type { Migration } from './migration';

// Settings the user changes and that must survive a restart (loader.workers, loader.paused…).
export const migration0002: Migration = {
  version: 2,
  name: 'settings',
  async up(db: Kysely<any>) {
    await sql`CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)`.execute(db);
  },
};
