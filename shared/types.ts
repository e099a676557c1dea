// Plain data shared by the core, both transports and the renderer. No runtime imports here.

export type LoadingStatus = 'pending' | 'loading' | 'completed' | 'failed' | 'cancelled';
export type LoadingStage = 'episodes' | 'nfo' | 'logo' | 'images';
export const LOADING_STAGES: readonly LoadingStage[] = ['episodes', 'nfo', 'logo', 'images'];

/** present: folder seen; offline: its root is unreachable; missing: root online, folder gone. */
export type SeriesState = 'present' | 'offline' | 'missing';
export type RootState = 'online' | 'offline';

export interface ErrorInfo {
  /** Stable, machine-readable code, e.g. EACCES or NFO_INVALID. */
  code: string;
  /** One sentence a user can act on. */
  message: string;
}

export type ProviderIds = Record<string, string>;

export type ArtworkKind = 'poster' | 'logo' | 'fanart';

export interface SeriesSummary {
  id: number;
  rootId: number | null;
  path: string;
  title: string;
  year: number | null;
  videoCount: number;
  hasNfo: boolean;
  hasPoster: boolean;
  hasLogo: boolean;
  hasFanart: boolean;
  /** Artwork files that are there but are not a readable image (their flag above stays true). */
  brokenArtwork?: ArtworkKind[];
  /** Each good artwork file's version: artwork URLs carry it, so a replaced file is shown at once. */
  artworkVersions?: Partial<Record<ArtworkKind, string>>;
  state: SeriesState;
  loadingStatus: LoadingStatus;
  loadingStage: LoadingStage | null;
  loadingError: ErrorInfo | null;
  /** 0–1, from the stage flags. */
  progress: number;
  addedAt: string;
  /** Online identification: null before it ran. */
  matchState?: MatchState | null;
  /** The season the folder's name says ("Show S02", a season pack); absent when none. */
  seasonHint?: number;
}

export interface EpisodeSummary {
  path: string;
  season: number | null;
  episodes: number[];
  absolute: number[];
  special?: boolean;
  /** What kind of special or extra: ova, ona, movie, ncop, nced, pv… (null for a plain episode). */
  specialKind?: string | null;
  version?: number | null;
  /** From the file name, or from an episode NFO beside it. */
  title?: string | null;
  /** One part of an episode split into several files ("- part1", ".cd2"), as Kodi and Plex stack them. */
  part?: number | null;
}

export type MatchState = 'matched' | 'needs_review' | 'unmatched' | 'waiting';
export type MatchProvider = 'anilist' | 'tmdb';
/** Which evidence decided: the user's pick, ids in tvshow.nfo, ids in the folder name, or a search. */
export type MatchSource = 'user' | 'nfo' | 'folder' | 'search';

export interface MatchCandidate {
  provider: MatchProvider;
  id: string;
  title: string;
  /** Other titles and synonyms, for the Identify dialog. */
  titles?: string[];
  year: number | null;
  format: string | null;
  episodes: number | null;
  /** 0–1. */
  score: number;
  poster?: string | null;
  url?: string | null;
}

/** What a series (or one of its seasons) was identified as; `show --json` carries it as `match`. */
export interface SeriesMatch {
  state: MatchState;
  provider: MatchProvider | null;
  id: string | null;
  score: number | null;
  source: MatchSource | null;
  candidates: MatchCandidate[];
  locked?: boolean;
  /** Other providers' ids for the same entry, from the provider's own fields. */
  crossIds?: ProviderIds;
  /** Why it is waiting (offline, rate-limited), or why its last refresh or companion look had to wait. */
  reason?: ErrorInfo | null;
  /** A refresh from the provider (asked for the whole library) is still to do. */
  refreshAsked?: boolean;
  /** Per-season matches where a season is its own entry (Season 02 → the sequel). */
  seasons?: Array<{ season: number } & Omit<SeriesMatch, 'seasons'>>;
}

export type NfoState = 'missing' | 'valid' | 'invalid';

/** What the user edits in the detail panel; saved to tvshow.nfo and the database. */
export interface SeriesMetadata {
  title: string;
  originalTitle: string | null;
  sortTitle: string | null;
  year: number | null;
  plot: string | null;
  genres: string[];
  /** provider → id: tvdb, tmdb, imdb, anilist, anidb, mal… */
  providerIds: ProviderIds;
  /** Kodi's <lockdata>: when true no tool (Anishelf included) rewrites tvshow.nfo. */
  locked: boolean;
}

export interface SeriesDetail extends SeriesSummary {
  episodes: EpisodeSummary[];
  metadata?: SeriesMetadata;
  nfo?: { state: NfoState; problems: ErrorInfo[] };
  /** Files holding the same episode (a v1 beside a v2), grouped. */
  duplicates?: string[][];
  /** Video files whose episode could not be told from the name. */
  unplaced?: string[];
  /** Files and folders the last read of the series folder could not read (see describeUnreadable). */
  unreadable?: Array<{ path: string; code: string }>;
  /** Why the last fill could not write the episode NFOs (a read-only share…); null when it wrote them. */
  episodeNfoProblem?: ErrorInfo | null;
  /** What online identification found (null before it ran). */
  match?: SeriesMatch | null;
  /** The matched entry's cast, as its episode list brought it (empty before that list). */
  cast?: Array<{ name: string; role: string | null }>;
  /** The seasons its tvshow.nfo names (`<namedseason>`), by number: what Kodi shows for them. */
  seasonNames?: Record<number, string>;
  /** Its tvshow.nfo's content rating (`<mpaa>`: "TV-MA", "FSK-16"). */
  contentRating?: string | null;
}

export interface SkippedPath {
  path: string;
  reason: string;
  /** Set when the path itself was unusable (missing, a file, unreadable…): bad input. */
  code?: string;
  /** The folder to add instead, when there is one (the series above a season folder). */
  instead?: string;
  /**
   * Set when nothing was refused: the path is kept as it was (a library folder that became part
   * of the one added, series already in the library). Reported, not counted as skipped.
   */
  kept?: true;
}

export interface AddResult {
  added: SeriesSummary[];
  skipped: SkippedPath[];
  /** Folders that could not be read while discovering, reported but not fatal. */
  warnings?: SkippedPath[];
  /** Series whose folder was renamed or moved inside its library folder: kept, at the new path. */
  moved?: MovedSeries[];
  /** Library folders found at the folder added (a drive mounted elsewhere): kept, with every series. */
  movedRoots?: MovedRoot[];
}

export interface MovedRoot {
  rootId: number;
  /** The library folder's old path, where it cannot be reached any more. */
  from: string;
  to: string;
  /** How many series it has, and how many of them the new folder holds (the rest are missing there). */
  series: number;
  found: number;
}

export interface MovedSeries {
  /** The folder's old path. */
  from: string;
  series: SeriesSummary;
}

/** The loading-status shape of the service Anishelf grew out of, per series. */
export interface LoadingStatusInfo {
  seriesId: number;
  status: LoadingStatus;
  stage: LoadingStage | null;
  episodesLoaded: boolean;
  nfoLoaded: boolean;
  logoLoaded: boolean;
  imagesLoaded: boolean;
  startedAt: string | null;
  completedAt: string | null;
  error: ErrorInfo | null;
  /** 0–1. */
  progress: number;
}

export interface LoaderStatus {
  workers: number;
  running: number;
  queued: number;
  /** Failed series whose folder is there. */
  failed: number;
  /** Series whose folder cannot be reached (offline) or is gone (missing): counted here only, as the window does. */
  offline: number;
  paused: boolean;
  completedSinceStart: number;
  /** Whether this process runs the workers (another Anishelf may hold the library's loader). */
  active: boolean;
  /** The network queue beside the disk workers (online identification). */
  network?: NetworkQueueStatus;
}

/** The network queue (online identification), beside the disk workers. */
export interface NetworkQueueStatus {
  active: boolean;
  /** Paused with the loader: no new series is taken (those in hand finish). */
  paused: boolean;
  /** Series in the library (present). */
  total: number;
  /** Series with a settled match: matched, needs review or unmatched. */
  identified: number;
  /** Series waiting for the network (offline, rate-limited). */
  waiting: number;
  /** Matched series whose "Refresh from provider" (asked for the whole library) is still to do. */
  refreshing: number;
  running: number;
  identifiedSinceStart: number;
  /** "AniList" at 25/min; message when it makes us wait ("AniList: rate-limited, resuming in 40 s"). */
  providers: Array<{ label: string; perMinute: number; message: string | null }>;
}

/** How the user wants a library folder watched; 'auto' follows its file system. */
export type WatchModeSetting = 'auto' | 'realtime' | 'poll' | 'off';
export const WATCH_MODE_SETTINGS: readonly WatchModeSetting[] = ['auto', 'realtime', 'poll', 'off'];

/** A folder the user added, as the "Library folders" panel and `anishelf roots` show it. */
export interface RootStatus {
  id: number;
  path: string;
  kind: 'library' | 'series';
  /** online: watched live or not at all; polling: checked every few minutes; offline: unreachable. */
  state: 'online' | 'offline' | 'polling';
  /** How it is watched now (a watch-limit error turns native into poll). */
  watch: 'native' | 'poll' | 'off';
  watchSetting: WatchModeSetting;
  pollMinutes: number;
  /** Why this mode (its file system, the user's choice, a watch limit). */
  watchReason: string;
  seriesCount: number;
  missingCount: number;
  /** Series folders in it the user removed from the library: its rescans leave them out until one is added again. */
  keptOut: string[];
  lastCheckedAt: string | null;
  /** Whether this process watches it (only the process running the loader does). */
  watching: boolean;
  /** Something the user should fix, such as WATCH_LIMIT. */
  problem: ErrorInfo | null;
}

/** Series whose folders stayed gone across checks: the user is asked once whether to remove them. */
export interface MissingSeriesPrompt {
  rootId: number;
  rootPath: string;
  series: SeriesSummary[];
}

/** Events the core emits; transports forward them to the renderer. */
export interface CoreEvents {
  'series:changed': { series: SeriesSummary[]; removed?: number[] };
  'loader:changed': LoaderStatus;
  'roots:changed': { roots: RootStatus[] };
  'library:missing': MissingSeriesPrompt;
}
export type CoreEventName = keyof CoreEvents;

/**
 * What "Refresh from provider" did: the match (identified again unless the user's pick is locked)
 * and what became of tvshow.nfo, whose fields were all taken from the provider where written.
 */
export interface ProviderRefreshResult {
  match: SeriesMatch;
  /** written; unchanged (it said that already); locked or not-kodi (left as it is); unmatched (nothing to take); error (the provider could not be asked now). */
  nfo: 'written' | 'unchanged' | 'locked' | 'not-kodi' | 'unmatched' | 'error';
  /** Why, for `error`. */
  message?: string;
}

/** What "Refresh artwork" (and the network queue's fetch) did in a series folder. */
export interface ArtworkRefreshResult {
  /** The matched entry ("tmdb:1396"); null when the series is not matched and nothing was looked up. */
  match: string | null;
  written: string[];
  /** Files left alone because they are the user's (never replaced without "Replace artwork…"). */
  kept: string[];
  /** Artwork no candidate could be saved for (not an image, an SVG that would not convert…). */
  failed: Array<{ kind: 'poster' | 'fanart' | 'logo' | 'banner' | 'season-poster'; season: number | null } & ErrorInfo>;
  /** Why the rest waits (offline, rate-limited); null when nothing is left to try later. */
  waiting: ErrorInfo | null;
}

export type ArtworkChoiceKind = 'poster' | 'fanart' | 'logo' | 'banner';

/** One image a provider offers for a kind ("Choose artwork"). */
export interface ArtworkChoice {
  url: string;
  provider: 'tmdb' | 'anilist';
  width: number | null;
  height: number | null;
  /** ISO 639-1, or null for an image without text. */
  language: string | null;
}

/** Per kind: the file the folder has now (whose it is) and the provider's candidates, best first. */
export interface ArtworkChoices {
  kinds: Array<{
    kind: ArtworkChoiceKind;
    current: { name: string; ours: boolean } | null;
    candidates: ArtworkChoice[];
  }>;
}

export interface ArtworkChosen {
  path: string;
  /** What the new file took the place of: nothing, a file Anishelf wrote, or the user's own file. */
  replaced: 'nothing' | 'ours' | 'yours';
}
