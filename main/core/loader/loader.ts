import path from 'node:path';
import type { Kysely } from 'kysely';
import { LOADING_STAGES, type LoaderStatus, type LoadingStage, type LoadingStatusInfo } from '../../../shared/types';
import { DATABASE_FILENAME } from '../db/data-dir';
import type { Database, JobRow, SeriesRow, SeriesUpdate } from '../db/schema';
import { errnoCode, type AnishelfError } from '../errors';
import type { ChangeFeed } from '../events/change-feed';
import { requireSeriesRow } from '../library/series-repo';
import { getSetting, setSetting } from '../settings/settings-repo';
import { describeFailure, isTransient } from './classify-error';
import * as jobs from './job-queue-repo';
import { acquireLoaderLock, isLock, type LoaderLock, type LockHolder } from './lock';
import { LoaderFaults, type LoaderFaultOptions } from './loader-faults';
import * as status from './series-status-repo';
import { asyncFsOps } from '../media/fs-ops';
import { createNfoReader, type NfoReader } from '../nfo';
import { snapshotFolder, type SnapshotFn } from '../scan/folder-snapshot';
import { createSnapshotPool, type SnapshotPool } from '../scan/snapshot-pool';
import { stageRunners, type StageContext } from './stages';
import { Wakeup } from './wakeup';

export const WORKERS_SETTING = 'loader.workers';
export const PAUSED_SETTING = 'loader.paused';
export const DEFAULT_WORKERS = 5;
const MAX_ATTEMPTS = 3;
const STOP_GRACE_MS = 1500;
/** Workers look at the queue at least this often, to see jobs another process queued. */
const IDLE_POLL_MS = 2000;

export interface LoaderOptions {
  db: Kysely<Database>;
  dataDir: string;
  feed: ChangeFeed;
  /** Overrides the `loader.workers` setting (1–16). */
  workers?: number;
  now?: () => Date;
  /** Delay before retry number `attempt` (1-based) of a transient failure. */
  backoffMs?: (attempt: number) => number;
  /** Reads series folders; by default a pool of worker threads started with the loader. */
  snapshot?: SnapshotFn;
  /** Called as each stage starts; lets tracing and tests observe or hold a stage. */
  beforeStage?: (seriesId: number, stage: LoadingStage, signal: AbortSignal) => Promise<void>;
  /** The better-sqlite3 binary in use (the Electron build in the desktop app), for the lock file. */
  nativeBinding?: string;
  /** Free-space polling while paused for a full disk (tests inject both). */
  faults?: Pick<LoaderFaultOptions, 'pollMs' | 'freeBytes'>;
}

type StopIntent = 'cancel' | 'reload' | 'stop';

interface RunningJob {
  controller: AbortController;
  intent: StopIntent | null;
  done: Promise<void>;
}

/**
 * The background loader: N workers take persisted jobs in order and run each series' stages,
 * recording every step in SQLite so a crash loses nothing. One process per library runs it.
 */
export class Loader {
  private readonly db: Kysely<Database>;
  private readonly feed: ChangeFeed;
  private readonly now: () => Date;
  private readonly backoffMs: (attempt: number) => number;
  private readonly running = new Map<number, RunningJob>();
  private readonly wakeup = new Wakeup();
  private readonly idleWaiters: Array<() => void> = [];
  private workerLoops: Promise<void>[] = [];
  private lock: LoaderLock | null = null;
  private pool: SnapshotPool | null = null;
  private reader: NfoReader | null = null;
  private stopping = false;
  private paused = false;
  private workers = DEFAULT_WORKERS;
  private completedSinceStart = 0;
  private readonly faults: LoaderFaults;

  constructor(private readonly options: LoaderOptions) {
    this.db = options.db;
    this.feed = options.feed;
    this.now = options.now ?? (() => new Date());
    this.backoffMs = options.backoffMs ?? ((attempt) => 1000 * 4 ** (attempt - 1));
    this.feed.setLoaderStatusSource(() => this.status());
    this.faults = new LoaderFaults({ dataDir: options.dataDir, file: path.join(options.dataDir, DATABASE_FILENAME), ...options.faults });
  }

  /** A database fault that paused (full disk) or stopped (damaged file) the loader, or null. */
  problem(): AnishelfError | null {
    return this.faults.problem;
  }

  get isActive(): boolean {
    return this.lock !== null;
  }

  /**
   * Starts the workers. Returns the other process's lock when another Anishelf already loads
   * this library (then nothing starts; jobs queued here are picked up there).
   */
  async start(): Promise<LockHolder | null> {
    if (this.lock) return null;
    const lock = acquireLoaderLock(this.options.dataDir, this.lockOptions());
    if (!isLock(lock)) return lock;
    this.lock = lock;
    this.stopping = false;
    this.wakeup.setClosed(false);
    this.workers = clampWorkers(this.options.workers ?? (await getSetting(this.db, WORKERS_SETTING, DEFAULT_WORKERS)));
    this.paused = await getSetting(this.db, PAUSED_SETTING, false);
    try {
      await this.recoverInterrupted();
    } catch (err) {
      this.lock = null;
      lock.release();
      throw err;
    }
    if (!this.options.snapshot) this.pool = createSnapshotPool();
    this.workerLoops = Array.from({ length: this.workers }, () => this.workerLoop());
    this.feed.loader();
    return null;
  }

  /**
   * Makes the stored status true after a crash or a kill, before anything reads it: when no
   * process runs this library's loader, jobs left `running` are queued again and series left
   * `loading` are pending. A library that cannot be written now is left for the next start.
   */
  async recoverIfOrphaned(): Promise<void> {
    if (this.lock) return;
    let lock: LoaderLock | LockHolder;
    try {
      lock = acquireLoaderLock(this.options.dataDir, { ...this.lockOptions(), waitMs: 0 });
    } catch {
      return; // a read-only or full data folder: commands that only read still work
    }
    if (!isLock(lock)) return;
    try {
      await this.recoverInterrupted();
    } catch {
      // Same: the next start that can write recovers.
    } finally {
      lock.release();
    }
  }

  // Resume after a crash or kill: what was running is queued again and redone from its stage.
  private async recoverInterrupted(): Promise<void> {
    const counts = await jobs.countJobs(this.db);
    const loading = await this.db.selectFrom('series').select('id').where('loading_status', '=', 'loading').limit(1).executeTakeFirst();
    if (counts.running === 0 && !loading) return;
    const iso = this.iso();
    await this.db.transaction().execute(async (trx) => {
      await jobs.requeueRunningJobs(trx, iso);
      await status.resetInterruptedSeries(trx, iso);
    });
  }

  private lockOptions(): { nativeBinding?: string } {
    return this.options.nativeBinding ? { nativeBinding: this.options.nativeBinding } : {};
  }

  /** Stops within about 2 s: running stages are aborted and their jobs queued for the next start. */
  async stop(): Promise<void> {
    if (!this.lock) return;
    this.stopping = true;
    for (const job of this.running.values()) this.abort(job, 'stop');
    this.wakeup.setClosed(true);
    await Promise.race([Promise.all(this.workerLoops), delay(STOP_GRACE_MS)]);
    this.workerLoops = [];
    await this.feed.flushNow();
    await this.pool?.close();
    this.pool = null;
    await this.reader?.close();
    this.reader = null;
    this.lock.release();
    this.lock = null;
    this.resolveIdle();
  }

  /** Wakes the workers: new jobs were queued. */
  notify(): void {
    this.wakeup.wake();
    this.feed.loader();
  }

  async pause(): Promise<LoaderStatus> {
    this.paused = true;
    await setSetting(this.db, PAUSED_SETTING, true);
    this.feed.loader();
    return this.status();
  }

  async resume(): Promise<LoaderStatus> {
    this.paused = false;
    await setSetting(this.db, PAUSED_SETTING, false);
    this.wakeup.wake();
    this.feed.loader();
    return this.status();
  }

  async isPaused(): Promise<boolean> {
    return this.lock ? this.paused : getSetting(this.db, PAUSED_SETTING, false);
  }

  /** Queues a failed or cancelled series again; completed stages are not redone. */
  async retry(seriesId: number): Promise<LoadingStatusInfo> {
    const row = await requireSeriesRow(this.db, seriesId);
    if (row.loading_status === 'failed' || row.loading_status === 'cancelled') {
      await this.db.transaction().execute(async (trx) => {
        await jobs.clearEndedJobs(trx, seriesId);
        await jobs.queueLoadJobs(trx, [seriesId], this.iso());
        await status.markEnded(trx, seriesId, 'pending', null, this.iso());
      });
      this.changed(seriesId);
      this.notify();
    }
    return this.loadingStatus(seriesId);
  }

  /** Cancels a queued or running load. */
  async cancel(seriesId: number): Promise<LoadingStatusInfo> {
    await requireSeriesRow(this.db, seriesId);
    const running = this.running.get(seriesId);
    if (running) {
      this.abort(running, 'cancel');
      await running.done;
    } else if (await jobs.cancelQueuedJob(this.db, seriesId, this.iso())) {
      await status.markEnded(this.db, seriesId, 'cancelled', null, this.iso());
      this.changed(seriesId);
    }
    return this.loadingStatus(seriesId);
  }

  /** Queues a fresh load from the first stage (what changed on disk is picked up). */
  async reload(seriesId: number): Promise<LoadingStatusInfo> {
    await requireSeriesRow(this.db, seriesId);
    const running = this.running.get(seriesId);
    if (running) {
      this.abort(running, 'reload');
      await running.done;
    }
    await this.db.transaction().execute(async (trx) => {
      await jobs.clearEndedJobs(trx, seriesId);
      await status.resetForReload(trx, seriesId, this.iso());
      await jobs.queueLoadJobs(trx, [seriesId], this.iso());
    });
    this.changed(seriesId);
    this.notify();
    return this.loadingStatus(seriesId);
  }

  /** Stops the load of a series that is being removed; its rows go with it. */
  async forget(seriesId: number): Promise<void> {
    const running = this.running.get(seriesId);
    if (running) {
      this.abort(running, 'reload');
      await running.done;
    }
  }

  async loadingStatus(seriesId: number): Promise<LoadingStatusInfo> {
    return status.toLoadingStatus(await requireSeriesRow(this.db, seriesId));
  }

  async status(): Promise<LoaderStatus> {
    const counts = await jobs.countJobs(this.db);
    return {
      workers: this.lock ? this.workers : clampWorkers(this.options.workers ?? (await getSetting(this.db, WORKERS_SETTING, DEFAULT_WORKERS))),
      running: this.lock ? this.running.size : counts.running,
      queued: counts.queued,
      failed: await status.countFailedSeries(this.db),
      paused: await this.isPaused(),
      completedSinceStart: this.completedSinceStart,
      active: this.lock !== null,
    };
  }

  /** Resolves once nothing is queued or running (used by `anishelf load` and tests). */
  whenIdle(): Promise<void> {
    return new Promise((resolve) => {
      this.idleWaiters.push(resolve);
      void this.checkIdle();
    });
  }

  private async workerLoop(): Promise<void> {
    while (!this.stopping) {
      try {
        await this.workerStep();
      } catch (err) {
        this.fault(err);
      }
    }
  }

  private async workerStep(): Promise<void> {
    if (this.faults.pausedForSpace) {
      await this.wakeup.wait(this.faults.pollMs);
      if (!this.stopping && (await this.faults.tryResume(this.db, this.iso()))) this.notify();
      return;
    }
    if (this.paused) {
      await this.wakeup.wait(IDLE_POLL_MS);
      return;
    }
    // One transaction: take the next due job and mark its series loading.
    const claimed = await this.db.transaction().execute(async (trx) => {
      const job = await jobs.claimNextJob(trx, this.now().getTime(), this.iso());
      return job ? { job, series: await status.markLoading(trx, job.series_id, this.iso()) } : null;
    });
    if (!claimed) {
      const due = await jobs.nextDueAt(this.db);
      if (due === null) await this.checkIdle();
      const wait = due === null ? IDLE_POLL_MS : Math.min(IDLE_POLL_MS, Math.max(0, due - this.now().getTime()));
      await this.wakeup.wait(wait);
      return;
    }
    await this.runJob(claimed.job, claimed.series);
  }

  private async runJob(job: JobRow, series: SeriesRow | undefined): Promise<void> {
    const controller = new AbortController();
    let finish!: () => void;
    const entry: RunningJob = { controller, intent: null, done: new Promise((resolve) => (finish = resolve)) };
    this.running.set(job.series_id, entry);
    this.feed.loader();
    const id = job.series_id;
    let seriesPath = String(id);
    try {
      if (!series) {
        await jobs.finishJob(this.db, job.id); // the series was removed meanwhile
        return;
      }
      seriesPath = series.path;
      // Stages finished before a crash or a failed attempt are not redone.
      const todo = LOADING_STAGES.filter((stage) => series[status.STAGE_FLAG[stage]] !== 1);
      this.changed(id);
      const ctx: StageContext = {
        db: this.db, series, signal: controller.signal, now: this.now, snapshot: this.snapshot(),
        media: null, hasEpisodeNfos: true, bookkeeping: {}, readNfo: (file, options) => this.nfoReader().read(file, options),
      };
      let pending: SeriesUpdate | null = null; // quick stages' results, written together
      const write = async (update: SeriesUpdate | null, last: boolean) => {
        await this.db.transaction().execute(async (trx) => {
          if (update) await trx.updateTable('series').set(update).where('id', '=', id).execute();
          if (last) await jobs.finishJob(trx, job.id);
        });
        this.changed(id);
      };
      for (const [i, stage] of todo.entries()) {
        const next = todo[i + 1] ?? null;
        const runner = stageRunners[stage];
        controller.signal.throwIfAborted();
        if (pending && runner.waits(ctx)) {
          await write(pending, false);
          pending = null;
        }
        await this.options.beforeStage?.(id, stage, controller.signal);
        ctx.bookkeeping = status.stageDoneColumns(stage, next, this.iso());
        const found = await runner.run(ctx);
        if (found) {
          controller.signal.throwIfAborted();
          pending = { ...(pending ?? {}), ...found, ...ctx.bookkeeping };
        }
        if (next === null) await write(pending, true);
      }
      if (todo.length === 0) {
        await this.db.transaction().execute(async (trx) => {
          await status.markCompleted(trx, id, this.iso());
          await jobs.finishJob(trx, job.id);
        });
      }
      this.completedSinceStart++;
    } catch (err) {
      // A full disk or a damaged database is not this series' failure: it pauses or stops the loader.
      if (!this.fault(err, job)) await this.settleFailure(job, entry, err, seriesPath).catch((e: unknown) => this.fault(e, job));
    } finally {
      this.running.delete(id);
      this.changed(id);
      finish();
      void this.checkIdle();
    }
  }

  private async settleFailure(job: JobRow, entry: RunningJob, err: unknown, seriesPath: string): Promise<void> {
    const id = job.series_id;
    const iso = this.iso();
    if (entry.controller.signal.aborted) {
      if (entry.intent === 'cancel') {
        await jobs.endJob(this.db, job.id, 'cancelled', null, iso);
        await status.markEnded(this.db, id, 'cancelled', null, iso);
      } else if (entry.intent === 'reload') {
        await jobs.finishJob(this.db, job.id);
      } else {
        // Stopping: hand the job back so the next start redoes the interrupted stage.
        await jobs.requeueJob(this.db, job.id, 0, 'interrupted by shutdown', iso);
        await status.markEnded(this.db, id, 'pending', null, iso);
      }
      return;
    }
    const failure = describeFailure(err, seriesPath);
    if (isTransient(err) && job.attempts < MAX_ATTEMPTS) {
      await jobs.requeueJob(this.db, job.id, this.now().getTime() + this.backoffMs(job.attempts), failure.message, iso);
      await status.markEnded(this.db, id, 'pending', failure, iso);
      return;
    }
    await jobs.endJob(this.db, job.id, 'failed', failure.message, iso);
    await status.markEnded(this.db, id, 'failed', failure, iso);
  }

  /**
   * Handles a database fault: a full disk pauses every worker until space is back; anything
   * else that escapes a worker stops the loader with its reason. Returns whether `err` was one.
   */
  private fault(err: unknown, job?: JobRow): boolean {
    let kind = this.faults.record(err, job);
    if (kind === null && job) return false;
    if (kind === null && errnoCode(err)?.startsWith('SQLITE_BUSY')) return true; // another writer held on: the next step retries
    if (kind === null) {
      this.faults.recordUnexpected(err);
      kind = 'fatal';
    }
    if (kind === 'fatal') {
      this.stopping = true;
      for (const running of this.running.values()) this.abort(running, 'stop');
      this.wakeup.setClosed(true);
      this.resolveIdle();
    }
    this.feed.loader();
    return true;
  }

  private abort(job: RunningJob, intent: StopIntent): void {
    job.intent ??= intent;
    job.controller.abort(new Error(`load ${intent}`));
  }

  /** NFOs are read in worker threads, started on first use and stopped with the loader. */
  private nfoReader(): NfoReader {
    this.reader ??= createNfoReader({ size: 1 });
    return this.reader;
  }

  private snapshot(): SnapshotFn {
    const fallback: SnapshotFn = (request) => snapshotFolder(request, asyncFsOps);
    return this.options.snapshot ?? this.pool?.snapshot ?? fallback;
  }

  private changed(seriesId: number): void {
    this.feed.series(seriesId);
    this.feed.loader();
  }

  private async checkIdle(): Promise<void> {
    if (this.idleWaiters.length === 0) return;
    if (this.lock && this.running.size > 0) return;
    const counts = await jobs.countJobs(this.db).catch((err: unknown) => {
      this.fault(err);
      return { queued: 0, running: 0 };
    });
    if (counts.queued + counts.running > 0 && this.lock && !this.stopping) return;
    this.resolveIdle();
  }

  private resolveIdle(): void {
    for (const resolve of this.idleWaiters.splice(0)) resolve();
  }

  private iso(): string {
    return this.now().toISOString();
  }
}

export function clampWorkers(n: number): number {
  return Number.isFinite(n) ? Math.min(16, Math.max(1, Math.trunc(n))) : DEFAULT_WORKERS;
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref?.());
}
