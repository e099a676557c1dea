import type { LoaderStatus } from '../../../shared/types';
import type { Db } from '../db/handle';
import { getSeriesRows } from '../db/repos/series';
import { toSeriesSummary } from '../library/summary';
import { Coalescer } from './coalescer';
import type { EventBus } from './event-bus';

const LOADER_KEY = -1;

/**
 * Turns "this changed" marks into coalesced events: at most one `series:changed` batch and one
 * `loader:changed` per interval (10 a second by default), each read fresh from the database so
 * the last state wins however many transitions happened in between.
 */
export class ChangeFeed {
  private readonly coalescer: Coalescer<number>;
  private readonly removed = new Set<number>();

  /** `loaderStatus` is read at each flush that carries a loader change. */
  constructor(
    private readonly db: Db,
    private readonly bus: EventBus,
    private readonly loaderStatus: () => Promise<LoaderStatus>,
    intervalMs = 100,
  ) {
    this.coalescer = new Coalescer(intervalMs, (keys) => this.flush(keys));
  }

  series(id: number): void {
    this.coalescer.mark(id);
  }

  seriesRemoved(id: number): void {
    this.removed.add(id);
    this.coalescer.mark(id);
  }

  loader(): void {
    this.coalescer.mark(LOADER_KEY);
  }

  flushNow(): Promise<void> {
    return this.coalescer.flushNow();
  }

  private async flush(keys: number[]): Promise<void> {
    const ids = keys.filter((k) => k !== LOADER_KEY && !this.removed.has(k));
    const removed = keys.filter((k) => this.removed.has(k));
    for (const id of removed) this.removed.delete(id);
    if (ids.length > 0 || removed.length > 0) {
      const rows = await getSeriesRows(this.db, ids);
      this.bus.emit('series:changed', removed.length ? { series: rows.map(toSeriesSummary), removed } : { series: rows.map(toSeriesSummary) });
    }
    if (keys.includes(LOADER_KEY)) this.bus.emit('loader:changed', await this.loaderStatus());
  }
}
