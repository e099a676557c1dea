import type { Db } from '../db/handle';
import type { MissingCounts, MissingRow } from '../../../shared/missing';
import { computeMissing } from './compute';
import { yieldToEventLoop } from '../util/yield';
import { listSeriesIds } from '../db/repos/episode-files';
import { loadMissingInputs, type SeriesHead } from './load';
import { listSharedShowMembers } from '../db/repos/matches';
import { sharedShows } from './shared-show';
import type { EpisodeStatus, SeriesMissing } from './types';

export interface MissingReport {
  head: SeriesHead;
  missing: SeriesMissing;
}

// Series per read-and-compute step over the whole library: each step holds the main thread for
// under 10 ms of CPU (a hundredth of a 5,000-series report, measured on a loaded machine), well
// under the 50 ms budget, and the event loop runs between steps. 200 a step held it for 40 ms;
// smaller steps than 50 gained nothing measurable.
const CHUNK_SERIES = 50;

/** Missing episodes of every series (or one), computed from what SQLite holds. */
export async function missingReports(db: Db, nowMs: number, seriesId?: number): Promise<MissingReport[]> {
  const compute = (inputs: Awaited<ReturnType<typeof loadMissingInputs>>) => inputs.map(({ head, input }) => ({ head, missing: computeMissing(input, nowMs) }));
  // Across the whole library, before any chunk: a show's other folders may lie in any of them.
  const shares = sharedShows(await listSharedShowMembers(db));
  if (seriesId !== undefined) return compute(await loadMissingInputs(db, shares, seriesId));
  const reports: MissingReport[] = [];
  // Ranges over the ids that exist: ids left sparse by removals cost nothing.
  const ids = await listSeriesIds(db);
  for (let i = 0; i < ids.length; i += CHUNK_SERIES) {
    const fromId = ids[i]!;
    const toId = ids[Math.min(i + CHUNK_SERIES, ids.length) - 1]!;
    reports.push(...compute(await loadMissingInputs(db, shares, { fromId, toId })));
    await yieldToEventLoop();
  }
  return reports;
}

export async function missingCounts(db: Db, nowMs: number): Promise<MissingCounts[]> {
  return (await missingReports(db, nowMs)).map((r) => ({ seriesId: r.head.id, missing: r.missing.missingCount, airing: r.missing.airing, listed: r.missing.known }));
}

export interface RowOptions {
  /** Specials too, whatever the settings say. */
  specials?: boolean;
  /** Upcoming and undated episodes too. */
  upcoming?: boolean;
  /** Episodes marked not wanted too. */
  notWanted?: boolean;
}

/** The rows a report lists: aired and missing by default; specials only where shown. */
export function missingRows(reports: readonly MissingReport[], options: RowOptions = {}): MissingRow[] {
  const rows: MissingRow[] = [];
  for (const { head, missing } of reports) {
    for (const e of missing.episodes) {
      if (e.state === 'have') continue;
      if (e.special && !(options.specials || missing.specialsShown)) continue;
      if (e.notWanted && !options.notWanted) continue;
      if (e.state !== 'missing' && !options.upcoming) continue;
      rows.push({ seriesId: head.id, series: head.title, season: e.season, episode: e.episode, title: e.title, aired: airedLabel(e), state: e.state, special: e.special, notWanted: e.notWanted });
    }
  }
  return rows;
}

function airedLabel(e: EpisodeStatus): string | null {
  if (e.airsAtMs !== null) return new Date(e.airsAtMs).toISOString();
  return e.airDate;
}
