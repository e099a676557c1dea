import { expect, test } from 'vitest';
import { openDatabase } from '../main/core/db/open';
import { testDatabase } from '../main/core/testing/database';
import { migrations } from './index';

test('0015 adds artwork_versions (no version known yet) and keeps the series rows of schema 14', async () => {
  const v14 = await testDatabase({ version: 14 });
  const root = await v14.db.insertInto('library_roots').values({ path: '/lib', kind: 'library', state: 'online', added_at: 't' }).returning('id').executeTakeFirstOrThrow();
  await v14.db
    .insertInto('series')
    .values({ root_id: root.id, path: '/lib/A', folder_name: 'A', title: 'A', provider_ids: '{}', added_at: 't', updated_at: 't', loading_status: 'completed', has_poster: 1, images_loaded: 1 } as never)
    .execute();
  await v14.close();

  const v15 = await openDatabase(v14.dataDir, { migrations: migrations.filter((m) => m.version <= 15) });
  expect(v15.sqlite.pragma('user_version', { simple: true })).toBe(15);
  expect(await v15.db.selectFrom('series').select(['title', 'has_poster', 'images_loaded', 'loading_status', 'artwork_versions']).execute()).toEqual([
    { title: 'A', has_poster: 1, images_loaded: 1, loading_status: 'completed', artwork_versions: '{}' },
  ]);
  await v15.close();
});
