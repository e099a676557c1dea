import { expect, test } from 'vitest';
import { OneAtATime } from './one-at-a-time';

function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

test('tasks of one key run one after another in order; other keys run alongside; a failure does not stop the next', async () => {
  const queue = new OneAtATime<number>();
  const log: string[] = [];
  const releaseFirst = gate();
  const first = queue.run(1, async () => {
    log.push('1a start');
    await releaseFirst.opened;
    log.push('1a end');
    throw new Error('1a failed');
  });
  const second = queue.run(1, async () => {
    log.push('1b');
    return 'b';
  });
  // Key 2 does not wait for key 1's first task.
  expect(await queue.run(2, async () => (log.push('2'), 'two'))).toBe('two');
  expect(log).toEqual(['1a start', '2']);
  releaseFirst.open();
  await expect(first).rejects.toThrow('1a failed');
  expect(await second).toBe('b');
  expect(log).toEqual(['1a start', '2', '1a end', '1b']);
  // Nothing is kept for a key once its last task is done.
  await new Promise((resolve) => setImmediate(resolve));
  expect(queue.busyKeys).toBe(0);
});
