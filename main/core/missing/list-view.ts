import type { Db } from '../db/handle';
import type { SeriesSummary } from '../../../shared/types';
import { listSeries, listSeriesIds, type LibraryQuery } from '../library/list-series';
import { missingCounts } from './library';

/**
 * The library view with the missing-episodes filters ("Missing episodes", "Airing") and the
 * "most missing" sort. Those need the computation, so they are applied after the SQL query;
 * every other view is the SQL query alone.
 */
export async function listSeriesView(db: Db, nowMs: number, query: LibraryQuery = {}): Promise<SeriesSummary[]> {
  if (!needsMissingCounts(query)) return listSeries(db, query);
  const byMissing = query.filter === 'missing-episodes' || query.filter === 'airing';
  const series = await listSeries(db, { search: query.search, filter: byMissing ? 'all' : query.filter, sort: query.sort === 'missing' ? 'title' : query.sort });
  const counts = new Map((await missingCounts(db, nowMs)).map((c) => [c.seriesId, c]));
  const kept =
    query.filter === 'missing-episodes' ? series.filter((s) => (counts.get(s.id)?.missing ?? 0) > 0)
    : query.filter === 'airing' ? series.filter((s) => counts.get(s.id)?.airing === true)
    : series;
  // Array.sort is stable: equal counts keep the title order.
  if (query.sort === 'missing') kept.sort((a, b) => (counts.get(b.id)?.missing ?? 0) - (counts.get(a.id)?.missing ?? 0));
  return query.limit === undefined ? kept : kept.slice(0, query.limit);
}

/** The same view's ids only, in its order: a SQL query of ids unless the missing counts decide. */
export async function listSeriesIdsView(db: Db, nowMs: number, query: LibraryQuery = {}): Promise<number[]> {
  if (!needsMissingCounts(query)) return listSeriesIds(db, query);
  return (await listSeriesView(db, nowMs, query)).map((s) => s.id);
}

function needsMissingCounts(query: LibraryQuery): boolean {
  return query.filter === 'missing-episodes' || query.filter === 'airing' || query.sort === 'missing';
}
