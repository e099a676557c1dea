import type { EpisodeFields } from './merge-episode';

/** What the scan read from one video's name (an `episodes` row). */
export interface ParsedEpisode {
  season: number | null;
  /** JSON array of episode numbers. */
  episodes: string;
  special: number;
  title: string | null;
}

/**
 * The `<episodedetails>` Anishelf can write from a file name alone, so Kodi lists the file before
 * any match: season (1 when the name has none, as Kodi's own file-name rules assume), episode,
 * and the title the name gave. Files without an episode number (an OVA, a decimal special) get
 * none: Kodi could not place them either.
 */
export function episodeFieldsFromName(row: ParsedEpisode): EpisodeFields[] {
  const numbers = writableEpisodeNumbers(JSON.parse(row.episodes) as unknown[]);
  if (numbers.length === 0) return [];
  const season = row.season ?? (row.special ? 0 : 1);
  return numbers.map((episode) => ({ season, episode, title: row.title?.trim() || `Episode ${episode}` }));
}

/** The episode numbers an episode NFO can carry (whole, not negative). */
export function writableEpisodeNumbers(numbers: readonly unknown[]): number[] {
  return numbers.filter((n): n is number => Number.isInteger(n) && (n as number) >= 0);
}
