import { expect, test } from 'vitest';
import { openDatabase } from '../main/core/db/open';
import { testDatabase } from '../main/core/testing/database';
import { migrations } from './index';

test('0028 asks again for the artwork of series recorded as fetched with none of it on disk, and only those', async () => {
  const v27 = await testDatabase({ version: 27 });
  const root = await v27.db.insertInto('library_roots').values({ path: '/lib', kind: 'library', state: 'online', added_at: 't' }).returning('id').executeTakeFirstOrThrow();
  const series = (name: string, fetchedFor: string | null, hasPoster: number) =>
    ({ root_id: root.id, path: `/lib/${name}`, folder_name: name, title: name, provider_ids: '{}', added_at: 't', updated_at: 't', artwork_fetched_for: fetchedFor, has_poster: hasPoster }) as never;
  await v27.db.insertInto('series').values([series('Bare', 'tmdb:1408', 0), series('Dressed', 'tmdb:1396', 1), series('Unmatched', null, 0)]).execute();
  await v27.close();

  const v28 = await openDatabase(v27.dataDir, { migrations: migrations.filter((m) => m.version <= 28) });
  try {
    expect(v28.sqlite.pragma('user_version', { simple: true })).toBe(28);
    const rows = await v28.db.selectFrom('series').select(['title', 'artwork_fetched_for']).orderBy('title').execute();
    expect(rows).toEqual([
      { title: 'Bare', artwork_fetched_for: null },
      { title: 'Dressed', artwork_fetched_for: 'tmdb:1396' },
      { title: 'Unmatched', artwork_fetched_for: null },
    ]);
  } finally {
    await v28.close();
  }
});
