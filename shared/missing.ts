// Missing episodes as the core reports them and the UI and CLI show them. Plain data and pure
// formatting only: no runtime imports.

/** One episode the provider lists, in the series' numbering. */
export interface ExpectedEpisode {
  season: number;
  episode: number;
  absolute: number | null;
  title: string | null;
  /** YYYY-MM-DD. */
  airDate: string | null;
  airsAtMs: number | null;
  /** Minutes. */
  runtime: number | null;
  special: boolean;
  /** Known to have aired though no date is given (AniList: finished, or before the next airing). */
  airedWithoutDate: boolean;
}

/** have: a file covers it; the rest say why not. */
export type EpisodeState = 'have' | 'missing' | 'just-aired' | 'upcoming' | 'tba';

export interface EpisodeStatus extends ExpectedEpisode {
  state: EpisodeState;
  /** When it finished (or finishes) airing, when known. */
  airedAtMs: number | null;
  notWanted: boolean;
  files: string[];
  /** Its only files sit in another season's folder. */
  misplaced: boolean;
}

export interface NextAiring {
  season: number;
  episode: number;
  /** Exact time when known, else the air date at 00:00 UTC. */
  atMs: number;
  dateOnly: boolean;
}

export interface SeasonSummary {
  season: number;
  /** Wanted episodes that have aired or are on disk: the "12" of "8/12". */
  expected: number;
  have: number;
  missing: number[];
  /** Every listed episode, upcoming and undated included. */
  total: number;
  notWanted: boolean;
  complete: boolean;
  next: NextAiring | null;
}

export interface SeriesMissing {
  /** Whether a provider list exists at all (else nothing is known to be missing). */
  known: boolean;
  seasons: SeasonSummary[];
  /** Season 0, counted apart. */
  specials: SeasonSummary | null;
  specialsShown: boolean;
  episodes: EpisodeStatus[];
  missingCount: number;
  airing: boolean;
  next: NextAiring | null;
}

/** Per series, what the cards, chips and sort need. */
export interface MissingCounts {
  seriesId: number;
  missing: number;
  airing: boolean;
  /** Whether the series has an episode list (from its identification): without one, nothing is known to be missing. */
  listed: boolean;
}

/** Where missing episodes come from: said wherever a series has no episode list yet. */
export const LISTS_COME_WITH = 'episode lists come with identification (AniList, or TMDB with your key)';

/**
 * What a library-wide listing says of its series without an episode list (not identified yet):
 * their gaps are unknown, never "none". `names` lists some of them (the CLI's line).
 */
export function unlistedText(unlisted: number, listed: number, names?: string): string {
  if (listed === 0) return `No series has an episode list yet, so no episode is known to be missing: ${LISTS_COME_WITH}.`;
  const one = unlisted === 1;
  return `${unlisted.toLocaleString('en-US')} series ${one ? 'has' : 'have'} no episode list yet (not identified), so ${one ? 'its' : 'their'} missing episodes are not known${names ? `: ${names}` : ''}.`;
}

/** One line of `anishelf missing --json` and of the library-wide view. */
export interface MissingRow {
  seriesId: number;
  series: string;
  season: number;
  episode: number;
  title: string | null;
  /** ISO date (or date-time when the time is known); null when TBA. */
  aired: string | null;
  state: Exclude<EpisodeState, 'have'>;
  special: boolean;
  notWanted: boolean;
}

const WEEKDAY = new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' });
const WEEKDAY_LOCAL = new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short' });
const DAY_YEAR = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const DAY_YEAR_LOCAL = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
/** Half a year: nearer than this to today a day needs no year, as file managers date files. */
const NEAR_MS = 183 * 24 * 60 * 60 * 1000;

/**
 * "Fri 12 Dec" for a day within half a year of `nowMs`, else "24 Feb 2008": a missing episode of
 * a series that ended years ago is dated by its year, where a weekday says nothing. A date-only
 * airing is read in UTC (as the provider gives it), a timed one in local time.
 */
export function formatAirDay(next: Pick<NextAiring, 'atMs' | 'dateOnly'>, nowMs = Date.now()): string {
  const near = Math.abs(next.atMs - nowMs) < NEAR_MS;
  const format = near ? (next.dateOnly ? WEEKDAY : WEEKDAY_LOCAL) : next.dateOnly ? DAY_YEAR : DAY_YEAR_LOCAL;
  return format.format(new Date(next.atMs)).replace(',', '');
}

/** "next: E10 on Fri 12 Dec". */
export function formatNext(next: NextAiring, nowMs = Date.now()): string {
  return `next: E${next.episode} on ${formatAirDay(next, nowMs)}`;
}

/** "3, 5, 7", "1–13", "2, 3, 8–12": three or more numbers in a row as a range, as Sonarr shows them. */
export function numberRuns(numbers: readonly number[]): string {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    if (j - i >= 2) parts.push(`${sorted[i]}–${sorted[j]}`);
    else for (let k = i; k <= j; k++) parts.push(String(sorted[k]));
    i = j + 1;
  }
  return parts.join(', ');
}

/** "S1 12/12 ✓", "S2 8/12, missing 3, 5, 7, 9 · next E10 Fri 12 Dec", "S3 0/13, missing 1–13". */
export function formatSeason(s: SeasonSummary, options: { specialsShown?: boolean; nowMs?: number } = {}): string {
  const label = s.season === 0 ? 'Specials' : `S${s.season}`;
  // A season the user does not want has no count to show.
  if (s.notWanted) return `${label} not wanted`;
  const count = `${label} ${s.have}/${s.expected}${s.complete && s.missing.length === 0 ? ' ✓' : ''}`;
  if (s.season === 0 && !options.specialsShown) return `${count} (hidden)`;
  let line = count;
  if (s.missing.length > 0) line += `, missing ${numberRuns(s.missing)}`;
  if (s.next) line += ` · next E${s.next.episode} ${formatAirDay(s.next, options.nowMs)}`;
  return line;
}
