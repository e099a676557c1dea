import type { Kysely } from 'kysely';
import type { LoaderStatus } from '../../../shared/types';
import type { Database } from '../db/schema';
import { toSeriesSummary } from '../library/summary';
import { matchStateColumn } from '../db/repos/matches-repo';
import { chunks } from '../util/chunks';
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
  private loaderStatus: (() => Promise<LoaderStatus>) | null = null;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly bus: EventBus,
    intervalMs = 100,
  ) {
    this.coalescer = new Coalescer(intervalMs, (keys) => this.flush(keys));
  }

  setLoaderStatusSource(source: () => Promise<LoaderStatus>): void {
    this.loaderStatus = source;
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
      const rows = [];
      for (const batch of chunks(ids, 500)) rows.push(...(await this.db.selectFrom('series').selectAll().select(matchStateColumn).where('id', 'in', batch).execute()));
      this.bus.emit('series:changed', removed.length ? { series: rows.map(toSeriesSummary), removed } : { series: rows.map(toSeriesSummary) });
    }
    if (keys.includes(LOADER_KEY) && this.loaderStatus) this.bus.emit('loader:changed', await this.loaderStatus());
  }
}
