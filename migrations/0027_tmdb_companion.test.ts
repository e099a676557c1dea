import { expect, test } from 'vitest';
import { openDatabase } from '../main/core/db/open';
import { testDatabase } from '../main/core/testing/database';
import { migrations } from './index';

test('0027 marks every match as not having asked TMDB for its companion show yet', async () => {
  const v26 = await testDatabase({ version: 26 });
  const root = await v26.db.insertInto('library_roots').values({ path: '/lib', kind: 'library', state: 'online', added_at: 't' }).returning('id').executeTakeFirstOrThrow();
  const series = await v26.db.insertInto('series').values({ root_id: root.id, path: '/lib/S', folder_name: 'S', title: 'S', provider_ids: '{}', added_at: 't', updated_at: 't' } as never).returning('id').executeTakeFirstOrThrow();
  await v26.db.insertInto('matches').values({ series_id: series.id, season: null, state: 'matched', provider: 'anilist', provider_id: '1', updated_at: 't' } as never).execute();
  await v26.close();

  const v27 = await openDatabase(v26.dataDir, { migrations: migrations.filter((m) => m.version <= 27) });
  try {
    expect(v27.sqlite.pragma('user_version', { simple: true })).toBe(27);
    expect(await v27.db.selectFrom('matches').select(['provider_id', 'companion_asked']).executeTakeFirstOrThrow()).toEqual({ provider_id: '1', companion_asked: 0 });
  } finally {
    await v27.close();
  }
});
