import { expect, test } from 'vitest';
import { openDatabase } from '../main/core/db/open';
import { migrations } from './index';
import { testDatabase } from '../main/core/testing/database';

test('0008 adds provider_cache and matches and keeps the rows of schema 4', async () => {
  const v4 = await testDatabase({ version: 4 });
  const root = await v4.db.insertInto('library_roots').values({ path: '/lib', kind: 'library', state: 'online', added_at: 't' }).returning('id').executeTakeFirstOrThrow();
  const series = await v4.db
    .insertInto('series')
    .values({ root_id: root.id, path: '/lib/A', folder_name: 'A', title: 'A', provider_ids: '{"anilist":"21"}', added_at: 't', updated_at: 't', loading_status: 'completed' } as never)
    .returning('id')
    .executeTakeFirstOrThrow();
  await v4.close();

  // Up to schema 8 only: later migrations have tests of their own.
  const v8 = await openDatabase(v4.dataDir, { migrations: migrations.filter((m) => m.version <= 8) });
  expect(v8.sqlite.pragma('user_version', { simple: true })).toBe(8);
  expect(await v8.db.selectFrom('series').select(['title', 'provider_ids', 'loading_status']).execute()).toEqual([{ title: 'A', provider_ids: '{"anilist":"21"}', loading_status: 'completed' }]);

  await v8.db.insertInto('matches').values({ series_id: series.id, season: null, state: 'matched', provider: 'anilist', provider_id: '21', score: 1, source: 'nfo', updated_at: 't' }).execute();
  await v8.db.insertInto('matches').values({ series_id: series.id, season: 2, state: 'needs_review', provider: 'anilist', provider_id: '22', score: 0.7, source: 'search', updated_at: 't' }).execute();
  expect(await v8.db.selectFrom('matches').select(['season', 'state', 'candidates', 'cross_ids', 'locked']).orderBy('id').execute()).toEqual([
    { season: null, state: 'matched', candidates: '[]', cross_ids: '{}', locked: 0 },
    { season: 2, state: 'needs_review', candidates: '[]', cross_ids: '{}', locked: 0 },
  ]);
  // One series-wide match per series, one per season; states and sources are checked.
  await expect(v8.db.insertInto('matches').values({ series_id: series.id, season: null, state: 'unmatched', updated_at: 't' }).execute()).rejects.toThrow(/UNIQUE/);
  await expect(v8.db.insertInto('matches').values({ series_id: series.id, season: 3, state: 'bogus' as never, updated_at: 't' }).execute()).rejects.toThrow(/CHECK/);
  await v8.db.insertInto('provider_cache').values({ provider: 'anilist', key: 'search:a', body: '[]', fetched_at_ms: 1, expires_at_ms: 2 }).execute();
  // Removing the series removes its matches; the cache is not tied to series.
  await v8.db.deleteFrom('series').execute();
  expect(await v8.db.selectFrom('matches').selectAll().execute()).toEqual([]);
  expect(await v8.db.selectFrom('provider_cache').select('key').execute()).toEqual([{ key: 'search:a' }]);
  await v8.close();
});
