import { expect, test } from 'vitest';
import { openDatabase } from '../main/core/db/open';
import { testDatabase } from '../main/core/testing/database';
import { migrations } from './index';

test('0022 adds the kept-out folders, one row a path, and keeps the series of schema 21', async () => {
  const v21 = await testDatabase({ version: 21 });
  const root = await v21.db.insertInto('library_roots').values({ path: '/lib', kind: 'library', state: 'online', added_at: 't' }).returning('id').executeTakeFirstOrThrow();
  await v21.db.insertInto('series').values({ root_id: root.id, path: '/lib/A', folder_name: 'A', title: 'A', provider_ids: '{}', added_at: 't', updated_at: 't' } as never).execute();
  await v21.close();

  const v22 = await openDatabase(v21.dataDir, { migrations: migrations.filter((m) => m.version <= 22) });
  expect(v22.sqlite.pragma('user_version', { simple: true })).toBe(22);
  expect(await v22.db.selectFrom('series').select('path').execute()).toEqual([{ path: '/lib/A' }]);
  await v22.db.insertInto('kept_out_folders').values({ path: '/lib/B', removed_at: 't' }).execute();
  await expect(v22.db.insertInto('kept_out_folders').values({ path: '/lib/B', removed_at: 'u' }).execute()).rejects.toThrow(/UNIQUE/);
  await v22.close();
});
