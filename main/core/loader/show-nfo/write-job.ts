import type { WrittenFile } from '../../db/repos/written-files';
import { SYNC_FS } from '../../fs/library-fs';
import { saveMinimalShowNfo } from '../stages/episode-nfos';

/** One minimal tvshow.nfo to write: plain data, it crosses to a worker thread. */
export interface ShowNfoJob {
  series: { path: string; title: string; year: number | null };
  /** Where it goes: the folder was just read and has none. */
  target: string;
}

/** What was written, with the time it was left with: the main thread notes it as Anishelf's own. */
export interface ShowNfoOutcome {
  file: WrittenFile;
  mtimeMs: number;
}

export async function writeShowNfoJob(job: ShowNfoJob): Promise<ShowNfoOutcome | null> {
  // The time comes from the atomic write's own handle: no second look by path. Synchronous calls:
  // this thread writes one file at a time (see SYNC_FS).
  // A failed write throws its reason (a read-only folder…): the nfo stage keeps it for the user.
  const written = await saveMinimalShowNfo(job.series, { target: job.target, fs: SYNC_FS });
  if (!written) return null;
  const { mtimeMs, ...file } = written;
  return { file, mtimeMs };
}
