import type { Clock } from '../util/clock';

export interface DebounceOptions {
  /** Quiet time after the last event before the key is flushed. */
  quietMs: number;
  /** A key is flushed at most this long after its first event, even if events keep coming. */
  maxWaitMs: number;
  clock: Clock;
}

interface Pending {
  firstAt: number;
  lastAt: number;
  timer: unknown;
}

/**
 * Collects dirty keys (series folders) and flushes each once per burst: after `quietMs` without a
 * new event, or `maxWaitMs` after the first one. Ten thousand events on one series are one flush.
 */
export class DirtyDebouncer<K> {
  private readonly pending = new Map<K, Pending>();

  constructor(private readonly options: DebounceOptions, private readonly flush: (key: K) => void) {}

  mark(key: K): void {
    const now = this.options.clock.now();
    const entry = this.pending.get(key);
    if (entry) {
      entry.lastAt = now;
      this.options.clock.clearTimeout(entry.timer);
      entry.timer = this.schedule(key, entry);
    } else {
      const fresh: Pending = { firstAt: now, lastAt: now, timer: null };
      fresh.timer = this.schedule(key, fresh);
      this.pending.set(key, fresh);
    }
  }

  /** Keys waiting to be flushed. */
  get size(): number {
    return this.pending.size;
  }

  has(key: K): boolean {
    return this.pending.has(key);
  }

  /** Drops every pending key (a root going offline or the watcher closing). */
  clear(filter: (key: K) => boolean = () => true): void {
    for (const [key, entry] of this.pending) {
      if (!filter(key)) continue;
      this.options.clock.clearTimeout(entry.timer);
      this.pending.delete(key);
    }
  }

  private schedule(key: K, entry: Pending): unknown {
    const due = Math.min(entry.lastAt + this.options.quietMs, entry.firstAt + this.options.maxWaitMs);
    return this.options.clock.setTimeout(() => {
      if (this.pending.get(key) !== entry) return;
      this.pending.delete(key);
      this.flush(key);
    }, Math.max(0, due - this.options.clock.now()));
  }
}
