// What the NFO reader returns and what the writer accepts. Plain data: it crosses worker threads.
import type { RatingField } from './merge-ratings';

export type NfoProblemCode =
  /** Not XML the reader can trust: broken structure, an unknown root, data after the root. */
  | 'NFO_INVALID'
  | 'NFO_EMPTY'
  | 'NFO_TOO_LARGE'
  | 'NFO_TOO_DEEP'
  /** A DOCTYPE, declared or external entities, too many or invalid character references. */
  | 'NFO_ENTITIES'
  | 'NFO_ENCODING'
  | 'NFO_TRUNCATED'
  | 'NFO_IS_DIRECTORY'
  | 'NFO_NOT_FOUND'
  | 'NFO_UNREADABLE'
  /** A date that could not be read or is ambiguous; the rest of the file is fine. */
  | 'NFO_DATE'
  /** A value that could not be read (a non-numeric year, a broken episode guide). */
  | 'NFO_VALUE';

export interface NfoProblem {
  code: NfoProblemCode;
  /** One sentence a user can act on. */
  message: string;
}

/** Problems after which the file cannot be trusted as a whole, so Anishelf will not rewrite it. */
export const BLOCKING_PROBLEMS: ReadonlySet<NfoProblemCode> = new Set([
  'NFO_INVALID',
  'NFO_TOO_LARGE',
  'NFO_TOO_DEEP',
  'NFO_ENTITIES',
  'NFO_ENCODING',
  'NFO_TRUNCATED',
  'NFO_IS_DIRECTORY',
  'NFO_UNREADABLE',
]);

export type NfoKind = 'tvshow' | 'episodedetails' | 'movie' | 'url-only' | 'unknown';

export interface NfoUniqueId {
  type: string;
  value: string;
}

export interface NfoRating {
  /** Lower-case source name (tmdb, imdb, …); `default` for an old single `<rating>`. */
  source: string;
  value: number;
  votes: number | null;
  max: number | null;
  default: boolean;
}

export interface NfoActor {
  name: string;
  role: string | null;
  order: number | null;
  thumb: string | null;
}

export interface NfoArt {
  /** poster, banner, clearlogo, logo, landscape, fanart, thumb, … (lower-case). */
  aspect: string;
  url: string;
  /** The season number for season artwork (-1 means all seasons), else null. */
  season: number | null;
  preview: string | null;
}

/** The fields of one `<tvshow>`, `<episodedetails>` or `<movie>` element. */
export interface NfoDetails {
  title: string | null;
  originalTitle: string | null;
  sortTitle: string | null;
  showTitle: string | null;
  year: number | null;
  /** YYYY-MM-DD. */
  premiered: string | null;
  /** YYYY-MM-DD. */
  aired: string | null;
  plot: string | null;
  outline: string | null;
  tagline: string | null;
  status: string | null;
  /** Minutes. */
  runtime: number | null;
  mpaa: string | null;
  /** Provider type (lower-case) → id; `<uniqueid>` first, then legacy elements and URLs. */
  uniqueIds: Record<string, string>;
  defaultUniqueId: NfoUniqueId | null;
  genres: string[];
  tags: string[];
  studios: string[];
  ratings: NfoRating[];
  actors: NfoActor[];
  art: NfoArt[];
  season: number | null;
  episode: number | null;
  displaySeason: number | null;
  displayEpisode: number | null;
  /** `<lockdata>true</lockdata>`: the user asked tools to leave this file alone. */
  locked: boolean;
}

export interface NfoReadResult extends NfoDetails {
  kind: NfoKind;
  /** `<namedseason number="N">` → name. */
  namedSeasons: Record<number, string>;
  /** Provider ids from `<episodeguide>` (the JSON map of Kodi 19+, or the old `<url>` form). */
  episodeGuide: Record<string, string>;
  /** One entry per `<episodedetails>` (several in a multi-episode file); empty for other kinds. */
  episodes: NfoDetails[];
  /** Provider URLs found in a URL-only file or after the XML. */
  urls: string[];
  problems: NfoProblem[];
}

/**
 * What Anishelf writes into tvshow.nfo. A missing key leaves that element as it is; null (or an
 * empty list) removes it.
 */
export interface TvshowFields {
  title?: string | null;
  originalTitle?: string | null;
  sortTitle?: string | null;
  year?: number | null;
  /** YYYY-MM-DD. */
  premiered?: string | null;
  plot?: string | null;
  genres?: readonly string[] | null;
  studios?: readonly string[] | null;
  tags?: readonly string[] | null;
  /** One source's rating, set inside `<ratings>` beside the others. */
  rating?: RatingField | null;
  status?: string | null;
  /** The content rating ("TV-MA", "FSK-16"). */
  mpaa?: string | null;
  /** Provider type → id. Types not named are kept; a null or empty id removes that type. */
  uniqueIds?: Readonly<Record<string, string | null>>;
  /** The provider type marked `default="true"`; it must have an id after the merge. */
  defaultUniqueId?: string | null;
  /** The cast, replacing every `<actor>` of the file (see merge-actors.ts). */
  actors?: readonly NfoActor[] | null;
  /** Season number → its name, as `<namedseason>`; seasons not given keep the file's names (see merge-named-seasons.ts). */
  namedSeasons?: Readonly<Record<number, string>>;
  /** Written as Kodi 19+'s JSON map, e.g. {"tvdb":"81189","tmdb":"1396"}. */
  episodeGuide?: Readonly<Record<string, string>> | null;
  /** `<lockdata>`. A locked file is only ever written to unlock it (see mergeNfo). */
  locked?: boolean;
}
