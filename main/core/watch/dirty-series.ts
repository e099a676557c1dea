import { DirtyDebouncer, type DebounceOptions } from './debouncer';

/**
 * The series folders waiting for a rescan, and why: marked by an event or a poll (debounced per
 * burst), or waiting for a second size check while a copy may still be running. Also which of
 * them a poll alone found, whose folder times the flush checks again (see WatchService.flushSeries).
 */
export class DirtySeries {
  private readonly debouncer: DirtyDebouncer<string>;
  /** Series waiting for their second size check. */
  private readonly rechecking = new Set<string>();
  /** Dirty series found by a poll alone, no event or other cause since. */
  private readonly polledOnly = new Set<string>();

  constructor(timing: DebounceOptions, flush: (seriesPath: string) => void) {
    this.debouncer = new DirtyDebouncer(timing, flush);
  }

  /** Marks a series for a rescan; `byPoll`: a poll's folder times alone found it changed. */
  mark(seriesPath: string, options: { byPoll?: boolean } = {}): void {
    const pending = this.debouncer.has(seriesPath) || this.rechecking.has(seriesPath);
    if (!options.byPoll) this.polledOnly.delete(seriesPath);
    else if (!pending) this.polledOnly.add(seriesPath);
    this.debouncer.mark(seriesPath);
  }

  /** Whether only a poll found the series changed; asked once, when its flush decides. */
  takePolledOnly(seriesPath: string): boolean {
    return this.polledOnly.delete(seriesPath);
  }

  /** The series waits for its second size check. */
  recheckLater(seriesPath: string): void {
    this.rechecking.add(seriesPath);
  }

  /** Its second size check is due: true unless new events marked it again meanwhile (their flush checks). */
  recheckDue(seriesPath: string): boolean {
    this.rechecking.delete(seriesPath);
    return !this.debouncer.has(seriesPath);
  }

  /** Series marked and not flushed yet, or waiting for their size check. */
  get size(): number {
    return this.debouncer.size + this.rechecking.size;
  }

  /** Drops the marks not flushed yet (a root going offline or closing). */
  clear(filter: (seriesPath: string) => boolean = () => true): void {
    this.debouncer.clear(filter);
  }

  /** Drops the size checks whose timers were cleared. */
  dropRechecks(filter: (seriesPath: string) => boolean): void {
    for (const p of this.rechecking) if (filter(p)) this.rechecking.delete(p);
  }
}
