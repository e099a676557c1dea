import { expect, test } from 'vitest';
import { openDatabase } from '../main/core/db/open';
import { migrations } from './index';
import { testDatabase } from '../main/core/testing/database';

test('0009 adds broken_artwork and keeps the series rows as they were', async () => {
  const v4 = await testDatabase({ version: 4 });
  const root = await v4.db.insertInto('library_roots').values({ path: '/lib', kind: 'library', state: 'online', added_at: 't' }).returning('id').executeTakeFirstOrThrow();
  await v4.db
    .insertInto('series')
    .values({ root_id: root.id, path: '/lib/A', folder_name: 'A', title: 'A', provider_ids: '{}', added_at: 't', updated_at: 't', loading_status: 'completed', has_poster: 1, poster_path: '/lib/A/poster.jpg' } as never)
    .execute();
  await v4.close();

  // Up to schema 9 only: later migrations have tests of their own.
  const v9 = await openDatabase(v4.dataDir, { migrations: migrations.filter((m) => m.version <= 9) });
  expect(v9.sqlite.pragma('user_version', { simple: true })).toBe(9);
  expect(await v9.db.selectFrom('series').select(['title', 'has_poster', 'poster_path', 'loading_status', 'broken_artwork']).execute()).toEqual([
    { title: 'A', has_poster: 1, poster_path: '/lib/A/poster.jpg', loading_status: 'completed', broken_artwork: '[]' },
  ]);
  await v9.close();
});
