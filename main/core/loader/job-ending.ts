import { inTransaction, type Db } from '../db/handle';
import * as jobs from '../db/repos/jobs';
import { anyLoading, markEnded, resetInterruptedSeries } from '../db/repos/series';
import type { JobRow } from '../db/schema';
import { describeFailure, isTransient } from './classify-error';

export const MAX_ATTEMPTS = 3;

/** Why a running job was stopped from outside, if it was. */
export type StopIntent = 'cancel' | 'reload' | 'stop';

export interface JobEndingContext {
  db: Db;
  nowMs: number;
  nowIso: string;
  /** Delay before retry number `attempt` (1-based) of a transient failure. */
  backoffMs: (attempt: number) => number;
}

/**
 * Records how a job that did not finish ends: cancelled, handed back (reload, shutdown), queued
 * again after a transient error (at most MAX_ATTEMPTS tries, with backoff), or failed with its
 * error on the series. A failure never stops the other workers.
 */
export async function settleJobFailure(ctx: JobEndingContext, job: JobRow, stopped: { aborted: boolean; intent: StopIntent | null }, err: unknown, seriesPath: string): Promise<void> {
  const { db, nowIso: iso } = ctx;
  const id = job.series_id;
  if (stopped.aborted) {
    if (stopped.intent === 'cancel') {
      await jobs.endJob(db, job.id, 'cancelled', null, iso);
      await markEnded(db, id, 'cancelled', null, iso);
    } else if (stopped.intent === 'reload') {
      await jobs.finishJob(db, job.id);
    } else {
      // Stopping: hand the job back so the next start redoes the interrupted stage.
      await jobs.requeueJob(db, job.id, 0, 'interrupted by shutdown', iso);
      await markEnded(db, id, 'pending', null, iso);
    }
    return;
  }
  const failure = describeFailure(err, seriesPath);
  if (isTransient(err) && job.attempts < MAX_ATTEMPTS) {
    await jobs.requeueJob(db, job.id, ctx.nowMs + ctx.backoffMs(job.attempts), failure.message, iso);
    await markEnded(db, id, 'pending', failure, iso);
    return;
  }
  await jobs.endJob(db, job.id, 'failed', failure.message, iso);
  await markEnded(db, id, 'failed', failure, iso);
}

/** After a crash or a kill: what was left running is queued again and redone from its stage. */
export async function recoverInterrupted(db: Db, nowIso: string): Promise<void> {
  const counts = await jobs.countJobs(db);
  if (counts.running === 0 && !(await anyLoading(db))) return;
  await inTransaction(db, async (trx) => {
    await jobs.requeueRunningJobs(trx, nowIso);
    await resetInterruptedSeries(trx, nowIso);
  });
}
