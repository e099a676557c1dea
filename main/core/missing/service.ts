import type { Db } from '../db/handle';
import type { MissingCounts, MissingRow, SeriesMissing } from '../../../shared/missing';
import { setNotWanted, type NotWantedMark } from '../db/repos/not-wanted';
import { getGlobalShowSpecials, setGlobalShowSpecials, setSeriesShowSpecials } from '../db/repos/series-settings';
import { requireSeriesRow } from '../db/repos/series';
import { missingCounts, missingReports, missingRows, type RowOptions } from './library';

export interface MissingQuery extends RowOptions {
  seriesId?: number;
  /** Compute as of this time instead of now. */
  atMs?: number;
}

/** What the CLI, the transports and the UI ask about missing episodes. */
export interface MissingService {
  rows(query?: MissingQuery): Promise<MissingRow[]>;
  ofSeries(seriesId: number): Promise<SeriesMissing>;
  counts(): Promise<MissingCounts[]>;
  setNotWanted(mark: NotWantedMark, notWanted: boolean): Promise<SeriesMissing>;
  /** Per series, or globally when `seriesId` is null; null `show` makes a series follow the global one. */
  setShowSpecials(seriesId: number | null, show: boolean | null): Promise<void>;
  showSpecials(): Promise<boolean>;
}

export function createMissingService(deps: { db: Db; now: () => Date }): MissingService {
  const { db, now } = deps;
  const service: MissingService = {
    async rows(query = {}) {
      if (query.seriesId !== undefined) await requireSeriesRow(db, query.seriesId);
      return missingRows(await missingReports(db, query.atMs ?? now().getTime(), query.seriesId), query);
    },
    async ofSeries(seriesId) {
      await requireSeriesRow(db, seriesId);
      const [report] = await missingReports(db, now().getTime(), seriesId);
      return report!.missing;
    },
    counts: () => missingCounts(db, now().getTime()),
    async setNotWanted(mark, notWanted) {
      await requireSeriesRow(db, mark.seriesId);
      await setNotWanted(db, mark, notWanted, now());
      return service.ofSeries(mark.seriesId);
    },
    async setShowSpecials(seriesId, show) {
      if (seriesId === null) return setGlobalShowSpecials(db, show === true);
      await requireSeriesRow(db, seriesId);
      return setSeriesShowSpecials(db, seriesId, show);
    },
    showSpecials: () => getGlobalShowSpecials(db),
  };
  return service;
}
