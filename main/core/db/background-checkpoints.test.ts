import path from 'node:path';
import { expect, test } from 'vitest';
import { testDatabase } from '../testing/database';
import { startBackgroundCheckpoints } from './background-checkpoints';
import { setSetting } from './repos/settings';

const autocheckpoint = (sqlite: { pragma(source: string, options: { simple: true }): unknown }) => sqlite.pragma('wal_autocheckpoint', { simple: true });

test('a worker thread checkpoints the log while the main connection only commits', async () => {
  const { db, sqlite, file, close } = await testDatabase();
  const checkpoints = startBackgroundCheckpoints(sqlite, file, { intervalMs: 60_000 });
  expect(autocheckpoint(sqlite)).toBe(0);
  for (let i = 0; i < 200; i++) await setSetting(db, `key-${i}`, 'x'.repeat(500));
  const result = await checkpoints.checkpointNow();
  expect(result).not.toBeNull();
  expect(result!.log).toBeGreaterThan(0);
  expect(result!.checkpointed).toBe(result!.log);
  await checkpoints.stop();
  // Closed down, the main connection checkpoints by itself again.
  expect(autocheckpoint(sqlite)).toBe(1000);
  await close();
});

test('when the thread cannot checkpoint, the main connection takes over', async () => {
  const { sqlite, dataDir, close } = await testDatabase();
  const checkpoints = startBackgroundCheckpoints(sqlite, path.join(dataDir, 'no-such.db'), { intervalMs: 60_000 });
  expect(await checkpoints.checkpointNow()).toBeNull();
  expect(checkpoints.active).toBe(false);
  expect(autocheckpoint(sqlite)).toBe(1000);
  await checkpoints.stop();
  await close();
});

test('a library opened and closed with nothing written starts no checkpoint thread', async () => {
  const { db, sqlite, file, close } = await testDatabase();
  const threads: unknown[] = [];
  const count = (worker: unknown) => threads.push(worker);
  process.on('worker', count);
  try {
    const idle = startBackgroundCheckpoints(sqlite, file, { intervalMs: 60_000 });
    await idle.stop();
    expect(threads).toHaveLength(0);
    // Once something is checkpointed, the thread is there, and stopping closes its connection.
    const busy = startBackgroundCheckpoints(sqlite, file, { intervalMs: 60_000 });
    await setSetting(db, 'key', 'value');
    expect(await busy.checkpointNow()).not.toBeNull();
    await busy.stop();
    expect(threads).toHaveLength(1);
  } finally {
    process.off('worker', count);
    await close();
  }
});
