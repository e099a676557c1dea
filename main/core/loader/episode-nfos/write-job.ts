import type { ErrorInfo } from '../../../../shared/types';
import fs from 'node:fs';
import path from 'node:path';
import { isAnishelfError } from '../../errors';
import { syncFolder, type AtomicWriteFs } from '../../fs/atomic-write';
import { statOrNoEntry } from '../../fs/library-fs';
import { isOwnWrite } from '../../db/repos/written-files';
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
  | { written: true; path: string; bytes: Uint8Array; mtimeMs: number; flushed: boolean }
  | { written: false; path: string | null; error: ErrorInfo | null };

// Nearly every target is new: a failed asynchronous stat built an error with a stack each time,
// a third of this thread's time. The writes themselves stay asynchronous, several at once, so a
// share's latency is not paid file by file.
const WRITE_FS: AtomicWriteFs = {
  open: fs.promises.open,
  rename: fs.promises.rename,
  unlink: fs.promises.unlink,
  stat: statOrNoEntry,
};

/** Files written at once in one series folder: the disk, not the CPU, sets the pace. */
const CONCURRENCY = 8;

/**
 * Writes a series' episode NFOs (atomic, through saveEpisodeNfo), in a worker thread in the app.
 * After the first write that fails (a read-only share, a full disk) the rest are not tried.
 */
export async function writeEpisodeNfoJobs(jobs: readonly EpisodeNfoJob[]): Promise<EpisodeNfoOutcome[]> {
  let failed = false;
  const outcomes = await mapLimit(jobs, CONCURRENCY, async (job): Promise<EpisodeNfoOutcome> => {
    if (failed) return { written: false, path: null, error: null };
    try {
      const result = await saveEpisodeNfo(job.video, job.fields, { fs: WRITE_FS, syncFolder: false, flushNew: false, mayUpdate: (_file, bytes) => isOwnWrite(job.ownedHash, bytes) });
      if (!result.written) return { written: false, path: result.path, error: null };
      return { written: true, path: result.path, bytes: result.bytes, mtimeMs: result.mtimeMs, flushed: result.flushed };
    } catch (err) {
      if (!isAnishelfError(err)) throw err;
      failed = true;
      return { written: false, path: null, error: err.toInfo() };
    }
  });
  // Each folder where a file was replaced is flushed once, after its last rename, instead of once
  // per file: those renames are durable before the caller records them. New files are not
  // flushed (nothing of anyone's is at stake; see writeFileAtomic's flushNew).
  const folders = new Set(outcomes.flatMap((o) => (o.written && o.flushed ? [path.dirname(o.path)] : [])));
  for (const folder of folders) await syncFolder(folder);
  return outcomes;
}
