import { createWorkerPool } from '../../workers/pool';
import type { EpisodeNfoWriter } from '../stages/episode-nfos';
import type { EpisodeNfoJob, EpisodeNfoOutcome } from './write-job';

/** How long one series' NFOs may take to write before the thread is replaced (a hung share). */
const WRITE_TIMEOUT_MS = 120_000;

export interface EpisodeNfoWritePool {
  write: EpisodeNfoWriter;
  close(): Promise<void>;
}

/** One worker thread that writes episode NFOs, a series at a time (the disk sets the pace). */
export function createEpisodeNfoWritePool(): EpisodeNfoWritePool {
  const pool = createWorkerPool<EpisodeNfoJob[], EpisodeNfoOutcome[]>({
    entry: new URL('./write-worker.ts', import.meta.url),
    size: 1,
    name: 'episode nfo',
    timeoutMs: WRITE_TIMEOUT_MS,
  });
  return { write: (jobs, signal) => pool.run(jobs, { signal }), close: () => pool.close() };
}
