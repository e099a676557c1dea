import { getEventListeners } from 'node:events';
import { describe, expect, test } from 'vitest';
import { createBatchQueue } from './batch-queue';

/** A channel that answers when told to, recording the batches it was given. */
function channel(fail: (item: number) => boolean = () => false) {
  const batches: number[][] = [];
  const answers: (() => void)[] = [];
  const run = (items: number[]) => {
    batches.push(items);
    return new Promise<number[]>((resolve, reject) => {
      answers.push(() => (items.some(fail) ? reject(new Error(`bad item in ${items.join(',')}`)) : resolve(items.map((n) => n * 10))));
    });
  };
  const answerAll = async () => {
    while (answers.length > 0) {
      answers.shift()!();
      await new Promise((r) => setImmediate(r));
    }
  };
  return { batches, run, answerAll };
}

describe('createBatchQueue', () => {
  test('an idle queue sends an item at once; items that wait leave together, in order', async () => {
    const c = channel();
    const queue = createBatchQueue({ concurrency: 1, maxBatch: 3, run: c.run });
    const results = [1, 2, 3, 4, 5, 6].map((n) => queue.push(n));
    expect(c.batches).toEqual([[1]]);
    await c.answerAll();
    expect(await Promise.all(results)).toEqual([10, 20, 30, 40, 50, 60]);
    expect(c.batches).toEqual([[1], [2, 3, 4], [5, 6]]);
  });

  test('a failed batch is tried again item by item, so only the bad item fails', async () => {
    const c = channel((n) => n === 3);
    const queue = createBatchQueue({ concurrency: 1, maxBatch: 10, run: c.run });
    const results = [1, 2, 3, 4].map((n) => queue.push(n).then((v) => ({ ok: v }), (err: Error) => ({ err: err.message })));
    await c.answerAll();
    expect(await Promise.all(results)).toEqual([{ ok: 10 }, { ok: 20 }, { err: 'bad item in 3' }, { ok: 40 }]);
    expect(c.batches).toEqual([[1], [2, 3, 4], [2], [3], [4]]);
  });

  test('an item cancelled while it waits never reaches the channel', async () => {
    const c = channel();
    const queue = createBatchQueue({ concurrency: 1, maxBatch: 10, run: c.run });
    const controller = new AbortController();
    const first = queue.push(1);
    const cancelled = queue.push(2, controller.signal);
    const third = queue.push(3);
    controller.abort(new Error('user cancelled'));
    await expect(cancelled).rejects.toThrow('user cancelled');
    await c.answerAll();
    expect([await first, await third]).toEqual([10, 30]);
    expect(c.batches).toEqual([[1], [3]]);
  });

  test('an already cancelled signal rejects without queueing', async () => {
    const c = channel();
    const queue = createBatchQueue({ concurrency: 1, maxBatch: 10, run: c.run });
    const controller = new AbortController();
    controller.abort(new Error('too late'));
    await expect(queue.push(1, controller.signal)).rejects.toThrow('too late');
    expect(c.batches).toEqual([]);
  });

  test('runs as many batches at once as its concurrency allows', async () => {
    const c = channel();
    const queue = createBatchQueue({ concurrency: 2, maxBatch: 2, run: c.run });
    const results = [1, 2, 3, 4, 5].map((n) => queue.push(n));
    expect(c.batches).toEqual([[1], [2]]);
    await c.answerAll();
    expect(await Promise.all(results)).toEqual([10, 20, 30, 40, 50]);
    expect(c.batches).toEqual([[1], [2], [3, 4], [5]]);
  });

  test('many items pushed at once leave in batches and answer in their order, a bad one with its own error', async () => {
    const c = channel((n) => n === 4);
    const queue = createBatchQueue({ concurrency: 1, maxBatch: 3, run: c.run });
    const controller = new AbortController();
    const answers = queue.pushAll([1, 2, 3, 4, 5, 6, 7], controller.signal);
    // One abort listener for the whole call, however many items it holds.
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(1);
    await c.answerAll();
    expect((await answers).map((a) => (a.ok ? a.value : (a.error as Error).message))).toEqual([10, 20, 30, 'bad item in 4', 50, 60, 70]);
    expect(c.batches).toEqual([[1, 2, 3], [4, 5, 6], [4], [5], [6], [7]]);
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
  });

  test('cancelling a call of many items takes its waiting items off the queue and leaves other callers alone', async () => {
    const c = channel();
    const queue = createBatchQueue({ concurrency: 1, maxBatch: 10, run: c.run });
    const controller = new AbortController();
    const first = queue.push(1);
    const cancelled = queue.pushAll([2, 3, 4], controller.signal);
    const last = queue.push(5);
    controller.abort(new Error('user cancelled'));
    await expect(cancelled).rejects.toThrow('user cancelled');
    await c.answerAll();
    expect([await first, await last]).toEqual([10, 50]);
    expect(c.batches).toEqual([[1], [5]]);
  });
});
