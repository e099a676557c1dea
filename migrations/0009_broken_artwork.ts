import { sql, type Kysely } from 'kysely';
import type { Migration } from './migration';

// Artwork files that are present but not a readable image (a 3-byte poster.jpg, an HTML error
// page saved as fanart.jpg): a JSON array of kinds, so the UI can say "Poster broken".
export const migration0009: Migration = {
  version: 9,
  name: 'broken artwork',
  async up(db: Kysely<any>) {
    await sql`ALTER TABLE series ADD COLUMN broken_artwork TEXT NOT NULL DEFAULT '[]'`.execute(db);
  },
};
