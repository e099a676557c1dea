import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../db/schema';
import { chunks } from '../util/chunks';

export const LOAD_JOB = 'load';

/**
 * Queues one load job per series, skipping series that already have one queued or running
 * (the partial unique index `jobs_one_active` is the guarantee; this keeps the insert quiet).
 */
export async function queueLoadJobs(db: Kysely<Database> | Transaction<Database>, seriesIds: readonly number[], nowIso: string): Promise<number> {
  let queued = 0;
  for (const batch of chunks(seriesIds, 500)) {
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
