import type { Clock } from '../../util/clock';

export interface RateLimiterOptions {
  /** Requests allowed in any sliding window (not a bucket that starts full). */
  perWindow: number;
  windowMs?: number;
  /** Requests in flight at once. */
  concurrency: number;
  /**
   * A second, shorter window that holds the same pace (budget × burstMs / windowMs requests), so
   * a full budget is spread over the window instead of sent at once: AniList documents a burst
   * limiter on top of its per-minute limit, without its numbers. Off when not set.
   */
  burstMs?: number;
  clock: Clock;
  /** After a 429 the budget is multiplied by this for `slowdownMs` ("then go on more slowly"). */
  slowdownFactor?: number;
  slowdownMs?: number;
}

interface Waiter {
  resolve: (release: () => void) => void;
  reject: (reason: unknown) => void;
  signal: AbortSignal | undefined;
  onAbort: (() => void) | undefined;
}

export interface RateLimiterState {
  /** The budget in force now (lower than configured for a while after a 429). */
  perWindow: number;
  windowMs: number;
  inFlight: number;
  queued: number;
  /** Epoch ms until which every caller waits (a 429's Retry-After), or null. */
  pausedUntil: number | null;
}

/**
 * A sliding-window limiter: a request may start only when fewer than `perWindow` requests
 * counted in the last `windowMs`, fewer than `concurrency` are in flight, and no shared pause is
 * on. Waiters are served in order. The budget is only ever lowered by what a provider says,
 * never raised (X-RateLimit-Limit overstates what some services enforce).
 *
 * A request counts from its start while in flight and from its end once released: the provider
 * saw it somewhere in between, so "end + window" is the earliest moment its slot is surely free
 * at the provider, whatever the network's delay. No fixed safety margin has to be guessed.
 */
export class RateLimiter {
  private readonly starts: number[] = [];
  private readonly queue: Waiter[] = [];
  private readonly windowMs: number;
  private readonly slowdownFactor: number;
  private readonly slowdownMs: number;
  private inFlight = 0;
  private pausedUntil = 0;
  private slowBudget: number | null = null;
  private slowUntil = 0;
  private timer: unknown = null;
  private timerAt = 0;

  constructor(private readonly options: RateLimiterOptions) {
    if (!(options.perWindow >= 1) || !(options.concurrency >= 1)) throw new RangeError('rate limiter needs a budget and a concurrency of at least 1');
    this.windowMs = options.windowMs ?? 60_000;
    this.slowdownFactor = options.slowdownFactor ?? 0.8;
    this.slowdownMs = options.slowdownMs ?? 10 * 60_000;
  }

  /** Waits for a slot; call the returned function when the request is over. */
  acquire(signal?: AbortSignal): Promise<() => void> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    return new Promise((resolve, reject) => {
      const waiter: Waiter = { resolve, reject, signal, onAbort: undefined };
      if (signal) {
        waiter.onAbort = () => {
          const i = this.queue.indexOf(waiter);
          if (i >= 0) this.queue.splice(i, 1);
          reject(signal.reason);
          this.pump();
        };
        signal.addEventListener('abort', waiter.onAbort, { once: true });
      }
      this.queue.push(waiter);
      this.pump();
    });
  }

  /** One shared pause for every caller (a 429's Retry-After); then a slower pace for a while. */
  pause(ms: number): void {
    const now = this.options.clock.now();
    this.pausedUntil = Math.max(this.pausedUntil, now + ms);
    const current = this.currentBudget(now);
    this.slowBudget = Math.max(1, Math.floor(current * this.slowdownFactor));
    this.slowUntil = this.pausedUntil + this.slowdownMs;
    this.reschedule(0);
  }

  state(): RateLimiterState {
    const now = this.options.clock.now();
    return {
      perWindow: this.currentBudget(now),
      windowMs: this.windowMs,
      inFlight: this.inFlight,
      queued: this.queue.length,
      pausedUntil: this.pausedUntil > now ? this.pausedUntil : null,
    };
  }

  private currentBudget(now: number): number {
    if (this.slowBudget !== null && now >= this.slowUntil) this.slowBudget = null;
    return this.slowBudget ?? this.options.perWindow;
  }

  private pump(): void {
    const clock = this.options.clock;
    while (this.queue.length > 0) {
      const now = clock.now();
      while (this.starts.length > 0 && now - this.starts[0]! >= this.windowMs) this.starts.shift();
      if (now < this.pausedUntil) return this.reschedule(this.pausedUntil);
      if (this.inFlight >= this.options.concurrency) return; // a release pumps again
      const budget = this.currentBudget(now);
      if (this.starts.length >= budget) return this.reschedule(this.starts[this.starts.length - budget]! + this.windowMs);
      const burstMs = this.options.burstMs;
      if (burstMs !== undefined) {
        const burst = Math.max(1, Math.ceil((budget * burstMs) / this.windowMs));
        const nth = this.starts[this.starts.length - burst];
        if (nth !== undefined && now - nth < burstMs) return this.reschedule(nth + burstMs);
      }
      const waiter = this.queue.shift()!;
      if (waiter.onAbort) waiter.signal!.removeEventListener('abort', waiter.onAbort);
      this.starts.push(now);
      this.inFlight++;
      let released = false;
      waiter.resolve(() => {
        if (released) return;
        released = true;
        this.inFlight--;
        this.recount(now, clock.now());
        this.pump();
      });
    }
  }

  /** Moves a finished request's entry from its start to its end (kept in order). */
  private recount(startedAt: number, endedAt: number): void {
    const i = this.starts.indexOf(startedAt);
    if (i >= 0) this.starts.splice(i, 1);
    let j = this.starts.length;
    while (j > 0 && this.starts[j - 1]! > endedAt) j--;
    this.starts.splice(j, 0, endedAt);
  }

  /** Arms one timer for the earliest moment the queue can move (0: recompute now). */
  private reschedule(at: number): void {
    const clock = this.options.clock;
    if (this.timer !== null) {
      if (at !== 0 && this.timerAt === at) return;
      clock.clearTimeout(this.timer);
      this.timer = null;
    }
    if (at === 0) {
      this.pump();
      return;
    }
    this.timerAt = at;
    this.timer = clock.setTimeout(() => {
      this.timer = null;
      this.pump();
    }, at - clock.now());
  }
}
