import { expect, test } from 'vitest';
import { openDatabase } from '../main/core/db/open';
import { testDatabase } from '../main/core/testing/database';
import { migrations } from './index';

test('0011 adds written_files and keeps the rows of schema 4', async () => {
  const v4 = await testDatabase({ version: 4 });
  const root = await v4.db.insertInto('library_roots').values({ path: '/lib', kind: 'library', state: 'online', added_at: 't' }).returning('id').executeTakeFirstOrThrow();
  const series = await v4.db
    .insertInto('series')
    .values({ root_id: root.id, path: '/lib/A', folder_name: 'A', title: 'A', provider_ids: '{"tmdb":"1"}', added_at: 't', updated_at: 't', loading_status: 'completed', has_poster: 1 } as never)
    .returning('id')
    .executeTakeFirstOrThrow();
  await v4.db.insertInto('episodes').values({ series_id: series.id, path: '/lib/A/01.mkv', size: 5, mtime_ms: 7, season: 1, episode: 1, episodes: '[1]', absolute: '[]', special: 0, nfo_path: '/lib/A/01.nfo' } as never).execute();
  await v4.close();

  const v11 = await openDatabase(v4.dataDir, { migrations: migrations.filter((m) => m.version <= 11) });
  expect(v11.sqlite.pragma('user_version', { simple: true })).toBe(11);
  expect(await v11.db.selectFrom('series').select(['title', 'provider_ids', 'has_poster']).execute()).toEqual([{ title: 'A', provider_ids: '{"tmdb":"1"}', has_poster: 1 }]);
  expect(await v11.db.selectFrom('episodes').select(['path', 'nfo_path']).execute()).toEqual([{ path: '/lib/A/01.mkv', nfo_path: '/lib/A/01.nfo' }]);
  const row = { path: '/lib/A/poster.jpg', kind: 'poster', hash: 'ab', size: 2, written_at: 't' };
  await v11.db.insertInto('written_files').values(row).execute();
  expect(await v11.db.selectFrom('written_files').selectAll().execute()).toEqual([row]);
  // One row per path.
  await expect(v11.db.insertInto('written_files').values(row).execute()).rejects.toThrow(/UNIQUE/);
  await v11.close();
});
