import { airedAtMs, airsStartMs, stateAt } from './aired';
import { coverEpisodes, numberKey } from './coverage';
import { expectedEpisodes } from './expected';
import { ownShare } from './shared-show';
import type { EpisodeStatus, MissingInput, NextAiring, SeasonSummary, SeriesMissing } from './types';

const AIRING_STATUSES: ReadonlySet<string> = new Set(['RELEASING', 'Returning Series', 'In Production']);

/**
 * Missing episodes of one series: the provider's list beside the files on record. Pure: the
 * clock is passed in, nothing is read. A "not wanted" episode (or season) keeps its row and
 * drops out of the counts.
 */
export function computeMissing(input: MissingInput, nowMs: number): SeriesMissing {
  const all = expectedEpisodes(input.lists, input.episodes);
  const expected = input.sharedShow ? ownShare(all, input.sharedShow) : all;
  const coverage = coverEpisodes(input.seriesPath, expected, input.files);
  const unwantedSeasons = new Set<number>();
  const unwanted = new Set<number>();
  for (const m of input.notWanted) {
    if (m.episode === null) unwantedSeasons.add(m.season);
    else unwanted.add(numberKey(m.season, m.episode));
  }

  // One pass over the rows the expected list made, filled in where they are: this runs for every
  // episode of the library, and a second object per episode would double what it allocates.
  const episodes = expected;
  const bySeason = new Map<number, EpisodeStatus[]>();
  const specialEpisodes: EpisodeStatus[] = [];
  for (let i = 0; i < episodes.length; i++) {
    const e = episodes[i]!;
    const files = coverage.files[i];
    const airedAt = airedAtMs(e);
    e.state = files ? 'have' : stateAt(airedAt, e.airedWithoutDate, nowMs);
    e.airedAtMs = airedAt;
    e.notWanted = unwantedSeasons.has(e.season) || (unwanted.size > 0 && unwanted.has(numberKey(e.season, e.episode)));
    e.files = files ?? [];
    e.misplaced = files !== undefined && coverage.placed[i] === 0;
    if (e.special) specialEpisodes.push(e);
    else {
      const season = bySeason.get(e.season);
      if (season) season.push(e);
      else bySeason.set(e.season, [e]);
    }
  }

  const seasonNumbers = [...bySeason.keys()].sort((a, b) => a - b);
  const seasons = seasonNumbers.map((s) => summarize(s, bySeason.get(s)!, unwantedSeasons.has(s)));
  const specials = specialEpisodes.length > 0 ? summarize(0, specialEpisodes, unwantedSeasons.has(0)) : null;
  let missingCount = 0;
  for (const s of seasons) missingCount += s.missing.length;
  if (input.showSpecials && specials) missingCount += specials.missing.length;
  const next = earliest(seasons.map((s) => s.next));
  return {
    known: input.lists.length > 0,
    seasons,
    specials,
    specialsShown: input.showSpecials,
    episodes,
    missingCount,
    airing: next !== null || input.lists.some((l) => l.status !== null && AIRING_STATUSES.has(l.status)),
    next,
  };
}

function summarize(season: number, episodes: readonly EpisodeStatus[], seasonUnwanted: boolean): SeasonSummary {
  let expected = 0;
  let have = 0;
  const missing: number[] = [];
  for (const e of episodes) {
    if (e.notWanted) continue;
    if (e.state === 'have') have++;
    else if (e.state === 'missing') missing.push(e.episode);
    else if (e.state !== 'just-aired') continue;
    expected++;
  }
  return {
    season,
    expected,
    have,
    missing,
    total: episodes.length,
    notWanted: seasonUnwanted,
    complete: expected > 0 && have === expected,
    next: nextAiring(season, episodes),
  };
}

function nextAiring(season: number, episodes: readonly EpisodeStatus[]): NextAiring | null {
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
