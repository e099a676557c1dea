import type { Db } from '../db/handle';
import { asyncFsOps } from '../media/fs-ops';
import { createNfoReader, type NfoReader } from '../nfo';
import { snapshotFolder, type SnapshotFn } from '../scan/folder-snapshot';
import { createSnapshotPool, type SnapshotPool } from '../scan/snapshot-pool';
import { createShowNfoWritePool, type ShowNfoWritePool } from './show-nfo/write-pool';
import type { StageDeps } from './stage-context';

/** What stages use, with the threads behind it: started with the loader, stopped with it. */
export interface StageServices {
  readonly deps: StageDeps;
  start(): void;
  close(): Promise<void>;
}

export interface StageServicesOptions {
  db: Db;
  /** Reads series folders; by default a pool of worker threads started with the loader. */
  snapshot?: SnapshotFn | undefined;
}

/** The folder-scan threads, the NFO reader and the tvshow.nfo writer (both started on first use) behind the stage deps. */
export function createStageServices(options: StageServicesOptions): StageServices {
  let pool: SnapshotPool | null = null;
  let reader: NfoReader | null = null;
  let showNfos: ShowNfoWritePool | null = null;
  const nfoReader = () => (reader ??= createNfoReader({ size: 1 }));
  const inThread: SnapshotFn = (request) => snapshotFolder(request, asyncFsOps);
  return {
    deps: {
      db: options.db,
      snapshot: options.snapshot ?? ((request, opts) => (pool?.snapshot ?? inThread)(request, opts)),
      readNfo: (file, opts) => nfoReader().read(file, opts),
      readNfos: (files, opts) => nfoReader().readAll(files, opts),
      writeShowNfo: (job, opts) => {
        showNfos ??= createShowNfoWritePool();
        return showNfos.write(job, opts);
      },
    },
    start() {
      if (!options.snapshot) pool ??= createSnapshotPool();
    },
    async close() {
      const [p, r, w] = [pool, reader, showNfos];
      pool = null;
      reader = null;
      showNfos = null;
      await p?.close();
      await r?.close();
      await w?.close();
    },
  };
}
