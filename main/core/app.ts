import type { AddResult, CoreEventName, CoreEvents, LoaderStatus, LoadingStatusInfo, SeriesDetail, SeriesMetadata, SeriesSummary } from '../../shared/types';
import { resolveDataDir } from './db/data-dir';
import { openDatabase, type OpenDatabase } from './db/open';
import { ChangeFeed } from './events/change-feed';
import { EventBus } from './events/event-bus';
import { addFolders } from './library/add';
import { querySeries, type LibraryQuery } from './library/list-query';
import { createSampleLibrary } from './library/sample-library';
import { saveSeriesMetadata } from './library/save-metadata';
import { findSeries, getSeriesDetail, removeSeries } from './library/series-repo';
import { toSeriesSummary } from './library/summary';
import { Loader, type LoaderOptions } from './loader/loader';
import type { LockHolder } from './loader/lock';
import { scanSeries, type ScanResult } from './scan/scan-series';

export interface CoreOptions {
  /** `--data-dir`; falls back to ANISHELF_DATA_DIR, then the platform's app-data folder. */
  dataDir?: string | undefined;
  env?: NodeJS.ProcessEnv;
  nativeBinding?: string;
  now?: () => Date;
  /** Overrides the `loader.workers` setting. */
  workers?: number;
  /** How often coalesced events go out (ms); 100 gives about 10 batches a second. */
  eventIntervalMs?: number;
  loader?: Pick<LoaderOptions, 'backoffMs' | 'beforeStage'>;
}

/** The composition root: everything the CLI, the web server and the Electron shell call. */
export interface Core {
  readonly dataDir: string;
  readonly database: OpenDatabase;
  readonly loader: Loader;
  on<K extends CoreEventName>(name: K, listener: (payload: CoreEvents[K]) => void): () => void;
  addFolders(paths: readonly unknown[]): Promise<AddResult>;
  /** Writes the sample library into the data dir and adds it. */
  addSampleLibrary(): Promise<AddResult>;
  listSeries(query?: LibraryQuery): Promise<SeriesSummary[]>;
  getSeries(id: number): Promise<SeriesDetail>;
  /** Resolves a CLI argument: a series id or its folder path. */
  resolveSeries(idOrPath: string): Promise<SeriesSummary>;
  /** `confirmRemoval`: the user confirmed that every episode of the series is gone for good. */
  scanSeries(id: number, options?: { confirmRemoval?: boolean }): Promise<ScanResult>;
  removeSeries(id: number): Promise<SeriesSummary>;
  /** Saves edited metadata to tvshow.nfo (through the merging writer) and the database. */
  saveMetadata(id: number, fields: Partial<SeriesMetadata>): Promise<SeriesDetail>;
  loadingStatus(id: number): Promise<LoadingStatusInfo>;
  retry(id: number): Promise<LoadingStatusInfo>;
  cancel(id: number): Promise<LoadingStatusInfo>;
  reload(id: number): Promise<LoadingStatusInfo>;
  loaderStatus(): Promise<LoaderStatus>;
  pauseLoader(): Promise<LoaderStatus>;
  resumeLoader(): Promise<LoaderStatus>;
  /** Starts the background loader; returns the holder when another process already runs it. */
  startLoader(): Promise<LockHolder | null>;
  close(): Promise<void>;
}

export async function openCore(options: CoreOptions = {}): Promise<Core> {
  const dataDir = resolveDataDir({ flag: options.dataDir, env: options.env ?? process.env });
  const database = await openDatabase(dataDir, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  const { db } = database;
  const now = options.now ?? (() => new Date());
  const bus = new EventBus();
  const feed = new ChangeFeed(db, bus, options.eventIntervalMs ?? 100);
  const loader = new Loader({
    db, dataDir, feed, now, ...(options.workers ? { workers: options.workers } : {}),
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}), ...options.loader,
  });
  // After a crash or a kill nothing may read "5 running" from a loader that is gone.
  await loader.recoverIfOrphaned();
  const deps = { db, dataDir, now };

  const core: Core = {
    dataDir,
    database,
    loader,
    on: (name, listener) => bus.on(name, listener),
    async addFolders(paths) {
      const result = await addFolders(deps, paths);
      for (const s of result.added) feed.series(s.id);
      if (result.added.length) loader.notify();
      return result;
    },
    async addSampleLibrary() {
      return core.addFolders([await createSampleLibrary(dataDir)]);
    },
    listSeries: (query) => querySeries(db, query),
    saveMetadata: (id, fields) => saveSeriesMetadata({ db, now, feed }, id, fields),
    getSeries: (id) => getSeriesDetail(db, id),
    resolveSeries: async (idOrPath) => toSeriesSummary(await findSeries(db, idOrPath)),
    async scanSeries(id, options) {
      const result = await scanSeries(deps, id, { confirmRemoval: options?.confirmRemoval === true });
      feed.series(id);
      return result;
    },
    async removeSeries(id) {
      await loader.forget(id);
      const removed = await removeSeries(db, id);
      feed.seriesRemoved(id);
      feed.loader();
      return removed;
    },
    loadingStatus: (id) => loader.loadingStatus(id),
    retry: (id) => loader.retry(id),
    cancel: (id) => loader.cancel(id),
    reload: (id) => loader.reload(id),
    loaderStatus: () => loader.status(),
    pauseLoader: () => loader.pause(),
    resumeLoader: () => loader.resume(),
    startLoader: () => loader.start(),
    async close() {
      await loader.stop();
      await feed.flushNow();
      await database.close();
    },
  };
  return core;
}
