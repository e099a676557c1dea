import { expect, test } from 'vitest';
import { openDatabase } from '../main/core/db/open';
import { testDatabase } from '../main/core/testing/database';
import { migrations } from './index';

test("0025 gives episode lists their season names (not asked for yet: null) and series their NFO's named seasons ({})", async () => {
  const v24 = await testDatabase({ version: 24 });
  const root = await v24.db.insertInto('library_roots').values({ path: '/lib', kind: 'library', state: 'online', added_at: 't' }).returning('id').executeTakeFirstOrThrow();
  const series = await v24.db.insertInto('series').values({ root_id: root.id, path: '/lib/S', folder_name: 'S', title: 'S', provider_ids: '{}', added_at: 't', updated_at: 't' } as never).returning('id').executeTakeFirstOrThrow();
  await v24.db.insertInto('provider_lists').values({ series_id: series.id, provider: 'tmdb', provider_id: '1', season: null, status: 'Ended', episode_count: 1, episode_runtime: null, next_airing_episode: null, next_airing_at_ms: null, fetched_at_ms: 1, refresh_at_ms: null, actors: null } as never).execute();
  await v24.close();

  const v25 = await openDatabase(v24.dataDir, { migrations: migrations.filter((m) => m.version <= 25) });
  try {
    expect(v25.sqlite.pragma('user_version', { simple: true })).toBe(25);
    expect(await v25.db.selectFrom('provider_lists').select('season_names').executeTakeFirstOrThrow()).toEqual({ season_names: null });
    expect(await v25.db.selectFrom('series').select('nfo_named_seasons').executeTakeFirstOrThrow()).toEqual({ nfo_named_seasons: '{}' });
  } finally {
    await v25.close();
  }
});
