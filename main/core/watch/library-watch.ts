import path from 'node:path';
import type { AddResult, RootStatus, SeriesSummary, WatchModeSetting } from '../../../shared/types';
import { inTransaction, type Db } from '../db/handle';
import { forgetKeptOutBelow } from '../db/repos/kept-out-folders';
import { deleteRoot, findRootAt, getRoot } from '../db/repos/roots';
import { getSeriesRow, listMissingSeries, seriesOfRoot } from '../db/repos/series';
import { AnishelfError } from '../errors';
import type { ChangeFeed } from '../events/change-feed';
import type { EventBus } from '../events/event-bus';
import { ADD_CALL_TIMEOUT_MS } from '../library/add';
import { adoptCopies } from '../library/moved-series';
import { removeSeries } from '../library/series-detail';
import { CallDeadline } from '../fs/call-deadline';
import { storedPathsOf } from '../media/given-path';
import { asyncFsOps, boundedFsOps } from '../media/fs-ops';
import { toSeriesSummary } from '../library/summary';
import { WatchService, type WatchOptions } from './watch-service';

/**
 * What the watch asks of the loader. Declared here rather than imported: the loader imports the
 * watch's folder-time bookkeeping (its own writes are not changes), so the watch does not import
 * the loader back.
 */
export interface WatchedLoader {
  readonly isActive: boolean;
  reload(seriesId: number): Promise<unknown>;
  forget(seriesId: number): Promise<void>;
  /** New jobs were queued. */
  notify(): void;
}

export interface LibraryWatchDeps {
  db: Db;
  now: () => Date;
  loader: WatchedLoader;
  feed: ChangeFeed;
  bus: EventBus;
  addFolders(paths: readonly unknown[]): Promise<AddResult>;
  log?: (message: string) => void;
}

/** What the core offers about library folders: their list, watching, rescans and removal. */
export interface LibraryWatch {
  /** Starts watching every root. Only the process that runs the loader watches. */
  start(): Promise<void>;
  stop(): Promise<void>;
  readonly isWatching: boolean;
  list(): Promise<RootStatus[]>;
  /** One root by its id or its path as the user typed it (relative, through a link): ROOT_NOT_FOUND when none. */
  find(idOrPath: string | number): Promise<RootStatus>;
  setMode(rootId: number, setting: WatchModeSetting, pollMinutes?: number): Promise<RootStatus>;
  /** Looks for new series in a root and queues a targeted rescan of each of its series. */
  rescan(idOrPath: string | number): Promise<{ root: RootStatus; rescanned: number; added: number; moved: number }>;
  /** Removes a root and its series from the library (rows only; files untouched). */
  remove(rootId: number): Promise<{ removedSeries: number }>;
  /** Series whose folders are gone (state missing), optionally of one root. */
  missing(rootId?: number): Promise<SeriesSummary[]>;
  /** Removes the given series if they are still missing (the user confirmed); returns those removed. */
  removeMissing(ids: readonly number[]): Promise<SeriesSummary[]>;
  /** After an add: new roots get watched. */
  afterAdd(): Promise<void>;
  sync(): Promise<void>;
  /** The service itself, for tests and the bench (checks on demand, waiting for quiet). */
  readonly service: WatchService;
}

export function createLibraryWatch(deps: LibraryWatchDeps, options: Partial<WatchOptions> = {}): LibraryWatch {
  const { db, loader, feed, bus } = deps;
  const service = new WatchService(
    {
      db,
      now: deps.now,
      rescan: async (id) => void (await loader.reload(id)),
      discover: async (rootPath) => void (await deps.addFolders([rootPath])),
      adoptCopies: async (goneIds) => {
        const copies = await adoptCopies(db, boundedFsOps(asyncFsOps, new CallDeadline(ADD_CALL_TIMEOUT_MS)), goneIds, deps.now().toISOString());
        for (const copy of copies) {
          feed.seriesRemoved(copy.copyId);
          feed.series(copy.id);
        }
        if (copies.length > 0) loader.notify();
        return copies.map((c) => c.id);
      },
      seriesChanged: (ids) => ids.forEach((id) => feed.series(id)),
      rootsChanged: (roots) => bus.emit('roots:changed', { roots }),
      missing: (prompt) => bus.emit('library:missing', prompt),
      ...(deps.log ? { log: deps.log } : {}),
    },
    options,
  );

  const statusOf = async (rootId: number) => {
    const status = (await service.statuses()).find((r) => r.id === rootId);
    if (!status) throw new AnishelfError('ROOT_NOT_FOUND', `There is no library folder with id ${rootId}.`);
    return status;
  };

  const findRoot = async (idOrPath: string | number) => {
    const asId = typeof idOrPath === 'number' ? idOrPath : /^\d+$/.test(idOrPath) ? Number(idOrPath) : null;
    let row = asId !== null ? await getRoot(db, asId) : undefined;
    if (asId === null) for (const candidate of await storedPathsOf(String(idOrPath))) row ??= await findRootAt(db, candidate);
    if (!row) throw new AnishelfError('ROOT_NOT_FOUND', `${idOrPath} is not a library folder; see \`anishelf roots\` for the list.`);
    return row;
  };

  return {
    service,
    get isWatching() {
      return service.isWatching;
    },
    async start() {
      if (!loader.isActive) throw new AnishelfError('NOT_LOADER', 'Only the process that runs the loader watches the library.');
      await service.start();
    },
    stop: () => service.stop(),
    list: () => service.statuses(),
    find: async (idOrPath) => statusOf((await findRoot(idOrPath)).id),
    async setMode(rootId, setting, pollMinutes) {
      await findRoot(rootId);
      return service.setMode(rootId, setting, pollMinutes);
    },
    async rescan(idOrPath) {
      const row = await findRoot(idOrPath);
      const result: Pick<AddResult, 'added' | 'moved'> = row.kind === 'library' ? await deps.addFolders([row.path]) : { added: [] };
      const ids = (await seriesOfRoot(db, row.id)).filter((s) => s.state !== 'offline').map((s) => s.id);
      // New and moved series are queued already.
      const fresh = new Set([...result.added, ...(result.moved ?? []).map((m) => m.series)].map((s) => s.id));
      let rescanned = 0;
      for (const id of ids) {
        if (fresh.has(id)) continue;
        await loader.reload(id);
        rescanned++;
      }
      await service.checkRoot(row.id);
      return { root: await statusOf(row.id), rescanned, added: result.added.length, moved: result.moved?.length ?? 0 };
    },
    async remove(rootId) {
      const ids = (await seriesOfRoot(db, rootId)).map((s) => s.id);
      for (const id of ids) await loader.forget(id);
      const root = await getRoot(db, rootId);
      const removedSeries = await inTransaction(db, async (trx) => {
        // Added again later, the library folder comes back whole.
        if (root) await forgetKeptOutBelow(trx, root.path);
        return deleteRoot(trx, rootId);
      });
      for (const id of ids) feed.seriesRemoved(id);
      feed.loader();
      await service.syncRoots();
      return { removedSeries };
    },
    async missing(rootId) {
      return (await listMissingSeries(db, rootId)).map(toSeriesSummary);
    },
    async removeMissing(ids) {
      const removed: SeriesSummary[] = [];
      for (const id of ids) {
        const row = await getSeriesRow(db, id);
        if (row?.state !== 'missing') continue; // came back meanwhile, or already gone: keep it
        await loader.forget(id);
        removed.push(await removeSeries(db, id));
        feed.seriesRemoved(id);
      }
      feed.loader();
      await service.syncRoots();
      return removed;
    },
    async afterAdd() {
      if (service.isWatching) await service.syncRoots();
    },
    sync: () => service.syncRoots(),
  };
}
