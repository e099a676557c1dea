import { expect, test } from 'vitest';
import { openDatabase } from '../main/core/db/open';
import { testDatabase } from '../main/core/testing/database';
import { migrations } from './index';

test('0014 adds the artwork fetch columns and keeps the series rows of schema 12', async () => {
  const v12 = await testDatabase({ version: 12 });
  const root = await v12.db.insertInto('library_roots').values({ path: '/lib', kind: 'library', state: 'online', added_at: 't' }).returning('id').executeTakeFirstOrThrow();
  await v12.db
    .insertInto('series')
    .values({ root_id: root.id, path: '/lib/A', folder_name: 'A', title: 'A', provider_ids: '{"tmdb":"1"}', added_at: 't', updated_at: 't', loading_status: 'completed', has_poster: 1, images_loaded: 1 } as never)
    .execute();
  await v12.close();

  const v14 = await openDatabase(v12.dataDir, { migrations: migrations.filter((m) => m.version <= 14) });
  expect(v14.sqlite.pragma('user_version', { simple: true })).toBe(14);
  const rows = await v14.db.selectFrom('series').select(['title', 'has_poster', 'images_loaded', 'artwork_fetched_for', 'artwork_fetched_at', 'artwork_error']).execute();
  expect(rows).toEqual([{ title: 'A', has_poster: 1, images_loaded: 1, artwork_fetched_for: null, artwork_fetched_at: null, artwork_error: null }]);
  await v14.db.updateTable('series').set({ artwork_fetched_for: 'tmdb:1', artwork_fetched_at: 'u', artwork_error: '{"code":"X","message":"m"}' }).execute();
  expect(await v14.db.selectFrom('series').select(['artwork_fetched_for', 'artwork_error']).executeTakeFirst()).toEqual({ artwork_fetched_for: 'tmdb:1', artwork_error: '{"code":"X","message":"m"}' });
  await v14.close();
});
