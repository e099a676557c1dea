import { z } from 'zod';
import { LIBRARY_FILTERS, LIBRARY_SORTS } from './library-view';
import type { MissingCounts, MissingRow, SeriesMissing } from './missing';
import type {
  AddResult, ArtworkChoices, ArtworkChosen, ArtworkRefreshResult, CoreEvents, ProviderRefreshResult, LoaderStatus, LoadingStatusInfo, MatchCandidate, RootStatus, SeriesDetail, SeriesMatch, SeriesSummary,
} from './types';
import { WATCH_MODE_SETTINGS } from './types';

// The one contract between the core and the UI. The Electron preload, the IPC wrapper, the web
// server and the renderer's client are all derived from these two maps.

const MAX_PATH = 4096;

/**
 * A local absolute folder path as the user picked it. Refused before any file-system call: NUL,
 * `..` segments, UNC/network paths (`\\\\server\\share`), URLs (`file:`, `smb:`…), relative paths.
 * `~` and `~/…` are accepted: the core expands them to the home folder of the user it runs as.
 */
export const localPath = z
  .string()
  .min(1)
  .max(MAX_PATH)
  .refine((p) => !p.includes('\0'), 'must not contain NUL')
  .refine((p) => !/^[a-z][a-z0-9+.-]*:\/\//i.test(p) && !/^file:/i.test(p), 'must be a folder path, not a URL')
  .refine((p) => !/^(\\\\|\/\/)/.test(p), 'network (UNC) paths are not accepted; mount the share first')
  .refine((p) => p.startsWith('/') || /^[a-zA-Z]:[\\/]/.test(p) || /^~([\\/]|$)/.test(p), 'must be an absolute path (like /media/anime) or start with ~/')
  .refine((p) => !p.split(/[\\/]/).includes('..'), 'must not contain ".."');

/** The settings the Settings panel and `anishelf config` change. */
export const SETTING_NAMES = ['tmdb-key', 'title-language', 'rating-country', 'anilist', 'tmdb', 'workers', 'episode-nfos'] as const;
export type SettingName = (typeof SETTING_NAMES)[number];

export const seriesId = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
const byId = z.object({ id: seriesId }).strict();
/** A selection in the grid: up to every series of a large library at once. */
const byIds = z.object({ ids: z.array(seriesId).min(1).max(100_000) }).strict();
const rootById = z.object({ id: seriesId }).strict();
const nothing = z.object({}).strict().optional();


const shortText = (max: number) => z.string().max(max).refine((s) => !s.includes('\0'), 'must not contain NUL');

export const metadataFields = z
  .object({
    title: shortText(500).min(1),
    originalTitle: shortText(500).nullable(),
    sortTitle: shortText(500).nullable(),
    year: z.number().int().min(1800).max(2200).nullable(),
    plot: shortText(20_000).nullable(),
    genres: z.array(shortText(100)).max(50),
    providerIds: z.record(z.string().regex(/^[a-z0-9_-]{1,20}$/), shortText(100)),
    locked: z.boolean(),
  })
  .partial()
  .strict();

export const methodSchemas = {
  'library.addFolders': z.object({ paths: z.array(localPath).min(1).max(1000) }).strict(),
  'library.addSample': nothing,
  'library.refreshAllFromProvider': nothing,
  'library.list': z
    .object({
      search: shortText(200).optional(),
      filter: z.enum(LIBRARY_FILTERS).optional(),
      sort: z.enum(LIBRARY_SORTS).optional(),
      /** The first `limit` series of the view only: a page to show while the whole list comes. */
      limit: z.number().int().min(1).max(10_000).optional(),
    })
    .strict()
    .optional(),
  /** The same view as `library.list`, its ids only: a search or sort over the series the window holds. */
  'library.ids': z
    .object({
      search: shortText(200).optional(),
      filter: z.enum(LIBRARY_FILTERS).optional(),
      sort: z.enum(LIBRARY_SORTS).optional(),
    })
    .strict()
    .optional(),
  'series.get': byId,
  'series.loadingStatus': byId,
  'series.reload': byId,
  'series.retry': byId,
  'series.cancel': byId,
  'series.remove': byId,
  'series.reloadMany': byIds,
  'series.removeMany': byIds,
  'series.refreshManyFromProvider': byIds,
  'series.refreshEpisodeListsMany': byIds,
  'series.saveMetadata': z.object({ id: seriesId, fields: metadataFields }).strict(),
  /** Desktop only: shows the series folder in the file manager (the path comes from the database). */
  'series.openFolder': byId,
  /** Online identification: identify again (unless the pick is locked), search by hand, pick. */
  'series.identify': byId,
  'series.searchMatch': z.object({ id: seriesId, text: shortText(200).min(1) }).strict(),
  'series.pickMatch': z.object({ id: seriesId, ref: shortText(300).min(1) }).strict(),
  /** "Refresh from provider": identifies again and takes every tvshow.nfo field from the provider (a locked file stays). */
  'series.refreshFromProvider': byId,
  /** "Refresh artwork": replaces only Anishelf's own unchanged files and fills what is missing. */
  'series.refreshArtwork': byId,
  /** "Choose artwork": the provider's candidates per kind, with the file there now. */
  'series.artworkChoices': byId,
  /** Saves one candidate; `replace` (after the user compared old and new) lets it replace the user's own file. */
  'series.chooseArtwork': z
    .object({ id: seriesId, kind: z.enum(['poster', 'fanart', 'logo', 'banner']), url: z.string().max(2000).regex(/^https?:\/\//, 'must be a web address'), replace: z.boolean() })
    .strict(),
  'settings.get': nothing,
  'settings.set': z.object({ name: z.enum(SETTING_NAMES), value: shortText(2000) }).strict(),
  /** Missing episodes of one series: per season, with every listed episode. */
  'missing.series': byId,
  /** "Refresh episode list": the provider is asked again at once, past its cache. */
  'missing.refresh': byId,
  /** Per series: how many episodes are missing, and whether it airs. */
  'missing.counts': nothing,
  /** The library-wide list: aired and missing, plus upcoming / TBA and specials when asked. */
  'missing.list': z.object({ upcoming: z.boolean().optional(), specials: z.boolean().optional(), notWanted: z.boolean().optional() }).strict().optional(),
  /** Marks an episode (or, with `episode` null, a whole season) not wanted, or wanted again. */
  'missing.setNotWanted': z
    .object({ id: seriesId, season: z.number().int().min(0).max(10_000), episode: z.number().int().min(0).max(100_000).nullable(), notWanted: z.boolean() })
    .strict(),
  /** Shows or hides specials for one series (null: follow the global setting). */
  'missing.setShowSpecials': z.object({ id: seriesId, show: z.boolean().nullable() }).strict(),
  /** The global "count specials" setting, which series without their own choice follow. */
  'missing.settings': nothing,
  'missing.setGlobalShowSpecials': z.object({ show: z.boolean() }).strict(),
  'loader.status': nothing,
  'loader.pause': nothing,
  'loader.resume': nothing,
  'roots.list': nothing,
  'roots.rescan': rootById,
  'roots.remove': rootById,
  'roots.setWatch': z
    .object({ id: seriesId, mode: z.enum(WATCH_MODE_SETTINGS as unknown as ['auto', 'realtime', 'poll', 'off']), pollMinutes: z.number().int().min(1).max(24 * 60).optional() })
    .strict(),
  /** Series the user confirmed removing after their folders stayed gone (kept if they came back). */
  'roots.removeMissing': byIds,
  /** Series of a root whose folders are gone (state missing). */
  'roots.missing': rootById,
  'fs.listDirectories': z.object({ path: localPath.optional() }).strict().optional(),
  'app.info': nothing,
  /** Kodi's file-name rules for fansub episode names, for its advancedsettings.xml. */
  'kodi.settings': nothing,
} as const;

export interface KodiSettings {
  /** The <tvshowmatching> block to paste into an existing advancedsettings.xml. */
  block: string;
  /** A whole advancedsettings.xml for a Kodi that has none. */
  file: string;
}

export interface DirectoryListing {
  path: string;
  parent: string | null;
  directories: Array<{ name: string; path: string }>;
}

/** The settings panel. The TMDB key is write-only: only whether one is set, and where from. */
export interface SettingsView {
  tmdbKey: { set: boolean; source: 'settings' | 'environment' | null };
  titleLanguage: 'romaji' | 'english' | 'native';
  /** Whose content ratings tvshow.nfo gets: the user's choice, else the system's region. */
  ratingCountry: { country: string; source: 'settings' | 'system' };
  anilist: boolean;
  tmdb: boolean;
  /** Disk workers; a change applies the next time the loader starts. */
  workers: number;
  /** Writes an episode NFO beside every video that has none (Kodi's local-only scraper). */
  episodeNfos: boolean;
}

export interface AppInfo {
  name: 'Anishelf';
  version: string;
  mode: 'desktop' | 'web';
  platform: string;
  dataDir: string;
  homeDir: string;
}

export interface MethodResults {
  'library.addFolders': AddResult;
  'library.addSample': AddResult;
  /** How many matched series were asked for; the network queue refreshes them at the providers' pace. */
  'library.refreshAllFromProvider': { asked: number };
  'library.list': SeriesSummary[];
  'library.ids': number[];
  'series.get': SeriesDetail;
  'series.loadingStatus': LoadingStatusInfo;
  'series.reload': LoadingStatusInfo;
  'series.retry': LoadingStatusInfo;
  'series.cancel': LoadingStatusInfo;
  'series.remove': SeriesSummary;
  /** The ids queued for a fresh load (those still in the library). */
  'series.reloadMany': { reloaded: number[] };
  /** The ids removed (those still in the library). */
  'series.removeMany': { removed: number[] };
  /** How many of them are matched, and so asked for. */
  'series.refreshManyFromProvider': { asked: number };
  /** How many of them hold an episode list, now due for a fresh fetch. */
  'series.refreshEpisodeListsMany': { asked: number };
  'series.saveMetadata': SeriesDetail;
  'series.openFolder': { opened: boolean };
  'series.identify': SeriesMatch;
  'series.searchMatch': MatchCandidate[];
  'series.pickMatch': SeriesMatch;
  'series.refreshFromProvider': ProviderRefreshResult;
  'series.refreshArtwork': ArtworkRefreshResult;
  'series.artworkChoices': ArtworkChoices;
  'series.chooseArtwork': ArtworkChosen;
  'settings.get': SettingsView;
  'settings.set': SettingsView;
  'missing.series': SeriesMissing;
  'missing.refresh': SeriesMissing;
  'missing.counts': MissingCounts[];
  'missing.list': MissingRow[];
  'missing.setNotWanted': SeriesMissing;
  'missing.setShowSpecials': SeriesMissing;
  'missing.settings': { showSpecials: boolean };
  'missing.setGlobalShowSpecials': { showSpecials: boolean };
  'loader.status': LoaderStatus;
  'loader.pause': LoaderStatus;
  'loader.resume': LoaderStatus;
  'roots.list': RootStatus[];
  'roots.rescan': { root: RootStatus; rescanned: number; added: number; moved: number };
  'roots.remove': { removedSeries: number };
  'roots.setWatch': RootStatus;
  'roots.removeMissing': SeriesSummary[];
  'roots.missing': SeriesSummary[];
  'fs.listDirectories': DirectoryListing;
  'app.info': AppInfo;
  'kodi.settings': KodiSettings;
}

export type MethodName = keyof typeof methodSchemas;
export type MethodArgs<M extends MethodName> = z.input<(typeof methodSchemas)[M]>;
export type MethodResult<M extends MethodName> = MethodResults[M];
export const METHOD_NAMES = Object.keys(methodSchemas) as MethodName[];

export const EVENT_NAMES = ['series:changed', 'loader:changed', 'roots:changed', 'library:missing'] as const satisfies ReadonlyArray<keyof CoreEvents>;
export type EventName = (typeof EVENT_NAMES)[number];
export type EventPayload<E extends EventName> = CoreEvents[E];

export interface RpcError {
  code: string;
  message: string;
}
export type RpcReply<T> = { ok: true; value: T } | { ok: false; error: RpcError };

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.hasOwn(methodSchemas, name);
}

/** A method's argument after its schema parsed it (what a handler receives). */
export type ParsedArgs<M extends MethodName> = NonNullable<z.output<(typeof methodSchemas)[M]>>;
