/**
 * What a special or extra file is. `decimal` marks a fractional episode such as 07.5 that no
 * other marker explains; `special` is the generic kind (season 0, "Special", "SP").
 */
export type SpecialKind =
  | 'special'
  | 'ova'
  | 'oad'
  | 'ona'
  | 'ncop'
  | 'nced'
  | 'op'
  | 'ed'
  | 'pv'
  | 'preview'
  | 'movie'
  | 'extra'
  | 'trailer'
  | 'cm'
  | 'decimal';

/**
 * The parse of one episode file name. The first fields are the contract of `anishelf parse
 * --json` and keep this order; fields may be added after them, never removed or reordered.
 */
export interface ParsedEpisodeName {
  input: string;
  title: string | null;
  year: number | null;
  season: number | null;
  /** Episode numbers within `season` (or within the show when it has no seasons), ranges expanded. */
  episodes: number[];
  /** Absolute (series-wide) numbers; filled only when no season is known. */
  absolute: number[];
  special: boolean;
  version: number | null;
  group: string | null;
  /** Height with p or i, e.g. "1080p"; a WxH size is reported by its height. */
  resolution: string | null;
  /** CRC32 from the name, upper-case, 8 hex digits. */
  checksum: string | null;
  /** Lower-case, without the dot; null when the name has no known media extension. */
  extension: string | null;
  episodeTitle: string | null;
  specialKind: SpecialKind | null;
  /** A second number in parentheses after the episode, e.g. "05 (51)". */
  alternate: number | null;
  /** A fractional episode (07.5); `episodes` is then empty and `special` true. */
  decimalEpisode: number | null;
  source: string | null;
  videoCodec: string | null;
  /** For daily shows, YYYY-MM-DD; `episodes` stays empty unless the name also has SxxEyy. */
  airDate: string | null;
  /** One part of an episode split into several files ("- part1", ".cd2", as Kodi and Plex stack them). */
  part: number | null;
}

export interface ParseOptions {
  /** Parent folder names, outermost first and the file's own folder last. */
  folders?: readonly string[];
}
