import fs from 'node:fs';
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
  const file = await writeMinimalShowNfo(job.series, { target: job.target });
  return file ? { file, mtimeMs: (await fs.promises.stat(file.path)).mtimeMs } : null;
}
