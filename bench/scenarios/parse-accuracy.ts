import { parseEpisodeName } from '../../main/core/scan/episode-name/index';
import { round } from '../fixtures';
import { HELD_OUT_NAMES } from '../held-out-names';
import type { BenchScenario } from '../scenario';

const EPISODE_TARGET = 98;
const TITLE_TARGET = 95;

function sameNumbers(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((n, i) => n === b[i]);
}

/**
 * Reads the held-out names (bench/held-out-names.ts, never used to tune the parser) and counts
 * how many come out right. Targets: 98 % episodes (season and numbers), 95 % titles. With
 * ANISHELF_BENCH_VERBOSE=1 the misses are listed on stderr.
 */
export const parseAccuracy: BenchScenario = {
  name: 'parse-accuracy',
  async run() {
    let episodesRight = 0;
    let titlesRight = 0;
    const misses: string[] = [];
    for (const expected of HELD_OUT_NAMES) {
      const parsed = parseEpisodeName(expected.name);
      const episodeOk = parsed.season === expected.season && sameNumbers(parsed.episodes, expected.episodes);
      const titleOk = parsed.title === expected.title;
      if (episodeOk) episodesRight++;
      if (titleOk) titlesRight++;
      if (!episodeOk || !titleOk) misses.push(`${expected.name} → ${JSON.stringify([parsed.title, parsed.season, parsed.episodes])}`);
    }
    if (process.env.ANISHELF_BENCH_VERBOSE === '1') for (const miss of misses) process.stderr.write(`${miss}\n`);
    const total = HELD_OUT_NAMES.length;
    return {
      names: total,
      episodesPercent: round((100 * episodesRight) / total, 1),
      episodesTarget: EPISODE_TARGET,
      titlesPercent: round((100 * titlesRight) / total, 1),
      titlesTarget: TITLE_TARGET,
    };
  },
};
