import type { Generated, Insertable, Selectable, Updateable } from 'kysely';
import type { LoadingStage, LoadingStatus, MatchProvider, MatchSource, MatchState, NfoState, RootState, SeriesState } from '../../../shared/types';

// Table types as kysely sees them. Booleans are SQLite integers (0/1); times are ISO strings
// except where a column says `_ms` (epoch milliseconds, compared in queries).

export interface LibraryRootTable {
  id: Generated<number>;
  path: string;
  /** 'library' holds many series folders; 'series' is a single series folder added on its own. */
  kind: 'library' | 'series';
  state: RootState;
  added_at: string;
  last_seen_at: string | null;
  /** auto | realtime | poll | off (the user's choice in "Library folders"). */
  watch_mode: Generated<string>;
  poll_minutes: Generated<number>;
  last_checked_at: Generated<string | null>;
}

export interface SeriesTable {
  id: Generated<number>;
  root_id: number | null;
  path: string;
  folder_name: string;
  title: string;
  sort_title: string | null;
  original_title: string | null;
  year: number | null;
  /** Season implied by the folder name ("Title S3"), used for files that state none. */
  season_hint: number | null;
  /** JSON object: provider → id (tvdb, tmdb, imdb, anilist, anidb, mal). */
  provider_ids: string;
  has_nfo: number;
  has_poster: number;
  has_logo: number;
  has_fanart: number;
  nfo_path: string | null;
  poster_path: string | null;
  logo_path: string | null;
  fanart_path: string | null;
  video_count: number;
  state: SeriesState;
  loading_status: LoadingStatus;
  loading_stage: LoadingStage | null;
  episodes_loaded: number;
  nfo_loaded: number;
  logo_loaded: number;
  images_loaded: number;
  loading_started_at: string | null;
  loading_completed_at: string | null;
  loading_error_code: string | null;
  loading_error: string | null;
  added_at: string;
  scanned_at: string | null;
  updated_at: string;
  plot: string | null;
  premiered: string | null;
  show_status: string | null;
  /** tvshow.nfo's content rating (<mpaa>). */
  mpaa: string | null;
  /** JSON arrays. */
  genres: Generated<string>;
  studios: Generated<string>;
  ratings: Generated<string>;
  /** How many <actor> the tvshow.nfo holds: a cast is filled in only where it has none. */
  nfo_actors: Generated<number>;
  /** JSON object of the tvshow.nfo's <namedseason> names by season number: filled only where it has none. */
  nfo_named_seasons: Generated<string>;
  nfo_state: Generated<NfoState>;
  /** JSON array of { code, message }. */
  nfo_problems: Generated<string>;
  locked: Generated<number>;
  /** Checks in a row that found the folder gone while its root was online. */
  missing_checks: Generated<number>;
  /** JSON array of artwork kinds whose file is present but not a readable image. */
  broken_artwork: Generated<string>;
  /** JSON { poster?, logo?, fanart? }: the version of each good artwork file (see artworkVersion). */
  artwork_versions: Generated<string>;
  /** The match ("tmdb:1396") whose missing artwork the network queue last fetched; null: never. */
  artwork_fetched_for: string | null;
  artwork_fetched_at: string | null;
  /** JSON { code, message }: why the last artwork fetch must be tried again; null when it went through. */
  artwork_error: string | null;
  /** JSON array of { path, code }: what the last read of the folder could not read. */
  unreadable_paths: Generated<string>;
  /** The names folded for search, and the title as it sorts (see db/repos/series-name-keys.ts). */
  search_key: Generated<string>;
  sort_key: Generated<string>;
  /** JSON { code, message }: why the last fill could not write episode NFOs; null when it wrote them. */
  episode_nfo_problem: string | null;
}

export interface EpisodeTable {
  id: Generated<number>;
  series_id: number;
  path: string;
  size: number;
  mtime_ms: number;
  season: number | null;
  episode: number | null;
  /** JSON arrays of numbers. */
  episodes: string;
  absolute: string;
  special: number;
  title: string | null;
  version: number | null;
  special_kind: string | null;
  /** JSON: the rest of the name parse (group, resolution, checksum, source…). */
  parsed: Generated<string>;
  nfo_path: string | null;
}

export type JobState = 'queued' | 'running' | 'done' | 'failed' | 'cancelled';

export interface JobTable {
  id: Generated<number>;
  kind: string;
  series_id: number;
  state: JobState;
  attempts: number;
  next_run_at_ms: number;
  error: string | null;
  created_at: string;
  updated_at: string;
}

/** A series folder removed from the library that rescans and the watch leave out (see repos/kept-out-folders.ts). */
export interface KeptOutFolderTable {
  path: string;
  removed_at: string;
}

export interface SettingTable {
  key: string;
  /** JSON-encoded value. */
  value: string;
}

/** A file Anishelf wrote into a library folder; only these may be replaced without asking. */
export interface WrittenFileTable {
  path: string;
  /** nfo | episode-nfo | poster | fanart | clearlogo | banner | season-poster */
  kind: string;
  /** SHA-256 of the bytes written, hex. */
  hash: string;
  size: number;
  written_at: string;
}

/** A watched folder's modification time, as last seen: compared by polling and at start-up. */
export interface FolderTimeTable {
  path: string;
  root_id: number;
  /** Null for the root and grouping folders above series. */
  series_id: number | null;
  mtime_ms: number;
}

export interface ProviderCacheTable {
  provider: string;
  /** The request, without credentials: "search:frieren", "media:154587", "tv:1396:en". */
  key: string;
  /** JSON of the successful answer (errors are never stored). */
  body: string;
  fetched_at_ms: number;
  expires_at_ms: number;
}

export interface MatchTable {
  id: Generated<number>;
  series_id: number;
  /** null: the series as a whole; N: season N, where it differs from the series' match. */
  season: number | null;
  state: MatchState;
  provider: MatchProvider | null;
  provider_id: string | null;
  score: number | null;
  source: MatchSource | null;
  /** JSON array of MatchCandidate. */
  candidates: Generated<string>;
  /** JSON object provider → id, from the matched entry's own fields (AniList idMal, TMDB external_ids…). */
  cross_ids: Generated<string>;
  /** A user's pick: never re-matched automatically. */
  locked: Generated<number>;
  /** 1 once TMDB was asked for the same show as this AniList match (found or not). */
  companion_asked: Generated<number>;
  /** When a refresh from the provider was asked for (tvshow.nfo's fields taken again), until it is done. */
  refresh_asked_at: string | null;
  /** Why the state is `waiting` (offline, rate-limited…), as JSON { code, message }. */
  error: string | null;
  updated_at: string;
}

export type EpisodeProvider = 'anilist' | 'tmdb';
export type ProviderEpisodeKind = 'regular' | 'special' | 'other';

/**
 * One provider entry's episode list for a series. `season`, `episode_offset` and `absolute_offset`
 * place the entry in the series' numbering (an AniList sequel is season 2, or season 1 continued);
 * null `season` means the provider's own seasons (TMDB). AniList facts are kept as given.
 */
export interface ProviderListTable {
  id: Generated<number>;
  series_id: number;
  provider: EpisodeProvider;
  provider_id: string;
  season: number | null;
  episode_offset: Generated<number>;
  absolute_offset: Generated<number>;
  /** AniList FINISHED | RELEASING | NOT_YET_RELEASED | CANCELLED | HIATUS; TMDB "Returning Series", "Ended"… */
  status: string | null;
  episode_count: number | null;
  /** Minutes per episode when the provider gives one for the whole entry (AniList duration). */
  episode_runtime: number | null;
  next_airing_episode: number | null;
  next_airing_at_ms: number | null;
  fetched_at_ms: number;
  refresh_at_ms: number | null;
  /** JSON array of the entry's cast as NfoActor (null: the provider was not asked for it). */
  actors: string | null;
  /** JSON object of the seasons the entry names, by number (null: it names none). */
  season_names: string | null;
}

/** One expected episode, already in the series' numbering. */
export interface ProviderEpisodeTable {
  id: Generated<number>;
  list_id: number;
  series_id: number;
  season: number;
  episode: number;
  absolute: number | null;
  title: string | null;
  plot: string | null;
  /** YYYY-MM-DD as the provider gives it. */
  air_date: string | null;
  /** The exact airing time when known (AniList airingAt). */
  airs_at_ms: number | null;
  /** Minutes. */
  runtime: number | null;
  kind: Generated<ProviderEpisodeKind>;
  still_url: string | null;
  /** The provider's own id of the episode (TMDB's), written as the episode NFO's <uniqueid>. */
  provider_episode_id: string | null;
}

/** "Not wanted" marks; `episode` -1 marks the whole season. */
export interface NotWantedTable {
  series_id: number;
  season: number;
  episode: Generated<number>;
  marked_at: string;
}

export interface SeriesSettingsTable {
  series_id: number;
  /** null: follow the global setting. */
  show_specials: number | null;
}

export interface Database {
  library_roots: LibraryRootTable;
  series: SeriesTable;
  episodes: EpisodeTable;
  jobs: JobTable;
  settings: SettingTable;
  written_files: WrittenFileTable;
  folder_times: FolderTimeTable;
  provider_cache: ProviderCacheTable;
  matches: MatchTable;
  provider_lists: ProviderListTable;
  provider_episodes: ProviderEpisodeTable;
  not_wanted: NotWantedTable;
  series_settings: SeriesSettingsTable;
  kept_out_folders: KeptOutFolderTable;
}

export type LibraryRootRow = Selectable<LibraryRootTable>;
export type SeriesRow = Selectable<SeriesTable>;
export type NewSeries = Insertable<SeriesTable>;
export type SeriesUpdate = Updateable<SeriesTable>;
export type EpisodeRow = Selectable<EpisodeTable>;
export type NewEpisode = Insertable<EpisodeTable>;
export type JobRow = Selectable<JobTable>;
export type MatchRow = Selectable<MatchTable>;
export type NewMatch = Insertable<MatchTable>;
export type EpisodeUpdate = Updateable<EpisodeTable>;
export type NewLibraryRoot = Insertable<LibraryRootTable>;
export type ProviderListRow = Selectable<ProviderListTable>;
export type NewProviderList = Insertable<ProviderListTable>;
export type ProviderEpisodeRow = Selectable<ProviderEpisodeTable>;
export type NewProviderEpisode = Insertable<ProviderEpisodeTable>;
