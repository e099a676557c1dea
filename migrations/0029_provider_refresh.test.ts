import { expect, test } from 'vitest';
import { testDatabase } from '../main/core/testing/database';
import { addOldLibrary, addOldMatch } from './testing/old-library';

test('0029 keeps every match with no refresh asked for, and the queue and the status count read the partial index', async () => {
  const v28 = await testDatabase({ version: 28 });
  const [series] = await addOldLibrary(v28.db, [{ name: 'S' }]);
  await addOldMatch(v28.db, series!);
  await v28.close();

  const v29 = await testDatabase({ dataDir: v28.dataDir, version: 29 });
  try {
    expect(v29.sqlite.pragma('user_version', { simple: true })).toBe(29);
    expect(await v29.db.selectFrom('matches').select(['provider_id', 'refresh_asked_at']).executeTakeFirstOrThrow()).toEqual({ provider_id: '1', refresh_asked_at: null });
    const plan = v29.sqlite.prepare('EXPLAIN QUERY PLAN SELECT series_id FROM matches WHERE refresh_asked_at IS NOT NULL').all() as Array<{ detail: string }>;
    expect(plan.map((p) => p.detail).join('\n')).toContain('matches_refresh_asked');
  } finally {
    await v29.close();
  }
});
