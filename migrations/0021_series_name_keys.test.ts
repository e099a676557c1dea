import { expect, test } from 'vitest';
import { migrations } from './index';
import { testDatabase } from '../main/core/testing/database';
import { testCore } from '../main/core/testing/core';

test('0021 adds search_key and sort_key; the app then makes the keys of a library opened by an older version', async () => {
  const v20 = await testDatabase({ version: 20 });
  const root = await v20.db.insertInto('library_roots').values({ path: '/lib', kind: 'library', state: 'online', added_at: 't' }).returning('id').executeTakeFirstOrThrow();
  const decomposed = 'Pokémon Horizons'.normalize('NFD');
  await v20.db
    .insertInto('series')
    .values([
      { root_id: root.id, path: `/lib/${decomposed}`, folder_name: decomposed, title: decomposed, provider_ids: '{}', added_at: 't', updated_at: 't', loading_status: 'completed' },
      { root_id: root.id, path: '/lib/Kaguya-sama', folder_name: 'Kaguya-sama', title: 'Kaguya-sama', original_title: 'かぐや様', provider_ids: '{}', added_at: 't', updated_at: 't', loading_status: 'completed' },
    ] as never)
    .execute();
  await v20.close();
  // The app opens it with every migration since, 0021 among them.
  expect(migrations.map((m) => m.version)).toContain(21);

  const core = await testCore({ dataDir: v20.dataDir });
  try {
    expect((await core.db.selectFrom('series').select(['search_key', 'sort_key']).orderBy('id').execute())).toEqual([
      { search_key: ' pokemon horizons ', sort_key: 'pokemon horizons' },
      { search_key: ' kaguya sama | かぐや様 ', sort_key: 'kaguya sama' },
    ]);
    expect((await core.listSeries({ search: 'pokemon' })).map((s) => s.id)).toHaveLength(1);
    expect((await core.listSeries({ search: 'sama kaguya' })).map((s) => s.id)).toHaveLength(1);
    expect((await core.listSeries({ search: 'かぐや' })).map((s) => s.id)).toHaveLength(1);
    // A voiced kana is another letter: "かくや" is not "かぐや".
    expect(await core.listSeries({ search: 'かくや' })).toEqual([]);
  } finally {
    await core.close();
  }
});
