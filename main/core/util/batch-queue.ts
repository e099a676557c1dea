/**
 * Gathers single calls into batches for a slower channel (a worker thread): while `concurrency`
 * batches are out, new items wait and leave together, at most `maxBatch` at a time. An idle queue
 * sends an item at once, so batching costs no latency; under load one message carries many items.
 */
export interface BatchQueue<In, Out> {
  push(item: In, signal?: AbortSignal): Promise<Out>;
}

export interface BatchQueueOptions<In, Out> {
  concurrency: number;
  maxBatch: number;
  /** Answers a batch in order, one result per item; a rejection fails the whole batch. */
  run(items: In[]): Promise<Out[]>;
}

interface Waiting<In, Out> {
  item: In;
  settled: boolean;
  resolve(value: Out): void;
  reject(err: unknown): void;
  cleanup(): void;
}

export function createBatchQueue<In, Out>(options: BatchQueueOptions<In, Out>): BatchQueue<In, Out> {
  const waiting: Waiting<In, Out>[] = [];
  let running = 0;

  function settle(entry: Waiting<In, Out>, err: unknown, value?: Out): void {
    if (entry.settled) return;
    entry.settled = true;
    entry.cleanup();
    if (err === undefined) entry.resolve(value as Out);
    else entry.reject(err);
  }

  async function runBatch(batch: Waiting<In, Out>[]): Promise<void> {
    try {
      const results = await options.run(batch.map((e) => e.item));
      batch.forEach((entry, i) => settle(entry, undefined, results[i]));
    } catch (err) {
      if (batch.length === 1) {
        settle(batch[0]!, err);
        return;
      }
      // One bad item (a hostile file that kills its worker) must not fail the others: each is
      // tried again on its own, so only the bad one fails.
      for (const entry of batch) {
        if (entry.settled) continue;
        try {
          settle(entry, undefined, (await options.run([entry.item]))[0]);
        } catch (single) {
          settle(entry, single);
        }
      }
    }
  }

  function pump(): void {
    while (running < options.concurrency && waiting.length > 0) {
      const batch = waiting.splice(0, options.maxBatch);
      running++;
      void runBatch(batch).finally(() => {
        running--;
        pump();
      });
    }
  }

  return {
    push(item, signal) {
      if (signal?.aborted) return Promise.reject(signal.reason);
      return new Promise<Out>((resolve, reject) => {
        const entry: Waiting<In, Out> = {
          item,
          settled: false,
          resolve,
          reject,
          cleanup: () => signal?.removeEventListener('abort', onAbort),
        };
        // A waiting item leaves the queue; one already sent finishes in its batch, unread.
        const onAbort = () => {
          const index = waiting.indexOf(entry);
          if (index >= 0) waiting.splice(index, 1);
          settle(entry, signal?.reason);
        };
        signal?.addEventListener('abort', onAbort, { once: true });
        waiting.push(entry);
        pump();
      });
    },
  };
}
