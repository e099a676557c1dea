import { sql, type Kysely } from 'kysely';
import type { Migration } from './migration';

// What the last read of a series folder could not read (a locked season folder, a file whose
// name is not valid UTF-8), as JSON [{ path, code }]: the detail panel lists them, instead of the
// episodes going missing without a word.
export const migration0018: Migration = {
  version: 18,
  name: 'unreadable paths',
  async up(db: Kysely<any>) {
    await sql`ALTER TABLE series ADD COLUMN unreadable_paths TEXT NOT NULL DEFAULT '[]'`.execute(db);
  },
};
