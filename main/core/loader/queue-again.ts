import { inTransaction, type Db } from '../db/handle';
import * as jobs from '../db/repos/jobs';
import * as seriesRepo from '../db/repos/series';
import type { StageFlag } from '../db/repos/series';

/**
 * The rows behind "Reload": each series' ended jobs go, every stage flag is cleared and a load
 * from the first stage is queued, in one transaction.
 */
export async function queueFreshLoads(db: Db, seriesIds: readonly number[], flags: readonly StageFlag[], nowIso: string): Promise<void> {
  await inTransaction(db, async (trx) => {
    for (const id of seriesIds) {
      await jobs.clearEndedJobs(trx, id);
      await seriesRepo.resetForReload(trx, id, flags, nowIso);
    }
    await jobs.queueLoadJobs(trx, seriesIds, nowIso);
  });
}

/** The rows behind "Retry": a failed or cancelled series is queued again where its stages stopped. */
export async function queueRetry(db: Db, seriesId: number, nowIso: string): Promise<void> {
  await inTransaction(db, async (trx) => {
    await jobs.clearEndedJobs(trx, seriesId);
    await jobs.queueLoadJobs(trx, [seriesId], nowIso);
    await seriesRepo.markEnded(trx, seriesId, 'pending', null, nowIso);
  });
}
