import { sql, type Kysely } from 'kysely';
import type { Migration } from './migration';

// Series folders the user took out of the library while their library folder stays in it. A
// rescan of that library folder, or a new file in the series folder seen by the watch, would add
// them again; as Sonarr's exclusions, they stay out until the folder itself is added again.
export const migration0022: Migration = {
  version: 22,
  name: 'kept out folders',
  async up(db: Kysely<any>) {
    await sql`CREATE TABLE kept_out_folders (path TEXT PRIMARY KEY NOT NULL, removed_at TEXT NOT NULL) WITHOUT ROWID`.execute(db);
  },
};
