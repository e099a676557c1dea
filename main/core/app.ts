import type { AddResult, SeriesDetail, SeriesSummary } from '../../shared/types';
import { resolveDataDir } from './db/data-dir';
import { openDatabase, type OpenDatabase } from './db/open';
import { addFolders } from './library/add';
import { findSeries, getSeriesDetail, listSeriesSummaries, removeSeries } from './library/series-repo';
import { toSeriesSummary } from './library/summary';
import { scanSeries, type ScanResult } from './scan/scan-series';

export interface CoreOptions {
  /** `--data-dir`; falls back to ANISHELF_DATA_DIR, then the platform's app-data folder. */
  dataDir?: string | undefined;
  env?: NodeJS.ProcessEnv;
  nativeBinding?: string;
  now?: () => Date;
}

/** The composition root: everything the CLI, the web server and the Electron shell call. */
export interface Core {
  readonly dataDir: string;
  readonly database: OpenDatabase;
  addFolders(paths: readonly unknown[]): Promise<AddResult>;
  listSeries(): Promise<SeriesSummary[]>;
  getSeries(id: number): Promise<SeriesDetail>;
  /** Resolves a CLI argument: a series id or its folder path. */
  resolveSeries(idOrPath: string): Promise<SeriesSummary>;
  scanSeries(id: number): Promise<ScanResult>;
  removeSeries(id: number): Promise<SeriesSummary>;
  close(): Promise<void>;
}

export async function openCore(options: CoreOptions = {}): Promise<Core> {
  const dataDir = resolveDataDir({ flag: options.dataDir, env: options.env ?? process.env });
  const database = await openDatabase(dataDir, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  const { db } = database;
  const deps = { db, dataDir, ...(options.now ? { now: options.now } : {}) };
  return {
    dataDir,
    database,
    addFolders: (paths) => addFolders(deps, paths),
    listSeries: () => listSeriesSummaries(db),
    getSeries: (id) => getSeriesDetail(db, id),
    resolveSeries: async (idOrPath) => toSeriesSummary(await findSeries(db, idOrPath)),
    scanSeries: (id) => scanSeries(deps, id),
    removeSeries: (id) => removeSeries(db, id),
    close: () => database.close(),
  };
}
