import type { WrittenFile } from '../../db/repos/written-files';
import { writeMinimalShowNfo } from '../stages/episode-nfos';

/** One minimal tvshow.nfo to write: plain data, it crosses to a worker thread. */
export interface ShowNfoJob {
  series: { path: string; title: string; year: number | null };
  /** Where it goes: the folder was just read and has none. */
  target: string;
}

export function writeShowNfoJob(job: ShowNfoJob): Promise<WrittenFile | null> {
  return writeMinimalShowNfo(job.series, { target: job.target });
}
