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
  state: SeriesState;
  loadingStatus: LoadingStatus;
  loadingStage: LoadingStage | null;
  loadingError: ErrorInfo | null;
  /** 0–1, from the stage flags. */
  progress: number;
  addedAt: string;
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
}

export interface SkippedPath {
  path: string;
  reason: string;
  /** Set when the path itself was unusable (missing, a file, unreadable…): bad input. */
  code?: string;
}

export interface AddResult {
  added: SeriesSummary[];
  skipped: SkippedPath[];
  /** Folders that could not be read while discovering, reported but not fatal. */
  warnings?: SkippedPath[];
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
  failed: number;
  paused: boolean;
  completedSinceStart: number;
  /** Whether this process runs the workers (another Anishelf may hold the library's loader). */
  active: boolean;
}

/** Events the core emits; transports forward them to the renderer. */
export interface CoreEvents {
  'series:changed': { series: SeriesSummary[]; removed?: number[] };
  'loader:changed': LoaderStatus;
}
export type CoreEventName = keyof CoreEvents;
