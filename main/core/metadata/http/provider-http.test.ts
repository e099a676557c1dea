import { expect, test } from 'vitest';
import { drive, FakeClock } from '../testing/fake-clock';
import { clientsFor, startFakeProviders } from '../testing/providers';
import { ProviderError } from './errors';
import { ProviderHttp } from './provider-http';

test('a 429 pauses every caller for its Retry-After, and the status says so', async () => {
  const server = await startFakeProviders();
  const clock = new FakeClock();
  const { anilist, anilistHttp } = clientsFor(server, { clock, perMinute: 100 });
  server.inject('anilist', { kind: 'status', status: 429, retryAfter: '40' });
  const first = anilist.search('Sousou no Frieren');
  // Wait until the 429 has been seen: then the pause is shared.
  await waitUntil(() => anilistHttp.limiter.state().pausedUntil !== null);
  const pausedAt = clock.now();
  expect(anilistHttp.health().message).toBe('AniList: rate-limited, resuming in 40 s');
  const others = ['Vinland Saga', 'Made in Abyss', 'Toradora'].map((q) => anilist.search(q));
  const seenDuringPause = server.requests.length;
  await clock.advance(39_000);
  await new Promise((r) => setTimeout(r, 30));
  expect(server.requests.length).toBe(seenDuringPause);
  const results = await drive(clock, Promise.all([first, ...others]), () => anilistHttp.limiter.state().inFlight > 0);
  expect(results.map((r) => r[0]?.id)).toEqual([154587, 101348, 97986, 4224]);
  const after = server.requests.slice(seenDuringPause);
  expect(after).toHaveLength(4);
  expect(clock.now() - pausedAt).toBeGreaterThanOrEqual(40_000);
  // Then slower: the budget is lowered for a while, never raised by X-RateLimit-Limit.
  expect(anilistHttp.health().perMinute).toBe(80);
});

test('a burst of 500s is retried with backoff; a malformed body too; the answer comes through', async () => {
  const server = await startFakeProviders();
  const clock = new FakeClock();
  const { anilist, anilistHttp } = clientsFor(server, { clock });
  server.inject('anilist', { kind: 'status', status: 500 }, { kind: 'status', status: 503 }, { kind: 'malformed' });
  const start = clock.now();
  const found = await drive(clock, anilist.search('Vinland Saga'), () => anilistHttp.limiter.state().inFlight > 0);
  expect(found.map((m) => m.id)).toEqual([101348, 136430]);
  expect(server.requests.map((r) => r.status)).toEqual([500, 503, 200, 200]);
  // Backoff 1 s, 2 s, 4 s with half of each random (random = 0.5): 0.75 + 1.5 + 3 s.
  expect(clock.now() - start).toBe(5250);
});

test('a provider that keeps failing opens the breaker: callers fail fast with a visible reason', async () => {
  const server = await startFakeProviders();
  const clock = new FakeClock();
  const { anilist, anilistHttp } = clientsFor(server, { clock });
  server.inject('anilist', ...Array.from({ length: 5 }, () => ({ kind: 'status' as const, status: 502 })));
  await expect(drive(clock, anilist.search('Toradora'), () => anilistHttp.limiter.state().inFlight > 0)).rejects.toMatchObject({ code: 'PROVIDER_HTTP_ERROR' });
  await expect(drive(clock, anilist.search('Toradora'), () => anilistHttp.limiter.state().inFlight > 0)).rejects.toMatchObject({ code: 'PROVIDER_PAUSED' });
  expect(anilistHttp.health().message).toMatch(/^AniList: not answering, retrying in \d+ s$/);
  const requestsWhileOpen = server.requests.length;
  await expect(anilist.search('Toradora')).rejects.toMatchObject({ code: 'PROVIDER_PAUSED' });
  expect(server.requests.length).toBe(requestsWhileOpen);
  await clock.advance(30_000);
  const found = await drive(clock, anilist.search('Toradora'), () => anilistHttp.limiter.state().inFlight > 0);
  expect(found[0]?.id).toBe(4224);
  expect(anilistHttp.health().message).toBeNull();
});

test('a slow answer times out and is retried; no network is PROVIDER_OFFLINE, which waits rather than fails', async () => {
  const server = await startFakeProviders();
  const clock = new FakeClock();
  const http = new ProviderHttp({ label: 'AniList', perMinute: 600, timeoutMs: 300, maxAttempts: 2, random: () => 0, clock });
  const { AniListClient } = await import('../anilist/client');
  const slowClient = new AniListClient({ http, url: server.anilistUrl });
  server.inject('anilist', { kind: 'slow', ms: 60_000 });
  const pending = slowClient.search('Toradora');
  // The request hangs; its time limit runs out in fake time, however slow the machine is.
  await waitUntil(() => http.limiter.state().inFlight > 0);
  await clock.advance(300);
  const found = await drive(clock, pending, () => http.limiter.state().inFlight > 0);
  expect(found[0]?.id).toBe(4224);

  await server.close();
  const offline = new AniListClient({ http: new ProviderHttp({ label: 'AniList', perMinute: 600, maxAttempts: 2, random: () => 0 }), url: server.anilistUrl });
  const err = await offline.search('Toradora').catch((e: unknown) => e);
  expect(err).toBeInstanceOf(ProviderError);
  expect((err as ProviderError).code).toBe('PROVIDER_OFFLINE');
  expect((err as ProviderError).waitsForNetwork).toBe(true);
});

async function waitUntil(check: () => boolean): Promise<void> {
  // The deadline only catches a hang; a loaded machine may take its time.
  const deadline = Date.now() + 180_000;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out waiting for the condition');
    await new Promise((r) => setTimeout(r, 5));
  }
}
