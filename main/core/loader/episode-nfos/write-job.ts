import type { ErrorInfo } from '../../../../shared/types';
import path from 'node:path';
import { isAnishelfError } from '../../errors';
import { syncFolder } from '../../fs/atomic-write';
import { lstatOrNoEntry, PROMISE_FS, statOrNoEntry, SYNC_FS, type LibraryFs } from '../../fs/library-fs';
import { mayBeNetworkShare } from '../../fs/network-share';
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

export interface EpisodeNfoCalls {
  io: LibraryFs;
  /** Files written at once in one series folder. */
  concurrency: number;
}

/**
 * On a share eight files at once, asynchronously: the network, not the CPU, sets the pace. The
 * stats alone are synchronous: nearly every target is new, and a failed asynchronous stat built
 * an error with a stack each time, a third of this thread's time.
 */
export const SHARE_CALLS: EpisodeNfoCalls = { io: { ...PROMISE_FS, stat: statOrNoEntry, lstat: lstatOrNoEntry }, concurrency: 8 };
export const LOCAL_DISK_CALLS: EpisodeNfoCalls = { io: SYNC_FS, concurrency: 1 };

/**
 * How a series folder's NFOs are written. On a local disk, one after another with synchronous
 * calls: each asynchronous call cost two thread hand-offs and a promise, more CPU than the call
 * itself (the fill wrote about half as many files per CPU second). On a share, or where that
 * cannot be told, several at once asynchronously.
 */
export function callsFor(folder: string): EpisodeNfoCalls {
  return mayBeNetworkShare(folder) ? SHARE_CALLS : LOCAL_DISK_CALLS;
}

/**
 * Writes a series' episode NFOs (atomic, through saveEpisodeNfo), in a worker thread in the app.
 * After a write fails for the whole folder (a read-only share, a full disk) the rest are not
 * tried; one that fails for its own file (a folder named like the NFO) leaves the others going.
 */
export async function writeEpisodeNfoJobs(jobs: readonly EpisodeNfoJob[], calls: EpisodeNfoCalls = callsFor(path.dirname(jobs[0]?.video ?? '.'))): Promise<EpisodeNfoOutcome[]> {
  let failed = false;
  const outcomes = await mapLimit(jobs, calls.concurrency, async (job): Promise<EpisodeNfoOutcome> => {
    if (failed) return { written: false, path: null, error: null };
    try {
      const result = await saveEpisodeNfo(job.video, job.fields, { fs: calls.io, syncFolder: false, flushNew: false, mayUpdate: (_file, bytes) => isOwnWrite(job.ownedHash, bytes) });
      if (!result.written) return { written: false, path: result.path, error: null };
      return { written: true, path: result.path, bytes: result.bytes, mtimeMs: result.mtimeMs, flushed: result.flushed };
    } catch (err) {
      if (!isAnishelfError(err)) throw err;
      failed ||= stopsTheFolder(err.code);
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

/** WRITE_* failures are the folder's or the disk's (read-only, full, gone); WRITE_OUTSIDE and the NFO_* ones are one file's. */
function stopsTheFolder(code: string): boolean {
  return code.startsWith('WRITE_') && code !== 'WRITE_OUTSIDE';
}
