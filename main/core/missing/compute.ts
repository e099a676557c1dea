import { airedAtMs, airsStartMs, uncoveredState } from './aired';
import { coverEpisodes, numberKey } from './coverage';
import { expectedEpisodes } from './expected';
import type { EpisodeStatus, MissingInput, NextAiring, SeasonSummary, SeriesMissing } from './types';

const NONE: ReadonlyArray<{ path: string; misplaced: boolean }> = [];
const AIRING_STATUSES: ReadonlySet<string> = new Set(['RELEASING', 'Returning Series', 'In Production']);

/**
 * Missing episodes of one series: the provider's list beside the files on record. Pure: the
 * clock is passed in, nothing is read. A "not wanted" episode (or season) keeps its row and
 * drops out of the counts.
 */
export function computeMissing(input: MissingInput, nowMs: number): SeriesMissing {
  const expected = expectedEpisodes(input.lists, input.episodes);
  const coverage = coverEpisodes(input.seriesPath, expected, input.files);
  const unwantedSeasons = new Set(input.notWanted.filter((m) => m.episode === null).map((m) => m.season));
  const unwanted = new Set(input.notWanted.filter((m) => m.episode !== null).map((m) => numberKey(m.season, m.episode!)));

  // Fields written out, not spread: this runs for every episode of the library.
  const episodes: EpisodeStatus[] = expected.map((e, i) => {
    const files = coverage.files.get(i) ?? NONE;
    return {
      season: e.season,
      episode: e.episode,
      absolute: e.absolute,
      title: e.title,
      airDate: e.airDate,
      airsAtMs: e.airsAtMs,
      runtime: e.runtime,
      special: e.special,
      airedWithoutDate: e.airedWithoutDate,
      state: files.length > 0 ? 'have' : uncoveredState(e, nowMs),
      airedAtMs: airedAtMs(e),
      notWanted: unwantedSeasons.has(e.season) || unwanted.has(numberKey(e.season, e.episode)),
      files: files.length === 0 ? [] : files.map((f) => f.path),
      misplaced: files.length > 0 && files.every((f) => f.misplaced),
    };
  });

  const seasonNumbers = [...new Set(episodes.filter((e) => !e.special).map((e) => e.season))].sort((a, b) => a - b);
  const seasons = seasonNumbers.map((s) => summarize(s, episodes.filter((e) => !e.special && e.season === s), unwantedSeasons.has(s)));
  const specialEpisodes = episodes.filter((e) => e.special);
  const specials = specialEpisodes.length > 0 ? summarize(0, specialEpisodes, unwantedSeasons.has(0)) : null;
  const counted = [...seasons, ...(input.showSpecials && specials ? [specials] : [])];
  const next = earliest(seasons.map((s) => s.next));
  return {
    known: input.lists.length > 0,
    seasons,
    specials,
    specialsShown: input.showSpecials,
    episodes,
    missingCount: counted.reduce((n, s) => n + s.missing.length, 0),
    airing: next !== null || input.lists.some((l) => l.status !== null && AIRING_STATUSES.has(l.status)),
    next,
  };
}

function summarize(season: number, episodes: EpisodeStatus[], seasonUnwanted: boolean): SeasonSummary {
  const wanted = episodes.filter((e) => !e.notWanted);
  const counted = wanted.filter((e) => e.state === 'have' || e.state === 'missing' || e.state === 'just-aired');
  const have = counted.filter((e) => e.state === 'have').length;
  const missing = counted.filter((e) => e.state === 'missing').map((e) => e.episode);
  return {
    season,
    expected: counted.length,
    have,
    missing,
    total: episodes.length,
    notWanted: seasonUnwanted,
    complete: counted.length > 0 && have === counted.length,
    next: nextAiring(season, episodes),
  };
}

function nextAiring(season: number, episodes: EpisodeStatus[]): NextAiring | null {
  let best: NextAiring | null = null;
  for (const e of episodes) {
    if (e.state !== 'upcoming') continue;
    const start = airsStartMs(e);
    if (start && (best === null || start.atMs < best.atMs)) best = { season, episode: e.episode, atMs: start.atMs, dateOnly: start.dateOnly };
  }
  return best;
}

function earliest(nexts: Array<NextAiring | null>): NextAiring | null {
  let best: NextAiring | null = null;
  for (const n of nexts) if (n && (best === null || n.atMs < best.atMs)) best = n;
  return best;
}
