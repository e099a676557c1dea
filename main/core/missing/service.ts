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

/** The rows, and the series asked about that have no episode list, so nothing is known of theirs. */
export interface MissingListing {
  rows: MissingRow[];
  /** How many of the series asked about have an episode list. */
  listed: number;
  /** The titles of those that have none. */
  unlisted: string[];
}

/** What the CLI, the transports and the UI ask about missing episodes. */
export interface MissingService {
  rows(query?: MissingQuery): Promise<MissingRow[]>;
  listing(query?: MissingQuery): Promise<MissingListing>;
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
    rows: async (query = {}) => (await service.listing(query)).rows,
    async listing(query = {}) {
      if (query.seriesId !== undefined) await requireSeriesRow(db, query.seriesId);
      const reports = await missingReports(db, query.atMs ?? now().getTime(), query.seriesId);
      const unlisted = reports.filter((r) => !r.missing.known).map((r) => r.head.title);
      return { rows: missingRows(reports, query), listed: reports.length - unlisted.length, unlisted };
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
