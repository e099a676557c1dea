import { expect, test } from 'vitest';
import { openDatabase } from '../main/core/db/open';
import { testDatabase } from '../main/core/testing/database';
import { migrations } from './index';

test('0017 drops episodes_series; lookups of a series episodes use the (series, season, episode) index and rows stay', async () => {
  const v16 = await testDatabase({ version: 16 });
  const root = await v16.db.insertInto('library_roots').values({ path: '/lib', kind: 'library', state: 'online', added_at: 't' }).returning('id').executeTakeFirstOrThrow();
  const series = await v16.db
    .insertInto('series')
    .values({ root_id: root.id, path: '/lib/A', folder_name: 'A', title: 'A', provider_ids: '{}', added_at: 't', updated_at: 't' } as never)
    .returning('id')
    .executeTakeFirstOrThrow();
  await v16.db.insertInto('episodes').values({ series_id: series.id, path: '/lib/A/A - 01.mkv', size: 1, mtime_ms: 1, season: 1, episode: 1 } as never).execute();
  await v16.close();

  const v17 = await openDatabase(v16.dataDir, { migrations: migrations.filter((m) => m.version <= 17) });
  expect(v17.sqlite.pragma('user_version', { simple: true })).toBe(17);
  const indexes = (v17.sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'episodes' AND sql IS NOT NULL ORDER BY name").all() as Array<{ name: string }>).map((r) => r.name);
  expect(indexes).toEqual(['episodes_series_number']);
  const plan = (v17.sqlite.prepare('EXPLAIN QUERY PLAN SELECT id FROM episodes WHERE series_id = ?').all(series.id) as Array<{ detail: string }>).map((r) => r.detail).join(' ');
  expect(plan).toContain('USING COVERING INDEX episodes_series_number');
  expect(await v17.db.selectFrom('episodes').select(['series_id', 'path']).execute()).toEqual([{ series_id: series.id, path: '/lib/A/A - 01.mkv' }]);
  await v17.close();
});
