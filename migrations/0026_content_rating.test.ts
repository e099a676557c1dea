import { expect, test } from 'vitest';
import { openDatabase } from '../main/core/db/open';
import { testDatabase } from '../main/core/testing/database';
import { migrations } from './index';

test('0026 gives series the content rating of their NFO (none yet: null)', async () => {
  const v25 = await testDatabase({ version: 25 });
  const root = await v25.db.insertInto('library_roots').values({ path: '/lib', kind: 'library', state: 'online', added_at: 't' }).returning('id').executeTakeFirstOrThrow();
  await v25.db.insertInto('series').values({ root_id: root.id, path: '/lib/S', folder_name: 'S', title: 'S', provider_ids: '{}', added_at: 't', updated_at: 't' } as never).execute();
  await v25.close();

  const v26 = await openDatabase(v25.dataDir, { migrations: migrations.filter((m) => m.version <= 26) });
  try {
    expect(v26.sqlite.pragma('user_version', { simple: true })).toBe(26);
    expect(await v26.db.selectFrom('series').select('mpaa').executeTakeFirstOrThrow()).toEqual({ mpaa: null });
  } finally {
    await v26.close();
  }
});
