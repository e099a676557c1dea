/**
 * Collects keys marked as changed and hands them to `flush` at most once per `intervalMs`, so a
 * burst of thousands of transitions reaches subscribers as a few batches. `flush` reads the
 * current state itself, so the last state per key always wins.
 */
export class Coalescer<K> {
  private pending = new Set<K>();
  private timer: NodeJS.Timeout | null = null;
  private flushing: Promise<void> = Promise.resolve();

  constructor(
    private readonly intervalMs: number,
    private readonly flush: (keys: K[]) => Promise<void> | void,
  ) {}

  mark(key: K): void {
    this.pending.add(key);
    if (!this.timer) {
      this.timer = setTimeout(() => {
        this.timer = null;
        this.drain();
      }, this.intervalMs);
      this.timer.unref?.();
    }
  }

  /** Flushes now (used on stop so the last state is not lost). */
  async flushNow(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    this.drain();
    await this.flushing;
  }

  private drain(): void {
    if (this.pending.size === 0) return;
    const keys = [...this.pending];
    this.pending.clear();
    this.flushing = this.flushing.then(() => this.flush(keys)).catch(() => undefined);
  }
}
