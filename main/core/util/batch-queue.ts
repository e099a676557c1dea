/**
 * Gathers single calls into batches for a slower channel (a worker thread): while `concurrency`
 * batches are out, new items wait and leave together, at most `maxBatch` at a time. An idle queue
 * sends an item at once, so batching costs no latency; under load one message carries many items.
 */
export interface BatchQueue<In, Out> {
  push(item: In, signal?: AbortSignal): Promise<Out>;
  /**
   * Queues many items at once, with one abort listener for all of them: each item's answer or
   * error, in their order. An abort rejects the call and takes its waiting items off the queue.
   */
  pushAll(items: readonly In[], signal?: AbortSignal): Promise<Array<Settled<Out>>>;
}

export type Settled<Out> = { ok: true; value: Out } | { ok: false; error: unknown };

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
}

export function createBatchQueue<In, Out>(options: BatchQueueOptions<In, Out>): BatchQueue<In, Out> {
  const waiting: Waiting<In, Out>[] = [];
  let running = 0;

  function settle(entry: Waiting<In, Out>, err: unknown, value?: Out): void {
    if (entry.settled) return;
    entry.settled = true;
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

  function pushAll(items: readonly In[], signal?: AbortSignal): Promise<Array<Settled<Out>>> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    if (items.length === 0) return Promise.resolve([]);
    return new Promise<Array<Settled<Out>>>((resolve, reject) => {
      const answers = new Array<Settled<Out>>(items.length);
      let left = items.length;
      const entries: Waiting<In, Out>[] = [];
      const answered = (i: number, answer: Settled<Out>) => {
        answers[i] = answer;
        if (--left > 0) return;
        signal?.removeEventListener('abort', onAbort);
        resolve(answers);
      };
      // Waiting items leave the queue; those already sent finish in their batch, unread.
      const onAbort = () => {
        const gone = new Set(entries);
        for (let i = waiting.length - 1; i >= 0; i--) if (gone.has(waiting[i]!)) waiting.splice(i, 1);
        for (const entry of entries) entry.settled = true;
        reject(signal?.reason);
      };
      items.forEach((item, i) =>
        entries.push({
          item,
          settled: false,
          resolve: (value) => answered(i, { ok: true, value }),
          reject: (error) => answered(i, { ok: false, error }),
        }),
      );
      signal?.addEventListener('abort', onAbort, { once: true });
      waiting.push(...entries);
      pump();
    });
  }

  return {
    async push(item, signal) {
      const [answer] = await pushAll([item], signal);
      if (!answer!.ok) throw answer!.error;
      return answer!.value;
    },
    pushAll,
  };
}
