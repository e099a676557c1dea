import { expect, test } from 'vitest';
import { openDatabase } from '../main/core/db/open';
import { testDatabase } from '../main/core/testing/database';
import { migrations } from './index';

test('0003 and 0004 add NFO and parse columns and keep the rows of schema 2', async () => {
  const v2 = await testDatabase({ version: 2 });
  const root = await v2.db.insertInto('library_roots').values({ path: '/lib', kind: 'library', state: 'online', added_at: 't' }).returning('id').executeTakeFirstOrThrow();
  const series = await v2.db
    .insertInto('series')
    .values({ root_id: root.id, path: '/lib/A', folder_name: 'A', title: 'A', provider_ids: '{"tvdb":"1"}', added_at: 't', updated_at: 't', loading_status: 'completed', has_nfo: 1 } as never)
    .returning('id')
    .executeTakeFirstOrThrow();
  await v2.db.insertInto('episodes').values({ series_id: series.id, path: '/lib/A/01.mkv', size: 5, mtime_ms: 7, season: 1, episode: 1, episodes: '[1]', absolute: '[]', special: 0 } as never).execute();
  await v2.close();

  const v4 = await openDatabase(v2.dataDir, { migrations: migrations.filter((m) => m.version <= 4) });
  expect(v4.sqlite.pragma('user_version', { simple: true })).toBe(4);
  expect(await v4.db.selectFrom('series').select(['title', 'provider_ids', 'loading_status', 'has_nfo', 'nfo_state', 'genres', 'locked', 'plot']).execute()).toEqual([
    { title: 'A', provider_ids: '{"tvdb":"1"}', loading_status: 'completed', has_nfo: 1, nfo_state: 'missing', genres: '[]', locked: 0, plot: null },
  ]);
  expect(await v4.db.selectFrom('episodes').select(['path', 'size', 'episodes', 'version', 'parsed', 'nfo_path']).execute()).toEqual([
    { path: '/lib/A/01.mkv', size: 5, episodes: '[1]', version: null, parsed: '{}', nfo_path: null },
  ]);
  await expect(v4.db.updateTable('series').set({ nfo_state: 'bogus' as never }).execute()).rejects.toThrow(/CHECK/);
  await v4.close();
});
