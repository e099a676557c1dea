import { expect, test } from 'vitest';
import { openDatabase } from '../main/core/db/open';
import { countAwaySeries } from '../main/core/db/repos/series-counts';
import { testDatabase } from '../main/core/testing/database';
import { migrations } from './index';

test('0023 indexes the away series: their count reads that index alone, and the other state queries keep their plans', async () => {
  const v22 = await testDatabase({ version: 22 });
  const root = await v22.db.insertInto('library_roots').values({ path: '/lib', kind: 'library', state: 'online', added_at: 't' }).returning('id').executeTakeFirstOrThrow();
  const states = ['present', 'offline', 'missing', 'present'] as const;
  await v22.db
    .insertInto('series')
    .values(states.map((state, i) => ({ root_id: root.id, path: `/lib/S${i}`, folder_name: `S${i}`, title: `S${i}`, provider_ids: '{}', added_at: 't', updated_at: 't', state })) as never)
    .execute();
  await v22.close();

  const v23 = await openDatabase(v22.dataDir, { migrations: migrations.filter((m) => m.version <= 23) });
  try {
    expect(v23.sqlite.pragma('user_version', { simple: true })).toBe(23);
    expect(await countAwaySeries(v23.db)).toBe(2);
    // As the repositories send them: the value bound to a parameter.
    const plan = (where: string, ...values: string[]) => (v23.sqlite.prepare(`EXPLAIN QUERY PLAN SELECT count(*) FROM series WHERE ${where}`).all(...values) as Array<{ detail: string }>).map((r) => r.detail).join('; ');
    expect(plan('state != ?', 'present')).toMatch(/USING COVERING INDEX series_away/);
    // The failed count stays on the loading-status index (a full index on state drew it away).
    expect(plan('loading_status = ? AND state = ?', 'failed', 'present')).toMatch(/USING INDEX series_loading_status/);
  } finally {
    await v23.close();
  }
});
