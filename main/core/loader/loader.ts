import path from 'node:path';
import { chunks } from '../../../shared/chunks';
import type { LoaderStatus, LoadingStatusInfo } from '../../../shared/types';
import { DATABASE_FILENAME } from '../db/data-dir';
import { GroupCommit } from '../db/group-commit';
import type { Db } from '../db/handle';
import * as jobs from '../db/repos/jobs';
import * as seriesRepo from '../db/repos/series';
import { countAwaySeries } from '../db/repos/series-counts';
import { getSetting, setSetting } from '../db/repos/settings';
import type { JobRow, SeriesRow } from '../db/schema';
import { errnoCode, type AnishelfError } from '../errors';
import type { ChangeFeed } from '../events/change-feed';
import { toLoadingStatus } from '../library/summary';
import { queueFreshLoads, queueRetry } from './queue-again';
import { recoverInterrupted, settleJobFailure, type StopIntent } from './job-ending';
import { acquireLoaderLock, isLock, type LoaderLock, type LockHolder } from './lock';
import { LoaderFaults } from './loader-faults';
import type { Stage } from './stage';
import { STAGES } from './stage-list';
import { runStages } from './stage-runner';
import { createStageServices, type StageServices } from './stage-services';
import { WakeSignal } from '../util/wake-signal';
import { clampWorkers, DEFAULT_WORKERS, PAUSED_SETTING, WORKERS_SETTING } from './worker-settings';

import type { LoaderOptions } from './loader-options';

export type { LoaderOptions } from './loader-options';

const STOP_GRACE_MS = 1500;
/** Workers look at the queue at least this often, to see jobs another process queued. */
const IDLE_POLL_MS = 2000;

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
  private readonly db: Db;
  /** Claims and stage writes of all workers, committed together per turn of the event loop. */
  private readonly writes: GroupCommit;
  private readonly stages: readonly Stage[];
  private readonly services: StageServices;
  private readonly feed: ChangeFeed;
  private readonly now: () => Date;
  private readonly backoffMs: (attempt: number) => number;
  private readonly running = new Map<number, RunningJob>();
  private readonly wakeup = new WakeSignal({ keepsProcessUp: true });
  private readonly idleWaiters: Array<() => void> = [];
  private workerLoops: Promise<void>[] = [];
  private lock: LoaderLock | null = null;
  private stopping = false;
  private paused = false;
  private workers = DEFAULT_WORKERS;
  private completedSinceStart = 0;
  private readonly faults: LoaderFaults;

  constructor(private readonly options: LoaderOptions) {
    this.db = options.db;
    this.writes = new GroupCommit(options.db);
    this.feed = options.feed;
    this.now = options.now ?? (() => new Date());
    this.backoffMs = options.backoffMs ?? ((attempt) => 1000 * 4 ** (attempt - 1));
    this.stages = options.stages ?? STAGES;
    this.services = options.services ?? createStageServices({ db: options.db, snapshot: options.snapshot });
    this.faults = new LoaderFaults({ dataDir: options.dataDir, file: path.join(options.dataDir, DATABASE_FILENAME), ...options.faults });
  }

  /** A database fault that paused (full disk) or stopped (damaged file) the loader, or null. */
  problem(): AnishelfError | null {
    return this.faults.problem;
  }

  get isActive(): boolean {
    return this.lock !== null;
  }

  /** Whether workers have series in hand now (background filling waits for them). */
  get busy(): boolean {
    return this.running.size > 0;
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
      await recoverInterrupted(this.db, this.iso());
    } catch (err) {
      this.lock = null;
      lock.release();
      throw err;
    }
    this.services.start();
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
      await recoverInterrupted(this.db, this.iso());
    } catch {
      // Same: the next start that can write recovers.
    } finally {
      lock.release();
    }
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
    // A timer that holds the process: a stop waits on it (the clock's timers are unref'd).
    let grace: NodeJS.Timeout | undefined;
    await Promise.race([Promise.all(this.workerLoops), new Promise((resolve) => (grace = setTimeout(resolve, STOP_GRACE_MS)))]);
    clearTimeout(grace);
    this.workerLoops = [];
    await this.writes.drain();
    await this.feed.flushNow();
    await this.services.close();
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
    const row = await seriesRepo.requireSeriesRow(this.db, seriesId);
    if (row.loading_status === 'failed' || row.loading_status === 'cancelled') {
      await queueRetry(this.db, seriesId, this.iso());
      this.changed(seriesId);
      this.notify();
    }
    return this.loadingStatus(seriesId);
  }

  /** Cancels a queued or running load. */
  async cancel(seriesId: number): Promise<LoadingStatusInfo> {
    await seriesRepo.requireSeriesRow(this.db, seriesId);
    const running = this.running.get(seriesId);
    if (running) {
      this.abort(running, 'cancel');
      await running.done;
    } else if (await jobs.cancelQueuedJob(this.db, seriesId, this.iso())) {
      await seriesRepo.markEnded(this.db, seriesId, 'cancelled', null, this.iso());
      this.changed(seriesId);
    }
    return this.loadingStatus(seriesId);
  }

  /** Queues a fresh load from the first stage (what changed on disk is picked up). */
  async reload(seriesId: number): Promise<LoadingStatusInfo> {
    await seriesRepo.requireSeriesRow(this.db, seriesId);
    await this.reloadMany([seriesId]);
    return this.loadingStatus(seriesId);
  }

  /**
   * reload for many series at once (a selection in the grid), a transaction per few hundred; ids
   * no longer in the library are left out. The ids queued.
   */
  async reloadMany(seriesIds: readonly number[]): Promise<number[]> {
    const present = (await seriesRepo.getSeriesRows(this.db, seriesIds)).map((row) => row.id).sort((a, b) => a - b);
    for (const id of present) await this.forget(id);
    const flags = this.stages.map((s) => s.flag);
    for (const batch of chunks(present, 500)) {
      await queueFreshLoads(this.db, batch, flags, this.iso());
      for (const id of batch) this.changed(id);
    }
    this.notify();
    return present;
  }

  /** Stops a series' running load, before it is loaded again or removed. */
  async forget(seriesId: number): Promise<void> {
    const running = this.running.get(seriesId);
    if (running) {
      this.abort(running, 'reload');
      await running.done;
    }
  }

  async loadingStatus(seriesId: number): Promise<LoadingStatusInfo> {
    return toLoadingStatus(await seriesRepo.requireSeriesRow(this.db, seriesId));
  }

  async status(): Promise<LoaderStatus> {
    const counts = await jobs.countJobs(this.db);
    return {
      workers: this.lock ? this.workers : clampWorkers(this.options.workers ?? (await getSetting(this.db, WORKERS_SETTING, DEFAULT_WORKERS))),
      running: this.lock ? this.running.size : counts.running,
      queued: counts.queued,
      failed: await seriesRepo.countFailedSeries(this.db),
      offline: await countAwaySeries(this.db),
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
      await this.wakeup.sleep(this.faults.pollMs);
      if (!this.stopping && (await this.faults.tryResume(this.db, this.iso()))) this.notify();
      return;
    }
    if (this.paused) {
      await this.wakeup.sleep(IDLE_POLL_MS);
      return;
    }
    // One write: take the next due job and mark its series loading.
    const claimed = await this.writes.run(async (trx) => {
      const job = await jobs.claimNextJob(trx, this.now().getTime(), this.iso());
      return job ? { job, series: await seriesRepo.markLoading(trx, job.series_id, this.stages, this.iso()) } : null;
    });
    if (!claimed) {
      const due = await jobs.nextDueAt(this.db);
      if (due === null) await this.checkIdle();
      const wait = due === null ? IDLE_POLL_MS : Math.min(IDLE_POLL_MS, Math.max(0, due - this.now().getTime()));
      await this.wakeup.sleep(wait);
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
      this.changed(id);
      await runStages({
        writes: this.writes,
        deps: this.services.deps,
        stages: this.stages,
        job,
        series,
        signal: controller.signal,
        now: this.now,
        beforeStage: this.options.beforeStage,
        changed: () => this.changed(id),
      });
      this.completedSinceStart++;
      this.options.onLoaded?.(id);
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

  private settleFailure(job: JobRow, entry: RunningJob, err: unknown, seriesPath: string): Promise<void> {
    const ctx = { db: this.db, nowMs: this.now().getTime(), nowIso: this.iso(), backoffMs: this.backoffMs };
    return settleJobFailure(ctx, job, { aborted: entry.controller.signal.aborted, intent: entry.intent }, err, seriesPath);
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
