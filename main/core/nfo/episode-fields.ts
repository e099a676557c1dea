import { isExtraKind } from '../../../shared/extra-kinds';
import type { EpisodeFields } from './merge-episode';

/** What the scan read from one video's name (an `episodes` row). */
export interface ParsedEpisode {
  season: number | null;
  /** JSON array of episode numbers. */
  episodes: string;
  special: number;
  special_kind: string | null;
  title: string | null;
  /** JSON: the rest of the name's parse; its `part` marks one file of a split episode. */
  parsed: string;
}

/**
 * The `<episodedetails>` Anishelf can write from a file name alone, so Kodi lists the file before
 * any match: season (1 when the name has none, as Kodi's own file-name rules assume), episode,
 * and the title the name gave. Files without an episode number (an OVA, a decimal special) get
 * none: Kodi could not place them either. Nor do extras ("NCOP 1", "PV 2", "Menu 3"): numbered
 * as specials, they would crowd out and collide with the real ones in Kodi's season 0.
 */
export function episodeFieldsFromName(row: ParsedEpisode): EpisodeFields[] {
  if (isExtraKind(row.special_kind)) return [];
  const numbers = writableEpisodeNumbers(JSON.parse(row.episodes) as unknown[]);
  if (numbers.length === 0) return [];
  const season = row.season ?? (row.special ? 0 : 1);
  return numbers.map((episode) => ({ season, episode, title: row.title?.trim() || placeholderTitle(episode) }));
}

/** The title Kodi needs when the name gave none, as Sonarr and Kodi's own scrapers write it. */
function placeholderTitle(episode: number): string {
  return `Episode ${episode}`;
}

const PLACEHOLDER = /^Episode (\d{1,6})(?: \(Part \d{1,3}\))?$/;

/**
 * An episode NFO's title, or null when it is only the placeholder ("Episode 5" for episode 5,
 * with its part): it says nothing the episode's number does not, so it is not shown as a title.
 */
export function realEpisodeTitle(title: string | null | undefined, episode: number | null): string | null {
  if (!title) return null;
  const placeholder = PLACEHOLDER.exec(title);
  return placeholder && Number(placeholder[1]) === episode ? null : title;
}

/**
 * "Rendezvous (Part 1)" for one file of an episode split into several: Kodi does not stack an
 * episode's files, so each is an entry of its own, told apart and kept in order by its part.
 */
export function withStackPart(fields: readonly EpisodeFields[], row: ParsedEpisode): EpisodeFields[] {
  const part = stackPartOf(row.parsed);
  if (part === null) return [...fields];
  return fields.map((f) => ({ ...f, title: `${f.title ?? placeholderTitle(f.episode)} (Part ${part})` }));
}

/** The stacking part kept in an episode row's `parsed` JSON; rows scanned before it was read have none. */
export function stackPartOf(parsed: string): number | null {
  const part = (JSON.parse(parsed) as { part?: unknown }).part;
  return typeof part === 'number' ? part : null;
}

/** The episode numbers an episode NFO can carry (whole, not negative). */
export function writableEpisodeNumbers(numbers: readonly unknown[]): number[] {
  return numbers.filter((n): n is number => Number.isInteger(n) && (n as number) >= 0);
}
