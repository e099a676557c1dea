import type { CoreEvents, SeriesSummary } from '../../../shared/types';

/**
 * Counts the series in the library for the tray without querying on every event: one listing at
 * start-up, then the ids from each `series:changed` batch (added or updated) and its removals.
 */
export class SeriesCounter {
  private readonly ids = new Set<number>();

  constructor(initial: readonly Pick<SeriesSummary, 'id'>[] = []) {
    for (const s of initial) this.ids.add(s.id);
  }

  apply(event: CoreEvents['series:changed']): number {
    for (const s of event.series) this.ids.add(s.id);
    for (const id of event.removed ?? []) this.ids.delete(id);
    return this.ids.size;
  }

  get total(): number {
    return this.ids.size;
  }
}
