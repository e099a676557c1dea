import { sql, type Kysely } from 'kysely';
import type { Migration } from './migration';

// Series are looked up by folder name when a folder is added: a library folder found at a new
// place (library/moved-root.ts), a series moved between library folders. Without an index each
// add of a dropped folder read every series row.
export const migration0020: Migration = {
  version: 20,
  name: 'series folder name index',
  async up(db: Kysely<any>) {
    await sql`CREATE INDEX IF NOT EXISTS series_folder_name ON series(folder_name)`.execute(db);
  },
};
