import type { Clock } from '../../util/clock';

interface Timer {
  id: number;
  at: number;
  fn: () => void;
}

/** A clock that moves only when a test says so; timers fire in time order as it moves. */
export class FakeClock implements Clock {
  private current: number;
  private timers: Timer[] = [];
  private nextId = 1;

  constructor(start = Date.UTC(2026, 0, 1)) {
    this.current = start;
  }

  now(): number {
    return this.current;
  }

  setTimeout(fn: () => void, ms: number): unknown {
    const timer = { id: this.nextId++, at: this.current + Math.max(0, ms), fn };
    this.timers.push(timer);
    return timer.id;
  }

  clearTimeout(handle: unknown): void {
    this.timers = this.timers.filter((t) => t.id !== handle);
  }

  get pendingTimers(): number {
    return this.timers.length;
  }

  /** Jumps to the next timer and fires it (or just lets promises settle when none is set). */
  async runNext(): Promise<void> {
    this.timers.sort((a, b) => a.at - b.at || a.id - b.id);
    const next = this.timers[0];
    await (next ? this.advance(next.at - this.current) : settle());
  }

  /** Moves time forward by `ms`, firing due timers in order and letting promises settle between. */
  async advance(ms: number): Promise<void> {
    const target = this.current + ms;
    await settle();
    for (;;) {
      this.timers.sort((a, b) => a.at - b.at || a.id - b.id);
      const next = this.timers[0];
      if (!next || next.at > target) break;
      this.timers.shift();
      this.current = Math.max(this.current, next.at);
      next.fn();
      await settle();
    }
    this.current = target;
    await settle();
  }
}

/** Lets queued promise callbacks run (a macrotask turn, so chained awaits finish too). */
export function settle(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/**
 * Settles `promise` by moving `clock` from timer to timer, but only while `busy()` is false (no
 * real request in flight), so real HTTP answers are never overtaken by fake time.
 */
export async function drive<T>(clock: FakeClock, promise: Promise<T>, busy: () => boolean, maxSteps = 10_000): Promise<T> {
  let settled = false;
  const tracked = promise.finally(() => (settled = true));
  tracked.catch(() => {});
  for (let step = 0; !settled && step < maxSteps; step++) {
    if (busy()) await new Promise((r) => setTimeout(r, 2));
    else await clock.runNext();
  }
  return tracked;
}
