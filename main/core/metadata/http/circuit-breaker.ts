import type { Clock } from '../../util/clock';

export type BreakerReason = 'offline' | 'failing';

export interface BreakerState {
  open: boolean;
  reason: BreakerReason | null;
  /** Epoch ms when one trial request is let through again, or null while closed. */
  retryAt: number | null;
}

/**
 * Stops hammering a provider that keeps failing: after `threshold` failures in a row it opens for
 * `openMs` (doubling on each re-open, up to `maxOpenMs`); then one trial request decides.
 */
export class CircuitBreaker {
  private failures = 0;
  private opens = 0;
  private openUntil = 0;
  private reason: BreakerReason | null = null;
  private trialInFlight = false;

  constructor(private readonly options: { clock: Clock; threshold?: number; openMs?: number; maxOpenMs?: number }) {}

  /** Whether a request may go out now (while half-open, only one trial at a time). */
  allow(): boolean {
    if (this.reason === null) return true;
    if (this.options.clock.now() < this.openUntil || this.trialInFlight) return false;
    this.trialInFlight = true;
    return true;
  }

  success(): void {
    this.failures = 0;
    this.opens = 0;
    this.reason = null;
    this.trialInFlight = false;
  }

  failure(reason: BreakerReason): void {
    this.failures++;
    const trial = this.trialInFlight;
    this.trialInFlight = false;
    if (!trial && this.failures < (this.options.threshold ?? 5)) return;
    const base = this.options.openMs ?? 30_000;
    const open = Math.min(base * 2 ** this.opens, this.options.maxOpenMs ?? 10 * 60_000);
    this.opens++;
    this.reason = reason;
    this.openUntil = this.options.clock.now() + open;
  }

  state(): BreakerState {
    if (this.reason === null) return { open: false, reason: null, retryAt: null };
    return { open: true, reason: this.reason, retryAt: this.openUntil };
  }
}
