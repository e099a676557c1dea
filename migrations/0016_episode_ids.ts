import { sql, type Kysely } from 'kysely';
import type { Migration } from './migration';

// The provider's own id of each expected episode (TMDB gives one per episode; AniList none): an
// episode NFO carries it as its <uniqueid>, as Kodi and the tools that read its library expect.
// Lists stored before have none until their next refresh.
export const migration0016: Migration = {
  version: 16,
  name: 'episode ids',
  async up(db: Kysely<any>) {
    await sql`ALTER TABLE provider_episodes ADD COLUMN provider_episode_id TEXT`.execute(db);
  },
};
