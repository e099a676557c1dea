import type Sqlite from 'better-sqlite3';
import { createWorkerPool } from '../workers/pool';

/** SQLite's own default: the main connection checkpoints by itself again when the thread fails. */
const SQLITE_DEFAULT_AUTOCHECKPOINT = 1000;
const DEFAULT_INTERVAL_MS = 1000;
/** A checkpoint that takes longer than this is a disk in trouble: the main connection takes over. */
const CHECKPOINT_TIMEOUT_MS = 60_000;

export interface CheckpointRequest {
  file: string;
  nativeBinding?: string;
  /** Closes the thread's connection (before the database is closed). */
  close?: boolean;
}

/** What `PRAGMA wal_checkpoint` answers: pages in the log, and how many are in the file now. */
export interface CheckpointResult {
  busy: number;
  log: number;
  checkpointed: number;
}

export interface BackgroundCheckpoints {
  /** Checkpoints now (tests, and before a backup); null once the main connection took over. */
  checkpointNow(): Promise<CheckpointResult | null>;
  /** Whether the thread still checkpoints (false after it failed and the main connection took over). */
  readonly active: boolean;
  stop(): Promise<void>;
}

/**
 * Moves the write-ahead-log checkpoints off the main thread. SQLite checkpoints inside the commit
 * that crosses 1,000 log pages: a copy into the database file and two fsyncs, about two thirds of
 * the cost of every commit in a bulk import, all on the thread that answers the window. Here the
 * main connection stops checkpointing (`wal_autocheckpoint = 0`) and a worker thread checkpoints
 * every `intervalMs` while something was written. If that thread fails, the main connection
 * checkpoints by itself again, so the log never grows without bound.
 */
export function startBackgroundCheckpoints(
  sqlite: Sqlite.Database,
  file: string,
  options: { nativeBinding?: string; intervalMs?: number } = {},
): BackgroundCheckpoints {
  const pool = createWorkerPool<CheckpointRequest, CheckpointResult>({
    entry: new URL('./checkpoint-worker.ts', import.meta.url),
    size: 1,
    name: 'checkpoints',
    timeoutMs: CHECKPOINT_TIMEOUT_MS,
  });
  const request: CheckpointRequest = { file, ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}) };
  let active = true;
  let running: Promise<CheckpointResult | null> | null = null;
  let writesSeen = -1;
  // The thread starts with the first checkpoint: a short command that writes nothing starts none.
  let started = false;
  sqlite.pragma('wal_autocheckpoint = 0');

  const takeOver = () => {
    if (!active) return;
    active = false;
    clearInterval(timer);
    if (sqlite.open) sqlite.pragma(`wal_autocheckpoint = ${SQLITE_DEFAULT_AUTOCHECKPOINT}`);
  };
  const checkpointNow = (): Promise<CheckpointResult | null> => {
    if (!active) return Promise.resolve(null);
    started = true;
    running ??= pool
      .run(request)
      .catch(() => {
        takeOver();
        return null;
      })
      .finally(() => (running = null));
    return running;
  };
  const timer = setInterval(() => {
    // total_changes counts this connection's writes: an idle library costs no thread wake-up.
    const writes = sqlite.open ? (sqlite.prepare('SELECT total_changes() AS n').get() as { n: number }).n : writesSeen;
    if (writes === writesSeen || running) return;
    writesSeen = writes;
    void checkpointNow();
  }, options.intervalMs ?? DEFAULT_INTERVAL_MS);
  timer.unref();

  return {
    checkpointNow,
    get active() {
      return active;
    },
    async stop() {
      clearInterval(timer);
      await running;
      if (active && started) await pool.run({ ...request, close: true }).catch(() => undefined);
      takeOver();
      await pool.close();
    },
  };
}
