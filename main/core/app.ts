import type { SettingsView } from '../../shared/contract';
import type { AddResult, ArtworkChoiceKind, ArtworkChoices, ArtworkChosen, ArtworkRefreshResult, CoreEventName, CoreEvents, LoaderStatus, LoadingStatus, LoadingStatusInfo, RootStatus, SeriesDetail, SeriesMetadata, SeriesSummary, WatchModeSetting } from '../../shared/types';
import path from 'node:path';
import { imageHostPolicy } from './artwork/image-hosts';
import { RemotePosters, type RemotePosterRefusal } from './artwork/remote-poster';
import { resolveArtwork, type ArtworkFile, type ArtworkRefusal } from './artwork/serve-artwork';
import { resolvePosterThumbnail } from './artwork/thumbnails/poster-thumbnail';
import { SMALL_THUMBNAIL_WIDTH, THUMBNAIL_WIDTH } from './artwork/thumbnails/make-thumbnail';
import { PosterSheets, type SheetPoster } from './artwork/thumbnails/poster-sheet';
import type { ThumbnailKind } from './artwork/thumbnails/poster-sheet-query';
import { ServedThumbnails } from './artwork/thumbnails/served-thumbnails';
import { ThumbnailCache } from './artwork/thumbnails/thumbnail-cache';
import { resolveDataDir } from './db/data-dir';
import type { Db } from './db/handle';
import { startBackgroundCheckpoints } from './db/background-checkpoints';
import { openDatabase } from './db/open';
import { makeListsDue } from './db/repos/provider-episodes';
import { countByLoadingStatus, getSeriesRows, requireSeriesRow, seriesOfRoot } from './db/repos/series';
import { refreshNameKeysIfStale } from './db/repos/series-name-keys';
import { AnishelfError } from './errors';
import { ChangeFeed } from './events/change-feed';
import { EventBus } from './events/event-bus';
import { addFolders } from './library/add';
import type { LibraryQuery } from './library/list-series';
import { createSampleLibrary } from './library/sample-library';
import { saveSeriesMetadata } from './library/save-metadata';
import { getSeriesDetail, removeSeries, resolveSeriesSummary } from './library/series-detail';
import { EpisodeNfoQueue } from './loader/episode-nfo-queue';
import { Loader, type LoaderOptions } from './loader/loader';
import type { LockHolder } from './loader/lock';
import { listSeriesIdsView, listSeriesView } from './missing/list-view';
import { createMissingService, type MissingService } from './missing/service';
import { scanSeries, type ScanResult } from './scan/scan-series';
import { createLibraryWatch, type LibraryWatch } from './watch/library-watch';
import { holdForShutdown } from './util/shutdown-hold';
import type { WatchOptions } from './watch/watch-service';
import { MetadataService } from './metadata/service';
import { IdentifyQueue } from './metadata/identify-queue';
import { artworkChoices, chooseArtwork } from './metadata/artwork/artwork-choices';
import { ImageProxy, type ProxiedImage } from './artwork/image-proxy';
import { EpisodeListQueue } from './metadata/episode-list/list-queue';
import { explainSkipped, fetchEpisodeLists } from './metadata/episode-list/fetch-lists';
import { fillFromStoredList } from './metadata/episode-list/fill-from-stored-list';
import type { SeriesMissing } from '../../shared/missing';

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
  loader?: Pick<LoaderOptions, 'backoffMs' | 'beforeStage' | 'stages' | 'snapshot'>;
  /** Watcher timing and file system (tests inject a clock, short delays, a hanging share). */
  watch?: Partial<WatchOptions>;
  log?: (message: string) => void;
}

/** The composition root: everything the CLI, the web server and the Electron shell call. */
export interface Core {
  readonly dataDir: string;
  /** Online identification: identify, pick, search by hand, provider settings and status. */
  readonly metadata: MetadataService;
  /** The network queue: identification at the providers' pace, beside the disk workers. */
  readonly identifyQueue: IdentifyQueue;
  /** The second network queue: episode lists of matched series, fetched and refreshed on schedule. */
  readonly episodeLists: EpisodeListQueue;
  /** Missing episodes: the provider's lists beside the files on record. */
  readonly missing: MissingService;
  /** Writes loaded series' episode NFOs in the background, after their disk stages. */
  readonly episodeNfos: EpisodeNfoQueue;
  /** "Refresh episode list": asks the provider again at once (not its cached answer). */
  refreshEpisodeList(id: number): Promise<SeriesMissing>;
  /** The same for a selection, through the list queue at the providers' pace; how many series hold a list to refresh. */
  refreshEpisodeListsMany(ids: readonly number[]): Promise<{ asked: number }>;
  on<K extends CoreEventName>(name: K, listener: (payload: CoreEvents[K]) => void): () => void;
  addFolders(paths: readonly unknown[]): Promise<AddResult>;
  /** Writes the sample library into the data dir and adds it. */
  addSampleLibrary(): Promise<AddResult>;
  listSeries(query?: LibraryQuery): Promise<SeriesSummary[]>;
  /** The same view's ids only, in its order (the window holds the series already). */
  listSeriesIds(query?: LibraryQuery): Promise<number[]>;
  getSeries(id: number): Promise<SeriesDetail>;
  /** Resolves a CLI argument: a series id or its folder path. */
  resolveSeries(idOrPath: string): Promise<SeriesSummary>;
  /** `confirmRemoval`: the user confirmed that every episode of the series is gone for good. */
  scanSeries(id: number, options?: { confirmRemoval?: boolean }): Promise<ScanResult>;
  removeSeries(id: number): Promise<SeriesSummary>;
  /** removeSeries for a selection, in its order; ids no longer in the library are left out. The series removed. */
  removeSeriesMany(ids: readonly number[]): Promise<SeriesSummary[]>;
  /** Saves edited metadata to tvshow.nfo (through the merging writer) and the database. */
  saveMetadata(id: number, fields: Partial<SeriesMetadata>): Promise<SeriesDetail>;
  loadingStatus(id: number): Promise<LoadingStatusInfo>;
  retry(id: number): Promise<LoadingStatusInfo>;
  cancel(id: number): Promise<LoadingStatusInfo>;
  reload(id: number): Promise<LoadingStatusInfo>;
  /** reload for a selection; the ids queued (those still in the library). */
  reloadMany(ids: readonly number[]): Promise<number[]>;
  loaderStatus(): Promise<LoaderStatus>;
  /** How many series are in each loading status. */
  countsByStatus(options?: { presentOnly?: boolean }): Promise<Record<LoadingStatus, number>>;
  /**
   * The artwork file that may be served for a series (see resolveArtwork), or why not. Kinds
   * `poster-thumb` and `poster-thumb-small` are the grid's small copies of the poster (for HiDPI
   * and ordinary screens), each made on its first request. `version` is the URL's `?v=`: a
   * thumbnail asked for with the poster's current version is answered from memory the next time.
   */
  artwork(seriesId: number, kind: string, version?: string | null): Promise<ArtworkFile | ArtworkRefusal>;
  /**
   * The thumbnails of one grid row's posters as one image, in order (see PosterSheets): the grid
   * loads one image per row. Each poster goes through the same resolve as its own thumbnail.
   */
  posterSheet(kind: ThumbnailKind, posters: readonly SheetPoster[]): Promise<ArtworkFile | 'no-artwork'>;
  /**
   * "Refresh artwork": fetches the matched entry's artwork again, replacing only the files
   * Anishelf wrote and nobody changed since, and filling what is missing.
   */
  refreshArtwork(seriesId: number): Promise<ArtworkRefreshResult>;
  /** "Choose artwork": per kind, the file there now and the matched entries' candidates. */
  artworkChoices(seriesId: number): Promise<ArtworkChoices>;
  /** Saves a candidate; over the user's own file only with `replace` ("Replace artwork…"). */
  chooseArtwork(seriesId: number, kind: ArtworkChoiceKind, url: string, replace: boolean): Promise<ArtworkChosen>;
  /** A provider's image for the picker's previews (the renderer's CSP allows no remote images). */
  providerImage(url: string): Promise<ProxiedImage>;
  /** A candidate's cover from a provider image host, fetched, shrunk and cached by the core; never any other host. */
  remotePoster(url: string): Promise<ArtworkFile | RemotePosterRefusal>;
  /** Changes a setting (see MetadataService.setSetting); identification and the header follow at once. */
  setSetting(name: string, value: string): Promise<SettingsView>;
  /** "Refresh from provider" for every matched series, queued for the network queue; how many were asked for. */
  refreshAllFromProvider(): Promise<{ asked: number }>;
  /** The same for the matched series among `ids` (a selection). */
  refreshManyFromProvider(ids: readonly number[]): Promise<{ asked: number }>;
  pauseLoader(): Promise<LoaderStatus>;
  resumeLoader(): Promise<LoaderStatus>;
  /** Starts the background loader; returns the holder when another process already runs it. */
  startLoader(): Promise<LockHolder | null>;
  /** Library folders, their watching and availability (see watch/library-watch.ts). */
  readonly roots: LibraryWatch;
  listRoots(): Promise<RootStatus[]>;
  setRootWatch(rootId: number, setting: WatchModeSetting, pollMinutes?: number): Promise<RootStatus>;
  /** Stops the loader (running stages are queued again); the library stays open. */
  stopLoader(): Promise<void>;
  /** Resolves once nothing is queued or running. */
  whenLoaderIdle(): Promise<void>;
  /** A database fault that paused (full disk) or stopped (damaged file) the loader, or null. */
  loaderProblem(): AnishelfError | null;
  close(): Promise<void>;
}

/** The core and what it is made of: for tests that look at the database under it. */
export interface CoreParts {
  core: Core;
  db: Db;
}

export async function openCore(options: CoreOptions = {}): Promise<Core> {
  return (await assembleCore(options)).core;
}

export async function assembleCore(options: CoreOptions = {}): Promise<CoreParts> {
  const dataDir = resolveDataDir({ flag: options.dataDir, env: options.env ?? process.env });
  const database = await openDatabase(dataDir, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  const { db } = database;
  // A library last opened by a version without search and sort keys gets them before it is listed.
  await refreshNameKeysIfStale(db);
  const checkpoints = startBackgroundCheckpoints(database.sqlite, database.file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  const now = options.now ?? (() => new Date());
  const bus = new EventBus();
  // The feed reads the loader's status only when it flushes, after both exist; it carries the
  // network queue's too (one progress for both queues).
  const feed = new ChangeFeed(db, bus, async () => ({ ...(await loader.status()), network: await identifyQueue.status() }), options.eventIntervalMs ?? 100);
  const loader: Loader = new Loader({
    db, dataDir, feed, now, ...(options.workers ? { workers: options.workers } : {}),
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}), ...options.loader,
    onLoaded: (id) => episodeNfos.notify(id),
  });
  const episodeNfos: EpisodeNfoQueue = new EpisodeNfoQueue({ db, feed, now, isPaused: () => loader.isPaused(), isBusy: () => loader.busy });
  // After a crash or a kill nothing may read "5 running" from a loader that is gone.
  await loader.recoverIfOrphaned();
  const deps = { db, dataDir, now };
  const roots = createLibraryWatch({
    db, now, loader, feed, bus,
    addFolders: (paths) => core.addFolders(paths),
    ...(options.log ? { log: options.log } : {}),
  }, options.watch);
  const metadata = new MetadataService(db, options.env ?? process.env, now, undefined, (id) => feed.series(id));
  const identifyQueue: IdentifyQueue = new IdentifyQueue({ db, metadata, feed, now, isPaused: () => loader.isPaused() });
  const episodeLists = new EpisodeListQueue({ db, metadata, feed, now, isPaused: () => loader.isPaused() });
  const missing = createMissingService({ db, now });
  // A series whose folder was just read may be identified at once, not at the queue's next poll
  // (the feed's batches come at most ten times a second).
  bus.on('series:changed', (event) => {
    identifyQueue.notify(event.series.map((s) => s.id));
    episodeLists.notify();
  });
  // One rule for every remote image the core fetches for the renderer: the providers' CDNs and
  // the origins of the provider endpoints in use.
  const imagePolicy = async () => {
    const { config } = await metadata.providers();
    return imageHostPolicy([config.anilistUrl, config.tmdbUrl]);
  };
  const remotePosters = new RemotePosters({ dataDir, policy: imagePolicy, ...(options.log ? { log: options.log } : {}) });
  const imageProxy = new ImageProxy({ policy: imagePolicy });
  const thumbnails = new ThumbnailCache({ dir: path.join(dataDir, 'thumbnails') });
  const servedThumbnails = new ServedThumbnails((seriesId, width) => resolvePosterThumbnail(db, thumbnails, seriesId, options.log, width), { used: (file) => void thumbnails.noteUsed(file) });
  const posterSheets = new PosterSheets((seriesId, width, version) => servedThumbnails.get(seriesId, width, version));

  // The user's removal: rescans of its library folder leave these series out.
  const removeChosenSeries = async (ids: readonly number[]): Promise<SeriesSummary[]> => {
    const removed: SeriesSummary[] = [];
    for (const id of ids) {
      await loader.forget(id);
      removed.push(await removeSeries(db, id, { keepOut: { nowIso: now().toISOString() } }));
      feed.seriesRemoved(id);
    }
    feed.loader();
    await roots.sync();
    return removed;
  };
  const askProviderRefresh = async (ids?: readonly number[]) => {
    const asked = await metadata.askRefresh(ids);
    identifyQueue.notify();
    feed.loader();
    return { asked };
  };

  const core: Core = {
    dataDir,
    metadata,
    identifyQueue,
    episodeLists,
    missing,
    episodeNfos,
    async refreshEpisodeList(id) {
      await requireSeriesRow(db, id);
      const set = await metadata.providers();
      const refusal = explainSkipped(await fetchEpisodeLists({ db, providers: set.providers, now, titleLanguage: set.config.titleLanguage }, id, { fresh: true }));
      if (refusal) throw refusal;
      await fillFromStoredList(db, metadata, id, now);
      feed.series(id);
      return missing.ofSeries(id);
    },
    async refreshEpisodeListsMany(ids) {
      const asked = await makeListsDue(db, ids, now().getTime());
      episodeLists.notify();
      return { asked };
    },
    on: (name, listener) => bus.on(name, listener),
    async addFolders(paths) {
      const result = await addFolders(deps, paths);
      const changed = [...result.added, ...(result.moved ?? []).map((m) => m.series)].map((s) => s.id);
      // A library folder found at a new place: every series of it has a new path and a load queued.
      for (const r of result.movedRoots ?? []) changed.push(...(await seriesOfRoot(db, r.rootId)).map((s) => s.id));
      for (const id of changed) feed.series(id);
      if (changed.length) loader.notify();
      await roots.afterAdd();
      return result;
    },
    async addSampleLibrary() {
      return core.addFolders([await createSampleLibrary(dataDir)]);
    },
    listSeries: (query) => listSeriesView(db, now().getTime(), query),
    listSeriesIds: (query) => listSeriesIdsView(db, now().getTime(), query),
    async saveMetadata(id, fields) {
      const detail = await saveSeriesMetadata({ db, now }, id, fields);
      feed.series(id);
      return detail;
    },
    getSeries: (id) => getSeriesDetail(db, id),
    resolveSeries: (idOrPath) => resolveSeriesSummary(db, idOrPath),
    async scanSeries(id, options) {
      const result = await scanSeries(deps, id, { confirmRemoval: options?.confirmRemoval === true });
      feed.series(id);
      return result;
    },
    // An unknown id is refused (SERIES_NOT_FOUND) by the removal itself.
    removeSeries: async (id) => (await removeChosenSeries([id]))[0]!,
    async removeSeriesMany(ids) {
      const present = new Set((await getSeriesRows(db, ids)).map((row) => row.id));
      return removeChosenSeries([...new Set(ids)].filter((id) => present.has(id)));
    },
    loadingStatus: (id) => loader.loadingStatus(id),
    retry: (id) => loader.retry(id),
    cancel: (id) => loader.cancel(id),
    reload: (id) => loader.reload(id),
    reloadMany: (ids) => loader.reloadMany(ids),
    loaderStatus: async () => ({ ...(await loader.status()), network: await identifyQueue.status() }),
    countsByStatus: (options) => countByLoadingStatus(db, options),
    artwork: (seriesId, kind, version = null) => {
      if (kind === 'poster-thumb') return servedThumbnails.get(seriesId, THUMBNAIL_WIDTH, version);
      if (kind === 'poster-thumb-small') return servedThumbnails.get(seriesId, SMALL_THUMBNAIL_WIDTH, version);
      return resolveArtwork(db, seriesId, kind);
    },
    posterSheet: (kind, posters) => posterSheets.get(kind === 'poster-thumb' ? THUMBNAIL_WIDTH : SMALL_THUMBNAIL_WIDTH, posters),
    async refreshArtwork(seriesId) {
      if (!(await metadata.enabled())) throw new AnishelfError('PROVIDER_OFF', 'Online providers are switched off; switch AniList or TMDB on in Settings to fetch artwork.');
      const result = await metadata.fetchArtwork(seriesId, 'refresh');
      if (result.match === null) throw new AnishelfError('ARTWORK_NOT_MATCHED', 'This series is not identified yet; identify it first, then refresh its artwork.');
      return result;
    },
    artworkChoices: async (seriesId) => artworkChoices(await metadata.artworkDeps(), seriesId),
    async chooseArtwork(seriesId, kind, url, replace) {
      const chosen = await chooseArtwork(await metadata.artworkDeps(), seriesId, kind, url, replace);
      feed.series(seriesId);
      return chosen;
    },
    providerImage: (url) => imageProxy.get(url),
    remotePoster: (url) => remotePosters.get(url),
    async setSetting(name, value) {
      const view = await metadata.setSetting(name, value);
      // Switched on: every loaded series' missing episode NFOs are written now.
      if (name === 'episode-nfos' && view.episodeNfos && loader.isActive) await episodeNfos.refresh();
      identifyQueue.notify();
      episodeLists.settingsChanged();
      feed.loader();
      return view;
    },
    refreshAllFromProvider: () => askProviderRefresh(),
    refreshManyFromProvider: (ids) => askProviderRefresh(ids),
    // One pause for every queue: the disk workers, identification and episode lists.
    pauseLoader: async () => ({ ...(await loader.pause()), network: await identifyQueue.status() }),
    async resumeLoader() {
      const status = await loader.resume();
      identifyQueue.notify();
      episodeLists.notify();
      episodeNfos.notify();
      return { ...status, network: await identifyQueue.status() };
    },
    async startLoader() {
      const holder = await loader.start();
      // The process that loads the library also identifies it.
      if (!holder) {
        identifyQueue.start();
        episodeLists.start();
        await episodeNfos.start();
      }
      return holder;
    },
    roots,
    listRoots: () => roots.list(),
    setRootWatch: (rootId, setting, pollMinutes) => roots.setMode(rootId, setting, pollMinutes),
    async stopLoader() {
      await episodeNfos.stop();
      await episodeLists.stop();
      await identifyQueue.stop();
      await loader.stop();
    },
    whenLoaderIdle: () => loader.whenIdle(),
    loaderProblem: () => loader.problem(),
    async close() {
      const hold = holdForShutdown({ log: options.log });
      const steps: Array<[string, () => Promise<void>]> = [
        ['the library watch', () => roots.stop()],
        ['the episode NFO writer', () => episodeNfos.stop()],
        ['the episode lists', () => episodeLists.stop()],
        ['identification', () => identifyQueue.stop()],
        ['the loader', () => loader.stop()],
        ['the thumbnails', () => thumbnails.close()],
        ['the last changes to the window', () => feed.flushNow()],
        ['the checkpoint thread', () => checkpoints.stop()],
        ['the database', () => database.close()],
      ];
      try {
        for (const [name, stop] of steps) {
          hold.step(name);
          await stop();
        }
      } finally {
        hold.release();
      }
    },
  };
  return { core, db };
}
