import os from 'node:os';
import { createWorkerPool } from '../workers/pool';
import type { FolderSnapshot, SnapshotFn, SnapshotRequest } from './folder-snapshot';

/** How long one series folder may take to read before its thread is replaced (a hung share). */
const SNAPSHOT_TIMEOUT_MS = 60_000;

export interface SnapshotPool {
  snapshot: SnapshotFn;
  close(): Promise<void>;
}

/** Worker threads that take series-folder snapshots for the loader, one per core (at least 2). */
export function createSnapshotPool(threads = Math.max(1, os.availableParallelism() - 1)): SnapshotPool {
  const pool = createWorkerPool<SnapshotRequest, FolderSnapshot>({
    entry: new URL('./scan-worker.ts', import.meta.url),
    size: threads,
    name: 'folder scan',
    timeoutMs: SNAPSHOT_TIMEOUT_MS,
  });
  return { snapshot: (request, options) => pool.run(request, options), close: () => pool.close() };
}
