import { EXPECTED_AT as AT, EXPECTED_STRIDE, expectedEpisodeAt } from '../db/repos/provider-episodes';
import type { EpisodeStatus, ListFacts, StoredEpisode, StoredEpisodes } from './types';

/**
 * The provider's episodes of a series in its own numbering. One provider is used: TMDB when the
 * series has a TMDB list (per-episode dates), else its AniList entries along the sequel chain.
 * Credits, trailers and the like ("other") never count. Each comes as the report's row, its state
 * still to be filled in by the computation: one object per episode over a whole library.
 */
export function expectedEpisodes(lists: readonly ListFacts[], stored: StoredEpisodes): EpisodeStatus[] {
  const tmdb = lists.filter((l) => l.provider === 'tmdb');
  const used = tmdb.length > 0 ? tmdb : lists.filter((l) => l.provider === 'anilist');
  const out: EpisodeStatus[] = [];
  for (const list of used) {
    if (list.provider === 'anilist') out.push(...aniListEpisodes(list, storedOf(list, stored)));
    else tmdbEpisodes(list, stored, out);
  }
  out.sort((a, b) => a.season - b.season || a.episode - b.episode);
  fillAbsolute(out);
  return dedupe(out);
}

/** A TMDB list's episodes, read straight from the packed rows: this runs for the whole library. */
function tmdbEpisodes(list: ListFacts, stored: StoredEpisodes, out: EpisodeStatus[]): void {
  for (let at = 0; at < stored.length; at += EXPECTED_STRIDE) {
    const kind = stored[at + AT.kind];
    if (stored[at + AT.list_id] !== list.id || kind === 'other') continue;
    const season = stored[at + AT.season] as number;
    out.push(
      episodeRow(
        season,
        stored[at + AT.episode] as number,
        stored[at + AT.absolute] as number | null,
        stored[at + AT.title] as string | null,
        stored[at + AT.air_date] as string | null,
        stored[at + AT.airs_at_ms] as number | null,
        (stored[at + AT.runtime] as number | null) ?? list.episode_runtime,
        kind === 'special' || season === 0,
        false,
      ),
    );
  }
}

/** One list's episodes as rows, credits and the like left out. */
function storedOf(list: ListFacts, stored: StoredEpisodes): StoredEpisode[] {
  const rows: StoredEpisode[] = [];
  for (let i = 0; i * EXPECTED_STRIDE < stored.length; i++) {
    const at = i * EXPECTED_STRIDE;
    if (stored[at + AT.list_id] === list.id && stored[at + AT.kind] !== 'other') rows.push(expectedEpisodeAt(stored, i));
  }
  return rows;
}

/** A report row with its state not worked out yet; every row has this one shape. */
function episodeRow(
  season: number,
  episode: number,
  absolute: number | null,
  title: string | null,
  airDate: string | null,
  airsAtMs: number | null,
  runtime: number | null,
  special: boolean,
  airedWithoutDate: boolean,
): EpisodeStatus {
  return { season, episode, absolute, title, airDate, airsAtMs, runtime, special, airedWithoutDate, state: 'tba', airedAtMs: null, notWanted: false, files: NOT_YET, misplaced: false };
}
const NOT_YET: string[] = [];

function fromStored(e: StoredEpisode, list: ListFacts, airedWithoutDate: boolean): EpisodeStatus {
  return episodeRow(e.season, e.episode, e.absolute, e.title, e.air_date, e.airs_at_ms, e.runtime ?? list.episode_runtime, e.kind === 'special' || e.season === 0, airedWithoutDate);
}

/**
 * AniList gives no dated list for past episodes, only facts: FINISHED expects 1..episodes,
 * RELEASING 1..(nextAiringEpisode − 1), NOT_YET_RELEASED nothing. Dated schedule rows that were
 * stored (the next airings) are kept as they are; the next airing is added when not stored.
 */
function aniListEpisodes(list: ListFacts, rows: readonly StoredEpisode[]): EpisodeStatus[] {
  const season = list.season ?? 1;
  const undated = (n: number, airsAtMs: number | null, airedWithoutDate: boolean): EpisodeStatus =>
    episodeRow(season, n + list.episode_offset, n + list.absolute_offset, null, null, airsAtMs, list.episode_runtime, false, airedWithoutDate);
  const byEpisode = new Map(rows.map((r) => [r.episode, r]));
  const airedUpTo = airedBound(list, rows);
  const out: EpisodeStatus[] = [];
  for (let n = 1; n <= airedUpTo; n++) {
    const row = byEpisode.get(n + list.episode_offset);
    out.push(row ? fromStored(row, list, true) : undated(n, null, true));
  }
  for (const row of rows) if (row.episode - list.episode_offset > airedUpTo) out.push(fromStored(row, list, false));
  const next = list.next_airing_episode;
  if (next !== null && list.next_airing_at_ms !== null && !byEpisode.has(next + list.episode_offset) && next > airedUpTo) {
    out.push(undated(next, list.next_airing_at_ms, false));
  }
  return out;
}

/** How many of the entry's episodes are known to have aired, by its status. */
function airedBound(list: ListFacts, rows: readonly StoredEpisode[]): number {
  switch (list.status) {
    case 'FINISHED':
    case 'CANCELLED':
      return list.episode_count ?? Math.max(0, ...rows.map((r) => r.episode - list.episode_offset));
    case 'RELEASING':
    case 'HIATUS':
      if (list.next_airing_episode !== null) return list.next_airing_episode - 1;
      return 0;
    default:
      return 0;
  }
}

/** The provider's absolute order when it gives none: regular episodes counted along the seasons. */
function fillAbsolute(episodes: EpisodeStatus[]): void {
  let n = 0;
  for (const e of episodes) {
    if (e.special || e.season < 1) continue;
    n++;
    e.absolute ??= n;
  }
}

/** The first of each season and episode number (the list is sorted, so equal ones are neighbours). */
function dedupe(episodes: EpisodeStatus[]): EpisodeStatus[] {
  const out: EpisodeStatus[] = [];
  let last: EpisodeStatus | undefined;
  for (const e of episodes) {
    if (last && last.season === e.season && last.episode === e.episode) continue;
    out.push(e);
    last = e;
  }
  return out;
}
