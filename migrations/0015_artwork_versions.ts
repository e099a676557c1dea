import { sql, type Kysely } from 'kysely';
import type { Migration } from './migration';

// The version (size and modification time) of each good artwork file, as JSON: the UI's artwork
// URLs carry it, so a poster replaced on disk or by "Replace artwork…" is shown at once instead
// of the copy the window already holds.
export const migration0015: Migration = {
  version: 15,
  name: 'artwork versions',
  async up(db: Kysely<any>) {
    await sql`ALTER TABLE series ADD COLUMN artwork_versions TEXT NOT NULL DEFAULT '{}'`.execute(db);
  },
};
