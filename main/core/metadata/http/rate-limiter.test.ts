import { expect, test } from 'vitest';
import { FakeClock, settle } from '../testing/fake-clock';
import { RateLimiter } from './rate-limiter';

/** The largest number of starts inside any window [t, t + windowMs). */
function busiestWindow(starts: number[], windowMs: number): number {
  let best = 0;
  for (let i = 0, j = 0; i < starts.length; i++) {
    while (starts[i]! - starts[j]! >= windowMs) j++;
    best = Math.max(best, i - j + 1);
  }
  return best;
}

/** Sends `count` requests of `durationMs` fake time each through the limiter; returns their start times. */
async function startsOf(limiter: RateLimiter, clock: FakeClock, count: number, durationMs: number, stepMs: number): Promise<number[]> {
  const starts: number[] = [];
  const all = Array.from({ length: count }, async () => {
    const release = await limiter.acquire();
    starts.push(clock.now());
    await new Promise<void>((resolve) => clock.setTimeout(resolve, durationMs));
    release();
  });
  let done = false;
  void Promise.all(all).then(() => (done = true));
  for (let i = 0; i < 1000 && !done; i++) await clock.advance(stepMs);
  expect(done).toBe(true);
  return starts;
}

test('100 requests never exceed 25 in any sliding minute, and the limiter wastes no time', async () => {
  const clock = new FakeClock();
  const limiter = new RateLimiter({ perWindow: 25, concurrency: 4, clock });
  const t0 = clock.now();
  // Each request takes 1.5 s of fake time.
  const starts = await startsOf(limiter, clock, 100, 1500, 1000);
  expect(starts).toHaveLength(100);
  expect(busiestWindow(starts, 60_000)).toBe(25);
  // A bucket that starts full would send 50 in the first minute; the window sends 25 and then
  // the next 25 exactly one minute later.
  expect(starts.filter((s) => s - t0 < 60_000)).toHaveLength(25);
  // Each later window waits for the answer of its request a window before (1.5 s here), no more.
  expect(starts[99]! - t0).toBeLessThan(3 * (60_000 + 1500) + 10_000);
});

test('with a burst window the budget is spread: never more than its share in any 10 s, and no idle windows', async () => {
  const clock = new FakeClock();
  const limiter = new RateLimiter({ perWindow: 30, windowMs: 60_000, burstMs: 10_000, concurrency: 4, clock });
  const t0 = clock.now();
  const starts = await startsOf(limiter, clock, 100, 1500, 500);
  // 30 a minute over six 10 s windows: 5 in any 10 s, 30 in any minute.
  expect(busiestWindow(starts, 10_000)).toBe(5);
  expect(busiestWindow(starts, 60_000)).toBeLessThanOrEqual(30);
  // Twenty windows of five, each waiting at most for its requests' answers (1.5 s, twice with 4 in flight).
  expect(starts[99]! - t0).toBeLessThan(19 * (10_000 + 3000) + 1000);
});

test('the concurrency cap holds while the budget is not the bottleneck', async () => {
  const clock = new FakeClock();
  const limiter = new RateLimiter({ perWindow: 1000, concurrency: 3, clock });
  let inFlight = 0;
  let peak = 0;
  const all = Array.from({ length: 20 }, async () => {
    const release = await limiter.acquire();
    peak = Math.max(peak, ++inFlight);
    await new Promise<void>((resolve) => clock.setTimeout(resolve, 100));
    inFlight--;
    release();
  });
  let done = false;
  void Promise.all(all).then(() => (done = true));
  for (let i = 0; i < 100 && !done; i++) await clock.advance(100);
  expect(done).toBe(true);
  expect(peak).toBe(3);
});

test('a pause holds every caller until it ends, then the pace is slower', async () => {
  const clock = new FakeClock();
  const limiter = new RateLimiter({ perWindow: 10, concurrency: 10, clock });
  limiter.pause(40_000);
  expect(limiter.state().pausedUntil).toBe(clock.now() + 40_000);
  expect(limiter.state().perWindow).toBe(8);
  const granted: number[] = [];
  const t0 = clock.now();
  for (let i = 0; i < 5; i++) void limiter.acquire().then((release) => (granted.push(clock.now() - t0), release()));
  await clock.advance(39_999);
  expect(granted).toEqual([]);
  await clock.advance(1);
  expect(granted).toEqual([40_000, 40_000, 40_000, 40_000, 40_000]);
  // The slower pace ends ten minutes after the pause.
  await clock.advance(10 * 60_000);
  expect(limiter.state().perWindow).toBe(10);
});

test('an aborted waiter leaves the queue and the others still get their turn', async () => {
  const clock = new FakeClock();
  const limiter = new RateLimiter({ perWindow: 1, concurrency: 1, clock });
  const first = await limiter.acquire();
  const controller = new AbortController();
  const aborted = limiter.acquire(controller.signal);
  let secondGranted = false;
  void limiter.acquire().then(() => (secondGranted = true));
  controller.abort(new Error('cancelled'));
  await expect(aborted).rejects.toThrow('cancelled');
  first();
  await settle();
  expect(secondGranted).toBe(false); // the window still holds the first start
  await clock.advance(60_000);
  expect(secondGranted).toBe(true);
  expect(limiter.state().queued).toBe(0);
});

test('a finished request counts from its end: slow answers never let two windows overlap at the provider, and fast ones cost nothing', async () => {
  const clock = new FakeClock();
  const limiter = new RateLimiter({ perWindow: 5, concurrency: 5, clock });
  const t0 = clock.now();
  const spans: Array<{ start: number; end: number }> = [];
  // The first five take 4 s each to answer (the provider saw each somewhere in that span); the rest 10 ms.
  const all = Array.from({ length: 10 }, async (_, i) => {
    const release = await limiter.acquire();
    const start = clock.now();
    await new Promise<void>((resolve) => clock.setTimeout(resolve, i < 5 ? 4000 : 10));
    spans.push({ start, end: clock.now() });
    release();
  });
  let done = false;
  void Promise.all(all).then(() => (done = true));
  for (let i = 0; i < 200 && !done; i++) await clock.advance(500);
  expect(done).toBe(true);
  spans.sort((a, b) => a.start - b.start);
  // Even if the provider saw request k at the very end of its span and request k+5 at the very start of its own, 60 s lie between.
  for (let k = 0; k + 5 < spans.length; k++) expect(spans[k + 5]!.start - spans[k]!.end).toBeGreaterThanOrEqual(60_000);
  // ...and not a moment more than that (within the fake clock's 500 ms step).
  expect(spans[5]!.start - t0).toBeLessThanOrEqual(64_000 + 500);
});
