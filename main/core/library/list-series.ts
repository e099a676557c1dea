import type { SeriesSummary } from '../../../shared/types';
import type { Db } from '../db/handle';
import { querySeries, querySeriesIds, type SeriesQuery } from '../db/repos/series';
import { toSeriesSummary } from './summary';

export type LibraryQuery = SeriesQuery;

/** The library view: search title / original title / folder, one filter, one sort. */
export async function listSeries(db: Db, query: LibraryQuery = {}): Promise<SeriesSummary[]> {
  return (await querySeries(db, query)).map(toSeriesSummary);
}

/** The library view's ids, in its order. */
export function listSeriesIds(db: Db, query: LibraryQuery = {}): Promise<number[]> {
  return querySeriesIds(db, query);
}
