import type { ParsedEpisodeName } from '../types';

/**
 * One corpus entry: the name and what a careful reader says it means. Title, season, episodes
 * and absolute are always checked; any other field given in `more` is checked too.
 */
export interface CorpusCase extends Partial<Omit<ParsedEpisodeName, 'input'>> {
  name: string;
  title: string | null;
  season: number | null;
  episodes: number[];
  absolute: number[];
}

export function c(
  name: string,
  title: string | null,
  season: number | null,
  episodes: number[],
  absolute: number[],
  more: Partial<Omit<ParsedEpisodeName, 'input' | 'title' | 'season' | 'episodes' | 'absolute'>> = {},
): CorpusCase {
  return { name, title, season, episodes, absolute, ...more };
}

/** from..to inclusive. */
export function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let n = from; n <= to; n++) out.push(n);
  return out;
}
