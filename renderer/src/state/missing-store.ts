import type { MissingCounts } from '../../../shared/missing';
import type { AnishelfClient as Client } from '../bridge';

export interface MissingSnapshot {
  bySeries: ReadonlyMap<number, MissingCounts>;
  /** Series with at least one missing episode. */
  seriesMissing: number;
  airing: number;
  /** Series without an episode list (not identified yet): nothing is known to be missing in them. */
  unlisted: number;
  /** Bumped on every refresh, so open views re-read their own detail. */
  version: number;
}

const EMPTY: MissingSnapshot = { bySeries: new Map(), seriesMissing: 0, airing: 0, unlisted: 0, version: 0 };

/**
 * Missing-episode counts per series for the cards, the chips and open views. Read once at start,
 * then again a moment after changes (a burst of `series:changed` events makes one call).
 */
export class MissingStore {
  private snapshot = EMPTY;
  private readonly listeners = new Set<() => void>();
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly client: Client,
    private readonly delayMs = 2_000,
  ) {}

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): MissingSnapshot => this.snapshot;

  start(): () => void {
    const offs = [
      this.client.on('series:changed', () => this.refreshSoon()),
      this.client.onConnection((state, reconnected) => {
        if (state === 'open' && reconnected) void this.refresh();
      }),
    ];
    void this.refresh();
    return () => offs.forEach((off) => off());
  }

  refreshSoon(): void {
    if (this.timer !== null) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.refresh();
    }, this.delayMs);
  }

  async refresh(): Promise<void> {
    try {
      const counts = await this.client.call('missing.counts');
      this.snapshot = summarize(counts, this.snapshot.version + 1);
      for (const listener of this.listeners) listener();
    } catch {
      // Counts are a hint on the cards; the next change or reconnect reads them again.
    }
  }
}

export function summarize(counts: readonly MissingCounts[], version: number): MissingSnapshot {
  const bySeries = new Map(counts.map((c) => [c.seriesId, c]));
  return { bySeries, seriesMissing: counts.filter((c) => c.missing > 0).length, airing: counts.filter((c) => c.airing).length, unlisted: counts.filter((c) => !c.listed).length, version };
}
