import type { Worker } from 'node:worker_threads';
import { AnishelfError } from '../errors';
import type { WorkerErrorInfo, WorkerReady, WorkerReply } from './protocol';
import { spawnWorker } from './spawn';

export interface WorkerPoolOptions {
  /** The worker module: TypeScript source (started through tsx) or a built .js / .mjs file. */
  entry: URL;
  /** Most workers alive at once. Workers start when work arrives. */
  size: number;
  /** Names the threads and appears in errors. */
  name?: string;
  /**
   * A job running longer than this ends its worker (it is replaced) and fails with WORKER_TIMEOUT.
   * Counted from when the worker is ready (its code loaded), so a slow start-up does not count.
   */
  timeoutMs?: number;
  /** Heap cap per worker; a worker that exceeds it is replaced and its job fails. */
  maxMemoryMb?: number;
  /**
   * Jobs handed to one worker at a time (default 1). With 2, the next job already waits in the
   * worker when it answers one, so it goes on without waiting for this thread to read the answer.
   * Only for handlers that answer in order (synchronous ones): when a worker dies, the first of
   * its jobs fails and the others, not started yet, go back to the queue.
   */
  depth?: number;
}

export interface WorkerPool<In, Out> {
  /** Runs one message on the next free worker; rejects if the worker fails or the pool closes. */
  run(message: In, options?: { signal?: AbortSignal }): Promise<Out>;
  /** Stops all workers; queued and running calls reject with WORKER_POOL_CLOSED. */
  close(): Promise<void>;
}

interface Job {
  id: number;
  message: unknown;
  settled: boolean;
  resolve(value: unknown): void;
  reject(err: unknown): void;
  cleanup(): void;
}

interface Slot {
  worker: Worker;
  /** Handed to the worker, oldest (the one running) first. */
  jobs: Job[];
  timer: NodeJS.Timeout | null;
  /** Whether the worker said it has loaded its code and listens (serveWorker says so). */
  ready: boolean;
  /** Why the worker is going away, when we know better than its exit code. */
  failure: Error | null;
}

/** Threads stopped for a timeout that may still be stuck, beyond which the pool starts no more. */
const MAX_STUCK = 4;

/**
 * A small pool of worker threads, one job per worker at a time (or `depth`). Idle workers do
 * not keep the process alive. A worker that crashes, runs out of memory or times out fails only its own job
 * and is replaced by a fresh one when more work arrives.
 */
export function createWorkerPool<In, Out>(options: WorkerPoolOptions): WorkerPool<In, Out> {
  const name = options.name ?? 'worker';
  const size = Math.max(1, Math.floor(options.size));
  const depth = Math.max(1, Math.floor(options.depth ?? 1));
  const queue: Job[] = [];
  const slots = new Set<Slot>();
  let nextId = 1;
  let closed = false;
  /** Workers stopped after a timeout whose threads have not ended yet. */
  let stuck = 0;

  function settle(job: Job, err: unknown, value?: unknown): void {
    if (job.settled) return;
    job.settled = true;
    job.cleanup();
    if (err === undefined) job.resolve(value);
    else job.reject(err);
  }

  function spawn(): Slot {
    const worker = spawnWorker(options.entry, { name, ...(options.maxMemoryMb ? { maxMemoryMb: options.maxMemoryMb } : {}) });
    const slot: Slot = { worker, jobs: [], timer: null, ready: false, failure: null };
    worker.on('message', (reply: WorkerReply | WorkerReady) => {
      if ('ready' in reply) {
        slot.ready = true;
        if (slot.jobs.length > 0) startTimer(slot);
        return;
      }
      const index = slot.jobs.findIndex((j) => j.id === reply.id);
      if (index < 0) return;
      const job = slot.jobs.splice(index, 1)[0]!;
      // The clock starts again for the job the worker goes on with.
      stopTimer(slot);
      if (slot.jobs.length > 0) startTimer(slot);
      else slot.worker.unref();
      // The next job is sent before this one's caller runs, so the worker is fed first.
      pump();
      if (reply.ok) settle(job, undefined, reply.value);
      else settle(job, rebuildError(reply.error));
    });
    worker.on('error', (err) => {
      slot.failure ??= crashError(name, err.message, err);
    });
    worker.on('exit', (code) => {
      if (slots.has(slot)) {
        retire(slot, slot.failure ?? crashError(name, `it stopped with exit code ${code}`));
        return;
      }
      // A thread stopped for a timeout has ended at last: room for a fresh one.
      stuck--;
      pump();
    });
    slots.add(slot);
    return slot;
  }

  /** Takes a worker out of the pool: its running job fails with `failure`, the jobs behind it go to another. */
  function retire(slot: Slot, failure: Error): void {
    slots.delete(slot);
    stopTimer(slot);
    const [job, ...waiting] = slot.jobs.splice(0);
    // Jobs behind the one running never started: a fresh worker takes them.
    if (!closed) queue.unshift(...waiting.filter((j) => !j.settled));
    else for (const j of waiting) settle(j, slot.failure ?? closedError(name));
    if (job) settle(job, failure);
    pump();
  }

  function stopTimer(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
  }

  function assign(slot: Slot, job: Job): void {
    slot.jobs.push(job);
    slot.worker.ref();
    if (slot.ready) startTimer(slot);
    slot.worker.postMessage({ id: job.id, message: job.message });
  }

  function startTimer(slot: Slot): void {
    if (options.timeoutMs && !slot.timer) {
      slot.timer = setTimeout(() => {
        slot.failure = new AnishelfError(
          'WORKER_TIMEOUT',
          `A background ${name} task took longer than ${options.timeoutMs} ms and was stopped; try again.`,
          { kind: 'internal' },
        );
        // A thread stuck in a system call (a share that stopped answering) cannot stop before the
        // call returns, so it is not waited for: its job fails now and a fresh worker takes the
        // next ones. At most MAX_STUCK such threads: past that, jobs wait for one to end.
        stuck++;
        slot.worker.unref();
        void slot.worker.terminate();
        retire(slot, slot.failure);
      }, options.timeoutMs);
    }
  }

  /** A worker with nothing to do, else a new one, else one with room behind its running job. */
  function freeSlot(): Slot | undefined {
    let roomy: Slot | undefined;
    for (const slot of slots) {
      if (slot.failure) continue;
      if (slot.jobs.length === 0) return slot;
      if (!roomy && slot.jobs.length < depth) roomy = slot;
    }
    return slots.size < size && stuck < MAX_STUCK ? spawn() : roomy;
  }

  function pump(): void {
    while (!closed && queue.length > 0) {
      const slot = freeSlot();
      if (!slot) return;
      assign(slot, queue.shift()!);
    }
  }

  return {
    run(message, runOptions = {}) {
      if (closed) return Promise.reject(closedError(name));
      const { signal } = runOptions;
      if (signal?.aborted) return Promise.reject(signal.reason);
      return new Promise<Out>((resolve, reject) => {
        const job: Job = {
          id: nextId++,
          message,
          settled: false,
          resolve: resolve as (value: unknown) => void,
          reject,
          cleanup: () => signal?.removeEventListener('abort', onAbort),
        };
        // A queued job leaves the queue; a running one finishes in its worker, unread.
        const onAbort = () => {
          const index = queue.indexOf(job);
          if (index >= 0) queue.splice(index, 1);
          settle(job, signal?.reason);
        };
        signal?.addEventListener('abort', onAbort, { once: true });
        queue.push(job);
        pump();
      });
    },
    async close() {
      closed = true;
      for (const job of queue.splice(0)) settle(job, closedError(name));
      await Promise.all(
        [...slots].map((slot) => {
          slot.failure = closedError(name);
          // An idle worker is unref'd; close awaits its exit, so it must hold the process until
          // then, or a process whose last work is this close ends with it unsettled (exit 13).
          slot.worker.ref();
          return slot.worker.terminate();
        }),
      );
    },
  };
}

function crashError(name: string, reason: string, cause?: unknown): AnishelfError {
  return new AnishelfError(
    'WORKER_CRASHED',
    `A background ${name} task stopped unexpectedly (${reason}); try again, and report it if it keeps happening.`,
    { kind: 'internal', cause },
  );
}

function closedError(name: string): AnishelfError {
  return new AnishelfError('WORKER_POOL_CLOSED', `The ${name} workers have been stopped because Anishelf is shutting down.`, {
    kind: 'internal',
  });
}

function rebuildError(info: WorkerErrorInfo): Error {
  if (info.code) return new AnishelfError(info.code, info.message, { kind: info.kind ?? 'internal' });
  const err = new Error(info.message);
  err.name = info.name;
  return err;
}
