import { expect, test } from 'vitest';
import { openDatabase } from '../main/core/db/open';
import { insertRootAndSeries } from '../main/core/db/testing/seed';
import { testDatabase } from '../main/core/testing/database';

test('0012 adds episode lists, not-wanted marks and series settings, keeping the rows before it', async () => {
  const before = await testDatabase({ version: 11 });
  const series = { id: (await insertRootAndSeries(before.db, { path: '/lib/A', title: 'A', providerIds: '{"anilist":"21001"}' })).seriesId };
  await before.db.insertInto('episodes').values({ series_id: series.id, path: '/lib/A/01.mkv', size: 5, mtime_ms: 7, season: 1, episode: 1, episodes: '[1]', absolute: '[]', special: 0 } as never).execute();
  await before.close();

  const after = await openDatabase(before.dataDir);
  const { db } = after;
  expect(after.sqlite.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(12);
  expect(await db.selectFrom('episodes').select(['path', 'episodes']).execute()).toEqual([{ path: '/lib/A/01.mkv', episodes: '[1]' }]);

  const list = await db
    .insertInto('provider_lists')
    .values({ series_id: series.id, provider: 'anilist', provider_id: '21001', season: 1, status: 'FINISHED', episode_count: 12, episode_runtime: 24, next_airing_episode: null, next_airing_at_ms: null, fetched_at_ms: 1, refresh_at_ms: 2 })
    .returning(['id', 'episode_offset', 'absolute_offset'])
    .executeTakeFirstOrThrow();
  expect(list).toMatchObject({ episode_offset: 0, absolute_offset: 0 });
  await db.insertInto('provider_episodes').values({ list_id: list.id, series_id: series.id, season: 1, episode: 1, absolute: 1, title: 'One', plot: null, air_date: '2024-04-06', airs_at_ms: null, runtime: 24, still_url: null }).execute();
  expect(await db.selectFrom('provider_episodes').select(['title', 'kind']).execute()).toEqual([{ title: 'One', kind: 'regular' }]);
  await db.insertInto('not_wanted').values({ series_id: series.id, season: 1, marked_at: 't' }).execute();
  expect(await db.selectFrom('not_wanted').select(['season', 'episode']).execute()).toEqual([{ season: 1, episode: -1 }]);
  await db.insertInto('series_settings').values({ series_id: series.id, show_specials: 1 }).execute();

  await expect(db.insertInto('provider_lists').values({ series_id: series.id, provider: 'tvdb' as never, provider_id: '1', season: null, status: null, episode_count: null, episode_runtime: null, next_airing_episode: null, next_airing_at_ms: null, fetched_at_ms: 1, refresh_at_ms: null }).execute()).rejects.toThrow(/CHECK/);
  await expect(db.updateTable('provider_episodes').set({ kind: 'trailer' as never }).execute()).rejects.toThrow(/CHECK/);
  await expect(db.insertInto('not_wanted').values({ series_id: series.id, season: 1, marked_at: 't' }).execute()).rejects.toThrow(/UNIQUE|PRIMARY/);

  // Removing a series from the library takes its lists, marks and settings with it.
  await db.deleteFrom('series').where('id', '=', series.id).execute();
  for (const table of ['provider_lists', 'provider_episodes', 'not_wanted', 'series_settings'] as const) {
    expect(await db.selectFrom(table).selectAll().execute(), table).toEqual([]);
  }
  await after.close();
});
