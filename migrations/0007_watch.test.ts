import { expect, test } from 'vitest';
import { openDatabase } from '../main/core/db/open';
import { testDatabase } from '../main/core/testing/database';
import { migrations } from './index';

test('0007 adds watch settings, missing counts and folder times, keeping the rows of schema 4', async () => {
  const v4 = await testDatabase({ version: 4 });
  const root = await v4.db.insertInto('library_roots').values({ path: '/lib', kind: 'library', state: 'offline', added_at: 't', last_seen_at: 't' } as never).returning('id').executeTakeFirstOrThrow();
  await v4.db.insertInto('series').values({ root_id: root.id, path: '/lib/A', folder_name: 'A', title: 'A', provider_ids: '{"anilist":"1"}', added_at: 't', updated_at: 't', loading_status: 'completed', state: 'offline', locked: 1 } as never).execute();
  await v4.close();

  const v7 = await openDatabase(v4.dataDir, { migrations: migrations.filter((m) => m.version <= 7) });
  expect(v7.sqlite.pragma('user_version', { simple: true })).toBe(7);
  expect(await v7.db.selectFrom('library_roots').select(['path', 'state', 'watch_mode', 'poll_minutes', 'last_checked_at']).execute()).toEqual([
    { path: '/lib', state: 'offline', watch_mode: 'auto', poll_minutes: 5, last_checked_at: null },
  ]);
  const series = await v7.db.selectFrom('series').select(['id', 'path', 'state', 'provider_ids', 'locked', 'missing_checks']).executeTakeFirstOrThrow();
  expect(series).toMatchObject({ path: '/lib/A', state: 'offline', provider_ids: '{"anilist":"1"}', locked: 1, missing_checks: 0 });

  await v7.db.insertInto('folder_times').values([
    { path: '/lib', root_id: root.id, series_id: null, mtime_ms: 1.5 },
    { path: '/lib/A', root_id: root.id, series_id: series.id, mtime_ms: 2 },
  ]).execute();
  // Folder times go with their series (and root): rows only, never files.
  await v7.db.deleteFrom('series').where('id', '=', series.id).execute();
  expect(await v7.db.selectFrom('folder_times').select('path').execute()).toEqual([{ path: '/lib' }]);
  await v7.close();
});
