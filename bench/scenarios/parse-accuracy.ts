import { parseEpisodeName } from '../../main/core/scan/episode-name/index';
import { round } from '../fixtures';
import { HELD_OUT_NAMES, LATER_HELD_OUT_NAMES, LATEST_HELD_OUT_NAMES, type HeldOutName } from '../held-out-names';
import type { BenchScenario } from '../scenario';

const EPISODE_TARGET = 98;
const TITLE_TARGET = 95;

function sameNumbers(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((n, i) => n === b[i]);
}

function accuracy(names: readonly HeldOutName[], misses: string[]): { episodesPercent: number; titlesPercent: number } {
  let episodesRight = 0;
  let titlesRight = 0;
  for (const expected of names) {
    const parsed = parseEpisodeName(expected.name);
    const episodeOk = parsed.season === expected.season && sameNumbers(parsed.episodes, expected.episodes);
    const titleOk = parsed.title === expected.title;
    if (episodeOk) episodesRight++;
    if (titleOk) titlesRight++;
    if (!episodeOk || !titleOk) misses.push(`${expected.name} → ${JSON.stringify([parsed.title, parsed.season, parsed.episodes])}`);
  }
  return { episodesPercent: round((100 * episodesRight) / names.length, 1), titlesPercent: round((100 * titlesRight) / names.length, 1) };
}

/**
 * Reads the held-out names (bench/held-out-names.ts, never used to tune the parser) and counts
 * how many come out right, over all the lists and for each of the two later ones alone.
 * Targets: 98 % episodes (season and numbers), 95 % titles. With ANISHELF_BENCH_VERBOSE=1 the misses are listed on stderr.
 */
export const parseAccuracy: BenchScenario = {
  name: 'parse-accuracy',
  async run() {
    const misses: string[] = [];
    const all = accuracy([...HELD_OUT_NAMES, ...LATER_HELD_OUT_NAMES, ...LATEST_HELD_OUT_NAMES], misses);
    const later = accuracy(LATER_HELD_OUT_NAMES, []);
    const latest = accuracy(LATEST_HELD_OUT_NAMES, []);
    if (process.env.ANISHELF_BENCH_VERBOSE === '1') for (const miss of misses) process.stderr.write(`${miss}\n`);
    return {
      names: HELD_OUT_NAMES.length + LATER_HELD_OUT_NAMES.length + LATEST_HELD_OUT_NAMES.length,
      episodesPercent: all.episodesPercent,
      episodesTarget: EPISODE_TARGET,
      titlesPercent: all.titlesPercent,
      titlesTarget: TITLE_TARGET,
      laterNames: LATER_HELD_OUT_NAMES.length,
      laterEpisodesPercent: later.episodesPercent,
      laterTitlesPercent: later.titlesPercent,
      latestNames: LATEST_HELD_OUT_NAMES.length,
      latestEpisodesPercent: latest.episodesPercent,
      latestTitlesPercent: latest.titlesPercent,
    };
  },
};
