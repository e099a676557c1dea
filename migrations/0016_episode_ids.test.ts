import { expect, test } from 'vitest';
import { openDatabase } from '../main/core/db/open';
import { insertRootAndSeries } from '../main/core/db/testing/seed';
import { testDatabase } from '../main/core/testing/database';
import { migrations } from './index';

test('0016 adds provider_episode_id (none known yet) and keeps the stored episode lists of schema 15', async () => {
  const v15 = await testDatabase({ version: 15 });
  const series = { id: (await insertRootAndSeries(v15.db, { path: '/lib/A', title: 'A' })).seriesId };
  const list = await v15.db
    .insertInto('provider_lists')
    .values({ series_id: series.id, provider: 'tmdb', provider_id: '1396', fetched_at_ms: 1, refresh_at_ms: 2 } as never)
    .returning('id')
    .executeTakeFirstOrThrow();
  await v15.db.insertInto('provider_episodes').values({ list_id: list.id, series_id: series.id, season: 1, episode: 1, title: 'Pilot' } as never).execute();
  await v15.close();

  const v16 = await openDatabase(v15.dataDir, { migrations: migrations.filter((m) => m.version <= 16) });
  expect(v16.sqlite.pragma('user_version', { simple: true })).toBe(16);
  expect(await v16.db.selectFrom('provider_episodes').select(['season', 'episode', 'title', 'provider_episode_id']).execute()).toEqual([
    { season: 1, episode: 1, title: 'Pilot', provider_episode_id: null },
  ]);
  await v16.close();
});
