import type { EpisodeState, ExpectedEpisode } from './types';

export const DAY_MS = 86_400_000;

/**
 * When an episode has finished airing: its exact time plus its runtime, or — when only the date
 * is known — the end of that day (one day after it starts, whatever the time zone). Null: TBA.
 */
export function airedAtMs(e: Pick<ExpectedEpisode, 'airsAtMs' | 'airDate' | 'runtime'>): number | null {
  if (e.airsAtMs !== null) return e.airsAtMs + (e.runtime ?? 0) * 60_000;
  if (e.airDate !== null) {
    const start = Date.parse(`${e.airDate}T00:00:00Z`);
    return Number.isNaN(start) ? null : start + DAY_MS;
  }
  return null;
}

/** The state of an episode no file covers. */
export function uncoveredState(e: ExpectedEpisode, nowMs: number): EpisodeState {
  const at = airedAtMs(e);
  if (at === null) return e.airedWithoutDate ? 'missing' : 'tba';
  if (at > nowMs) return 'upcoming';
  return nowMs - at < DAY_MS ? 'just-aired' : 'missing';
}

/** When an episode starts airing, for "next: E10 on Fri 12 Dec". */
export function airsStartMs(e: Pick<ExpectedEpisode, 'airsAtMs' | 'airDate'>): { atMs: number; dateOnly: boolean } | null {
  if (e.airsAtMs !== null) return { atMs: e.airsAtMs, dateOnly: false };
  if (e.airDate === null) return null;
  const start = Date.parse(`${e.airDate}T00:00:00Z`);
  return Number.isNaN(start) ? null : { atMs: start, dateOnly: true };
}
