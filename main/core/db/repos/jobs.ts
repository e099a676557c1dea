import { sql } from 'kysely';
import { chunks } from '../../../../shared/chunks';
import { yieldToEventLoop } from '../../util/yield';
import type { DbOrTx as Db } from '../handle';
import type { JobRow } from '../schema';

export const LOAD_JOB = 'load';

/**
 * Queues one load job per series, skipping series that already have one queued or running
 * (the partial unique index `jobs_one_active` is the guarantee; this keeps the insert quiet).
 */
export async function queueLoadJobs(db: Db, seriesIds: readonly number[], nowIso: string): Promise<number> {
  let queued = 0;
  for (const [i, batch] of chunks(seriesIds, 500).entries()) {
    if (i > 0) await yieldToEventLoop();
    const rows = batch.map((seriesId) => ({
      kind: LOAD_JOB,
      series_id: seriesId,
      state: 'queued' as const,
      attempts: 0,
      next_run_at_ms: 0,
      created_at: nowIso,
      updated_at: nowIso,
    }));
    const result = await db
      .insertInto('jobs')
      .values(rows)
      .onConflict((oc) =>
        // The target must repeat the partial index's WHERE literally for SQLite to match it.
        oc.columns(['kind', 'series_id']).where(sql<boolean>`state IN ('queued', 'running')`).doNothing(),
      )
      .executeTakeFirst();
    queued += Number(result.numInsertedOrUpdatedRows ?? 0);
  }
  return queued;
}

/**
 * Atomically takes the next due job: the oldest queued one whose time has come. Written as SQL
 * text: the loader claims once per series, and the query builder's work for this statement cost
 * twice SQLite's.
 */
export async function claimNextJob(db: Db, nowMs: number, nowIso: string): Promise<JobRow | undefined> {
  const { rows } = await sql<JobRow>`
    UPDATE jobs SET state = 'running', attempts = attempts + 1, updated_at = ${nowIso}
    WHERE id = (SELECT id FROM jobs WHERE state = 'queued' AND next_run_at_ms <= ${nowMs} ORDER BY next_run_at_ms, id LIMIT 1)
      AND state = 'queued'
    RETURNING *`.execute(db);
  return rows[0];
}

/** When the next queued job becomes due (for backoff waits), or null when none is queued. */
export async function nextDueAt(db: Db): Promise<number | null> {
  const row = await db
    .selectFrom('jobs')
    .select(({ fn }) => fn.min<number>('next_run_at_ms').as('at'))
    .where('state', '=', 'queued')
    .executeTakeFirst();
  return row?.at ?? null;
}

/** A finished job leaves the queue; its outcome lives on the series row. */
export async function finishJob(db: Db, jobId: number): Promise<void> {
  await db.deleteFrom('jobs').where('id', '=', jobId).execute();
}

export async function endJob(db: Db, jobId: number, state: 'failed' | 'cancelled', error: string | null, nowIso: string): Promise<void> {
  await db.updateTable('jobs').set({ state, error, updated_at: nowIso }).where('id', '=', jobId).execute();
}

export async function requeueJob(db: Db, jobId: number, runAtMs: number, error: string, nowIso: string): Promise<void> {
  await db.updateTable('jobs').set({ state: 'queued', next_run_at_ms: runAtMs, error, updated_at: nowIso }).where('id', '=', jobId).execute();
}

/** Clears a series' ended jobs so a retry or reload can queue a fresh one. */
export async function clearEndedJobs(db: Db, seriesId: number): Promise<void> {
  await db.deleteFrom('jobs').where('series_id', '=', seriesId).where('state', 'in', ['failed', 'cancelled', 'done']).execute();
}

/** Cancels a series' queued job; returns whether there was one. */
export async function cancelQueuedJob(db: Db, seriesId: number, nowIso: string): Promise<boolean> {
  const result = await db
    .updateTable('jobs')
    .set({ state: 'cancelled', updated_at: nowIso })
    .where('series_id', '=', seriesId)
    .where('state', '=', 'queued')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** After a crash: jobs that were running are queued again, due at once. */
export async function requeueRunningJobs(db: Db, nowIso: string): Promise<number> {
  const result = await db.updateTable('jobs').set({ state: 'queued', next_run_at_ms: 0, updated_at: nowIso }).where('state', '=', 'running').executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export async function countJobs(db: Db): Promise<{ queued: number; running: number }> {
  const rows = await db
    .selectFrom('jobs')
    .select(['state', ({ fn }) => fn.countAll<number>().as('n')])
    .where('state', 'in', ['queued', 'running'])
    .groupBy('state')
    .execute();
  const count = (state: string) => Number(rows.find((r) => r.state === state)?.n ?? 0);
  return { queued: count('queued'), running: count('running') };
}
