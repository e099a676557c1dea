import { expect, test } from 'vitest';
import { openDatabase } from '../main/core/db/open';
import { migrations } from './index';
import { testDatabase } from '../main/core/testing/database';

test('0002 adds settings and keeps the rows of schema 1', async () => {
  const v1 = await testDatabase({ version: 1 });
  const root = await v1.db.insertInto('library_roots').values({ path: '/lib', kind: 'library', state: 'online', added_at: 't' }).returning('id').executeTakeFirstOrThrow();
  await v1.db.insertInto('series').values({ root_id: root.id, path: '/lib/A', folder_name: 'A', title: 'A', provider_ids: '{}', added_at: 't', updated_at: 't', loading_status: 'failed', loading_error_code: 'EACCES' } as never).execute();
  await v1.close();

  const v2 = await openDatabase(v1.dataDir, { migrations: migrations.filter((m) => m.version <= 2) });
  expect(v2.sqlite.pragma('user_version', { simple: true })).toBe(2);
  expect(await v2.db.selectFrom('series').select(['path', 'loading_status', 'loading_error_code']).execute()).toEqual([
    { path: '/lib/A', loading_status: 'failed', loading_error_code: 'EACCES' },
  ]);
  await v2.db.insertInto('settings').values({ key: 'loader.paused', value: 'true' }).execute();
  expect(await v2.db.selectFrom('settings').selectAll().execute()).toEqual([{ key: 'loader.paused', value: 'true' }]);
  await v2.close();
});
