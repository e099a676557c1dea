import type { ErrorInfo } from '../../../../shared/types';
import { isAnishelfError } from '../../errors';
import { hashBytes } from '../../db/repos/written-files';
import type { EpisodeFields } from '../../nfo/merge-episode';
import { saveEpisodeNfo } from '../../nfo/save-episode';
import { mapLimit } from '../../util/map-limit';

/** One episode NFO to write: plain data, it crosses to a worker thread. */
export interface EpisodeNfoJob {
  video: string;
  fields: EpisodeFields[];
  /** The hash Anishelf recorded for an NFO already at the target (merged into only when it matches). */
  ownedHash: string | null;
}

export type EpisodeNfoOutcome =
  | { written: true; path: string; bytes: Uint8Array; mtimeMs: number }
  | { written: false; path: string | null; error: ErrorInfo | null };

/** Files written at once in one series folder: the disk, not the CPU, sets the pace. */
const CONCURRENCY = 4;

/**
 * Writes a series' episode NFOs (atomic, through saveEpisodeNfo), in a worker thread in the app.
 * After the first write that fails (a read-only share, a full disk) the rest are not tried.
 */
export async function writeEpisodeNfoJobs(jobs: readonly EpisodeNfoJob[]): Promise<EpisodeNfoOutcome[]> {
  let failed = false;
  return mapLimit(jobs, CONCURRENCY, async (job): Promise<EpisodeNfoOutcome> => {
    if (failed) return { written: false, path: null, error: null };
    try {
      const result = await saveEpisodeNfo(job.video, job.fields, { mayUpdate: (_file, bytes) => job.ownedHash !== null && hashBytes(bytes) === job.ownedHash });
      if (!result.written) return { written: false, path: result.path, error: null };
      return { written: true, path: result.path, bytes: result.bytes, mtimeMs: result.mtimeMs };
    } catch (err) {
      if (!isAnishelfError(err)) throw err;
      failed = true;
      return { written: false, path: null, error: err.toInfo() };
    }
  });
}
