import type { EpisodeState, ExpectedEpisode } from './types';

export const DAY_MS = 86_400_000;

// A library repeats the same few thousand air dates; each is parsed once.
const DATE_CACHE_LIMIT = 50_000;
const dateStarts = new Map<string, number>();

/** 00:00 UTC of a YYYY-MM-DD date, NaN when it is not one. */
function dateStartMs(date: string): number {
  let start = dateStarts.get(date);
  if (start === undefined) {
    start = Date.parse(`${date}T00:00:00Z`);
    if (dateStarts.size >= DATE_CACHE_LIMIT) dateStarts.clear();
    dateStarts.set(date, start);
  }
  return start;
}

/**
 * When an episode has finished airing: its exact time plus its runtime, or — when only the date
 * is known — the end of that day (one day after it starts, whatever the time zone). Null: TBA.
 */
export function airedAtMs(e: Pick<ExpectedEpisode, 'airsAtMs' | 'airDate' | 'runtime'>): number | null {
  if (e.airsAtMs !== null) return e.airsAtMs + (e.runtime ?? 0) * 60_000;
  if (e.airDate !== null) {
    const start = dateStartMs(e.airDate);
    return Number.isNaN(start) ? null : start + DAY_MS;
  }
  return null;
}

/** The state of an episode no file covers, from when it finished airing (`airedAtMs`). */
export function stateAt(at: number | null, airedWithoutDate: boolean, nowMs: number): EpisodeState {
  if (at === null) return airedWithoutDate ? 'missing' : 'tba';
  if (at > nowMs) return 'upcoming';
  return nowMs - at < DAY_MS ? 'just-aired' : 'missing';
}

/** When an episode starts airing, for "next: E10 on Fri 12 Dec". */
export function airsStartMs(e: Pick<ExpectedEpisode, 'airsAtMs' | 'airDate'>): { atMs: number; dateOnly: boolean } | null {
  if (e.airsAtMs !== null) return { atMs: e.airsAtMs, dateOnly: false };
  if (e.airDate === null) return null;
  const start = dateStartMs(e.airDate);
  return Number.isNaN(start) ? null : { atMs: start, dateOnly: true };
}
