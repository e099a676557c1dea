import { sql, type Kysely } from 'kysely';
import type { Migration } from './migration';

// What the nfo stage reads from tvshow.nfo, and whether the file could be trusted.
const statements = [
  sql`ALTER TABLE series ADD COLUMN plot TEXT`,
  sql`ALTER TABLE series ADD COLUMN premiered TEXT`,
  sql`ALTER TABLE series ADD COLUMN show_status TEXT`,
  sql`ALTER TABLE series ADD COLUMN genres TEXT NOT NULL DEFAULT '[]'`,
  sql`ALTER TABLE series ADD COLUMN studios TEXT NOT NULL DEFAULT '[]'`,
  sql`ALTER TABLE series ADD COLUMN ratings TEXT NOT NULL DEFAULT '[]'`,
  sql`ALTER TABLE series ADD COLUMN nfo_state TEXT NOT NULL DEFAULT 'missing' CHECK (nfo_state IN ('missing', 'valid', 'invalid'))`,
  sql`ALTER TABLE series ADD COLUMN nfo_problems TEXT NOT NULL DEFAULT '[]'`,
  sql`ALTER TABLE series ADD COLUMN locked INTEGER NOT NULL DEFAULT 0`,
];

export const migration0003: Migration = {
  version: 3,
  name: 'nfo metadata',
  async up(db: Kysely<any>) {
    for (const statement of statements) await statement.execute(db);
  },
};
