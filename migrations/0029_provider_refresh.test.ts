import { expect, test } from 'vitest';
import { openDatabase } from '../main/core/db/open';
import { testDatabase } from '../main/core/testing/database';
import { migrations } from './index';

test('0029 keeps every match with no refresh asked for, and the queue and the status count read the partial index', async () => {
  const v28 = await testDatabase({ version: 28 });
  const root = await v28.db.insertInto('library_roots').values({ path: '/lib', kind: 'library', state: 'online', added_at: 't' }).returning('id').executeTakeFirstOrThrow();
  const series = await v28.db.insertInto('series').values({ root_id: root.id, path: '/lib/S', folder_name: 'S', title: 'S', provider_ids: '{}', added_at: 't', updated_at: 't' } as never).returning('id').executeTakeFirstOrThrow();
  await v28.db.insertInto('matches').values({ series_id: series.id, season: null, state: 'matched', provider: 'anilist', provider_id: '1', updated_at: 't' } as never).execute();
  await v28.close();

  const v29 = await openDatabase(v28.dataDir, { migrations: migrations.filter((m) => m.version <= 29) });
  try {
    expect(v29.sqlite.pragma('user_version', { simple: true })).toBe(29);
    expect(await v29.db.selectFrom('matches').select(['provider_id', 'refresh_asked_at']).executeTakeFirstOrThrow()).toEqual({ provider_id: '1', refresh_asked_at: null });
    const plan = v29.sqlite.prepare('EXPLAIN QUERY PLAN SELECT series_id FROM matches WHERE refresh_asked_at IS NOT NULL').all() as Array<{ detail: string }>;
    expect(plan.map((p) => p.detail).join('\n')).toContain('matches_refresh_asked');
  } finally {
    await v29.close();
  }
});
