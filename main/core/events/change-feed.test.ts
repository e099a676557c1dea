import { expect, test } from 'vitest';
import type { CoreEvents } from '../../../shared/types';
import { addFolders } from '../library/add';
import { seriesFiles } from '../testing/core';
import { testDatabase } from '../testing/database';
import { libraryDir, writeTree } from '../testing/temp';
import { waitFor } from '../testing/wait';
import { ChangeFeed } from './change-feed';
import { EventBus } from './event-bus';

test('a burst of 10,000 transitions reaches subscribers as a few batches, with the final state', async () => {
  const { db, dataDir, close } = await testDatabase();
  const lib = libraryDir();
  writeTree(lib, seriesFiles(Object.fromEntries(Array.from({ length: 100 }, (_, i) => [`Show ${i}`, 1]))));
  const { added } = await addFolders({ db, dataDir }, [lib]);
  const bus = new EventBus();
  const feed = new ChangeFeed(db, bus, () => Promise.reject(new Error('no loader change is marked in this test')), 100);
  const batches: CoreEvents['series:changed'][] = [];
  bus.on('series:changed', (e) => batches.push(e));
  const stages = ['episodes', 'nfo', 'logo', 'images'] as const;

  const started = Date.now();
  for (let t = 0; t < 10_000; t++) {
    const series = added[t % added.length]!;
    const done = t >= 10_000 - added.length;
    await db
      .updateTable('series')
      .set(done ? { loading_status: 'completed', loading_stage: null } : { loading_status: 'loading', loading_stage: stages[t % 4]! })
      .where('id', '=', series.id)
      .execute();
    feed.series(series.id);
  }
  const elapsed = Date.now() - started;
  await feed.flushNow();
  await waitFor(() => batches.length > 0);

  // At most one batch per 100 ms of burst, plus the final flush.
  // (Measured against the burst's own duration: a busy machine makes the burst longer, not the rule looser.)
  expect(batches.length).toBeLessThanOrEqual(Math.ceil(elapsed / 100) + 2);
  const last = new Map<number, string>();
  for (const batch of batches) for (const s of batch.series) last.set(s.id, s.loadingStatus);
  expect(last.size).toBe(100);
  expect([...last.values()].every((status) => status === 'completed')).toBe(true);
  await close();
});

test('a failing subscriber does not stop the others', () => {
  const bus = new EventBus();
  const seen: number[] = [];
  bus.on('series:changed', () => {
    throw new Error('subscriber bug');
  });
  bus.on('series:changed', (e) => seen.push(e.series.length));
  bus.emit('series:changed', { series: [] });
  expect(seen).toEqual([0]);
});
