import { createWorkerPool } from '../../workers/pool';
import type { ShowNfoJob, ShowNfoOutcome } from './write-job';

/** How long one tvshow.nfo may take to write before the thread is replaced (a hung share). */
const WRITE_TIMEOUT_MS = 60_000;

export interface ShowNfoWritePool {
  write(job: ShowNfoJob, options?: { signal?: AbortSignal }): Promise<ShowNfoOutcome | null>;
  close(): Promise<void>;
}

/** One worker thread that writes the minimal tvshow.nfo of series being loaded. */
export function createShowNfoWritePool(): ShowNfoWritePool {
  const pool = createWorkerPool<ShowNfoJob, ShowNfoOutcome | null>({
    entry: new URL('./write-worker.ts', import.meta.url),
    size: 1,
    name: 'tvshow nfo',
    timeoutMs: WRITE_TIMEOUT_MS,
  });
  return { write: (job, options) => pool.run(job, options), close: () => pool.close() };
}
