import { CircuitBreaker, type BreakerState } from './circuit-breaker';
import { sleep, systemClock, type Clock } from '../../util/clock';
import { isNetworkFailure, ProviderError } from './errors';
import { RateLimiter, type RateLimiterState } from './rate-limiter';
import { parseRetryAfter } from './retry-after';

export interface ProviderHttpOptions {
  /** Shown to users: "AniList", "TMDB". Never a URL (a URL may carry a key). */
  label: string;
  perMinute: number;
  concurrency?: number;
  clock?: Clock;
  /** 0 ≤ x < 1, for backoff jitter. */
  random?: () => number;
  timeoutMs?: number;
  /** Attempts for one request on 5xx, network errors and malformed bodies. */
  maxAttempts?: number;
  /** 429s one request waits through before it gives up with PROVIDER_RATE_LIMITED. */
  maxRateLimitWaits?: number;
  fetch?: typeof fetch;
}

export interface HttpRequest {
  url: string;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
}

export interface HttpJsonResponse {
  status: number;
  headers: Headers;
  /** The parsed body; 4xx bodies are parsed too (GraphQL errors, TMDB status messages). */
  json: unknown;
}

export interface ProviderHealth {
  label: string;
  perMinute: number;
  limiter: RateLimiterState;
  breaker: BreakerState;
  /** "AniList: rate-limited, resuming in 40 s", or null when all is well. */
  message: string | null;
}

const DEFAULT_RETRY_AFTER_MS = 60_000;
/** Only timer and clock granularity: the limiter counts a request from its end (see RateLimiter). */
const WINDOW_MARGIN_MS = 100;
/** The budget is spread over six 10-second windows, never sent as one burst (AniList's burst limiter). */
const BURST_MS = 10_000;

/**
 * The pacing of one provider budget: `perMinute` in any sliding minute, spread over 10-second
 * windows, a request counted from when its answer arrived (it reached the provider before that).
 */
export function providerLimiter(perMinute: number, clock: Clock, concurrency = 2): RateLimiter {
  return new RateLimiter({ perWindow: perMinute, windowMs: 60_000 + WINDOW_MARGIN_MS, burstMs: BURST_MS, concurrency, clock });
}

/**
 * HTTP for one provider on Node's fetch: every request passes the circuit breaker and the
 * sliding-window limiter, has a timeout, waits out 429s together with every other caller, and
 * backs off with jitter on 5xx, network errors and malformed answers.
 */
export class ProviderHttp {
  readonly limiter: RateLimiter;
  readonly breaker: CircuitBreaker;
  private readonly clock: Clock;
  private readonly random: () => number;
  private readonly fetchImpl: typeof fetch;

  constructor(private readonly options: ProviderHttpOptions) {
    this.clock = options.clock ?? systemClock;
    this.random = options.random ?? Math.random;
    this.fetchImpl = options.fetch ?? globalThis.fetch;
    this.limiter = providerLimiter(options.perMinute, this.clock, options.concurrency);
    this.breaker = new CircuitBreaker({ clock: this.clock });
  }

  async requestJson(request: HttpRequest, options: { signal?: AbortSignal } = {}): Promise<HttpJsonResponse> {
    const maxAttempts = this.options.maxAttempts ?? 4;
    const label = this.options.label;
    let attempt = 0;
    let rateLimitWaits = 0;
    for (;;) {
      options.signal?.throwIfAborted();
      if (!this.breaker.allow()) {
        throw new ProviderError('PROVIDER_PAUSED', this.health().message ?? `${label} is paused after repeated failures.`);
      }
      const release = await this.limiter.acquire(options.signal);
      let outcome: Outcome;
      try {
        outcome = await this.once(request, options.signal);
      } finally {
        release();
      }
      if (outcome.kind === 'ok') {
        this.breaker.success();
        return outcome.response;
      }
      if (outcome.kind === 'rate-limited') {
        // Not the provider failing: it asks us to wait. Everyone waits, then goes slower.
        this.limiter.pause(outcome.retryAfterMs);
        if (++rateLimitWaits > (this.options.maxRateLimitWaits ?? 3)) {
          throw new ProviderError('PROVIDER_RATE_LIMITED', `${label} keeps refusing requests (rate limit); trying again later.`, 429);
        }
        continue;
      }
      this.breaker.failure(outcome.error.code === 'PROVIDER_OFFLINE' ? 'offline' : 'failing');
      if (++attempt >= maxAttempts) throw outcome.error;
      await sleep(this.clock, this.backoffMs(attempt), options.signal);
    }
  }

  health(): ProviderHealth {
    const limiter = this.limiter.state();
    const breaker = this.breaker.state();
    const now = this.clock.now();
    const label = this.options.label;
    let message: string | null = null;
    if (limiter.pausedUntil !== null) message = `${label}: rate-limited, resuming in ${formatWait(limiter.pausedUntil - now)}`;
    else if (breaker.open && breaker.retryAt !== null) {
      const what = breaker.reason === 'offline' ? 'offline' : 'not answering';
      message = `${label}: ${what}, retrying in ${formatWait(breaker.retryAt - now)}`;
    }
    return { label, perMinute: limiter.perWindow, limiter, breaker, message };
  }

  /** Exponential from 1 s, capped at 30 s, half of it random so callers do not retry in step. */
  private backoffMs(attempt: number): number {
    const full = Math.min(30_000, 1000 * 2 ** (attempt - 1));
    return full / 2 + this.random() * (full / 2);
  }

  private async once(request: HttpRequest, callerSignal: AbortSignal | undefined): Promise<Outcome> {
    const label = this.options.label;
    const timeout = new AbortController();
    const timer = this.clock.setTimeout(() => timeout.abort(new Error('timeout')), this.options.timeoutMs ?? 20_000);
    const signal = callerSignal ? AbortSignal.any([callerSignal, timeout.signal]) : timeout.signal;
    try {
      const res = await this.fetchImpl(request.url, {
        method: request.method ?? 'GET',
        headers: { accept: 'application/json', ...request.headers },
        ...(request.body !== undefined ? { body: request.body } : {}),
        signal,
      });
      const text = await res.text();
      if (res.status === 429) {
        return { kind: 'rate-limited', retryAfterMs: parseRetryAfter(res.headers.get('retry-after'), this.clock.now()) ?? DEFAULT_RETRY_AFTER_MS };
      }
      if (res.status >= 500) {
        return { kind: 'failed', error: new ProviderError('PROVIDER_HTTP_ERROR', `${label} answered with an error (HTTP ${res.status}).`, res.status) };
      }
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch (cause) {
        if (res.status >= 400) json = null;
        else return { kind: 'failed', error: new ProviderError('PROVIDER_BAD_RESPONSE', `${label} sent an answer that is not valid JSON.`, res.status, { cause }) };
      }
      return { kind: 'ok', response: { status: res.status, headers: res.headers, json } };
    } catch (err) {
      if (callerSignal?.aborted) throw callerSignal.reason;
      if (timeout.signal.aborted) {
        return { kind: 'failed', error: new ProviderError('PROVIDER_TIMEOUT', `${label} did not answer in time.`) };
      }
      if (isNetworkFailure(err)) return { kind: 'failed', error: new ProviderError('PROVIDER_OFFLINE', `${label} cannot be reached (no network?).`, null, { cause: err }) };
      throw err;
    } finally {
      this.clock.clearTimeout(timer);
    }
  }
}

type Outcome =
  | { kind: 'ok'; response: HttpJsonResponse }
  | { kind: 'rate-limited'; retryAfterMs: number }
  | { kind: 'failed'; error: ProviderError };

export function formatWait(ms: number): string {
  const s = Math.max(1, Math.ceil(ms / 1000));
  if (s < 90) return `${s} s`;
  return `${Math.round(s / 60)} min`;
}
