import type { WrittenFile } from '../../db/repos/written-files';
import { writeMinimalShowNfo } from '../stages/episode-nfos';

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
  // The time comes from the atomic write's own handle: no second look by path.
  const written = await writeMinimalShowNfo(job.series, { target: job.target });
  if (!written) return null;
  const { mtimeMs, ...file } = written;
  return { file, mtimeMs };
}
