import { corruptDatabase, diskFull, freeBytes, isCorrupt, MIN_FREE_BYTES } from '../db/db-faults';
import { checkpointWal, inTransaction, type Db } from '../db/handle';
import * as jobs from '../db/repos/jobs';
import * as status from '../db/repos/series';
import { AnishelfError, errnoCode } from '../errors';

export interface LoaderFaultOptions {
  dataDir: string;
  file: string;
  /** How often free space is looked at while paused for it (ms). */
  pollMs?: number;
  /** Free bytes on the disk holding a folder (injected by tests; statfs by default). */
  freeBytes?: (dir: string) => number | null;
}

/**
 * What the loader does when the database itself fails under it. A full disk pauses loading (the
 * job that hit it goes back to the queue once space is back; nothing crashes, nothing is
 * marked failed); a damaged database or any fault the loader cannot explain stops it, and the
 * reason is kept for whoever waits on the loader (`load` never reports success over it).
 */
export class LoaderFaults {
  readonly pollMs: number;
  private full: AnishelfError | null = null;
  private fatalError: AnishelfError | null = null;
  private readonly interrupted = new Map<number, number>(); // job id → series id
  private resuming: Promise<boolean> | null = null;
  private readonly freeBytes: (dir: string) => number | null;

  constructor(private readonly options: LoaderFaultOptions) {
    this.pollMs = options.pollMs ?? 2000;
    this.freeBytes = options.freeBytes ?? freeBytes;
  }

  /** The fault a user should hear about: the one that stopped the loader, else a full disk. */
  get problem(): AnishelfError | null {
    return this.fatalError ?? this.full;
  }

  get fatal(): AnishelfError | null {
    return this.fatalError;
  }

  get pausedForSpace(): boolean {
    return this.full !== null && this.fatalError === null;
  }

  /**
   * Records `err` when it is a fault of the database rather than of the series being loaded.
   * Returns 'paused' (disk full), 'fatal', or null (an ordinary failure of that series).
   */
  record(err: unknown, job?: { id: number; series_id: number }): 'paused' | 'fatal' | null {
    if (isCorrupt(err)) {
      this.fatalError ??= corruptDatabase(this.options.file, err);
      return 'fatal';
    }
    const code = errnoCode(err);
    if (code === 'SQLITE_FULL' || (code === 'ENOSPC' && !(err instanceof AnishelfError))) {
      this.full ??= diskFull(this.options.dataDir, err);
      if (job) this.interrupted.set(job.id, job.series_id);
      return 'paused';
    }
    return null;
  }

  /** Stops the loader for a fault it cannot explain (kept as a sentence, never a stack). */
  recordUnexpected(err: unknown): void {
    const message = err instanceof Error ? err.message : String(err);
    this.fatalError ??= new AnishelfError('LOADER_FAILED', `The loader stopped because of an error it did not expect: ${message}`, { kind: 'internal', cause: err });
  }

  /**
   * While paused for space: once enough is free, the interrupted jobs are queued again and the
   * pause ends (true). A write that still fails keeps the pause.
   */
  tryResume(db: Db, nowIso: string): Promise<boolean> {
    this.resuming ??= this.resume(db, nowIso).finally(() => (this.resuming = null));
    return this.resuming;
  }

  private async resume(db: Db, nowIso: string): Promise<boolean> {
    if (!this.pausedForSpace) return true;
    // The WAL only shrinks at a checkpoint; on a small disk it may be what filled it.
    await checkpointWal(db).catch(() => undefined);
    const free = this.freeBytes(this.options.dataDir);
    if (free !== null && free < MIN_FREE_BYTES) return false;
    try {
      await inTransaction(db, async (trx) => {
        for (const [jobId, seriesId] of this.interrupted) {
          await jobs.requeueJob(trx, jobId, 0, 'paused: the disk was full', nowIso);
          await status.markEnded(trx, seriesId, 'pending', null, nowIso);
        }
      });
    } catch (err) {
      if (this.record(err) === 'paused') return false;
      throw err;
    }
    this.interrupted.clear();
    this.full = null;
    return true;
  }
}
