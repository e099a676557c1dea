import { expect, test } from 'vitest';
import { openDatabase } from '../main/core/db/open';
import { testDatabase } from '../main/core/testing/database';
import { migrations } from './index';

test('0024 gives episode lists a cast (not asked for yet: null) and series the count of their NFO\'s actors (0)', async () => {
  const v23 = await testDatabase({ version: 23 });
  const root = await v23.db.insertInto('library_roots').values({ path: '/lib', kind: 'library', state: 'online', added_at: 't' }).returning('id').executeTakeFirstOrThrow();
  const series = await v23.db.insertInto('series').values({ root_id: root.id, path: '/lib/S', folder_name: 'S', title: 'S', provider_ids: '{}', added_at: 't', updated_at: 't' } as never).returning('id').executeTakeFirstOrThrow();
  await v23.db.insertInto('provider_lists').values({ series_id: series.id, provider: 'tmdb', provider_id: '1', season: null, status: 'Ended', episode_count: 1, episode_runtime: null, next_airing_episode: null, next_airing_at_ms: null, fetched_at_ms: 1, refresh_at_ms: null } as never).execute();
  await v23.close();

  const v24 = await openDatabase(v23.dataDir, { migrations: migrations.filter((m) => m.version <= 24) });
  try {
    expect(v24.sqlite.pragma('user_version', { simple: true })).toBe(24);
    expect(await v24.db.selectFrom('provider_lists').select('actors').executeTakeFirstOrThrow()).toEqual({ actors: null });
    expect(await v24.db.selectFrom('series').select('nfo_actors').executeTakeFirstOrThrow()).toEqual({ nfo_actors: 0 });
  } finally {
    await v24.close();
  }
});
