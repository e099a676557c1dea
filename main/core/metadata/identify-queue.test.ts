import fs from 'node:fs';
import { expect, test } from 'vitest';
import { asUser } from '../testing/library-write-guard';
import { testCore } from '../testing/core';
import { waitFor } from '../testing/wait';
import { libraryDir, tempDir, writeTree } from '../testing/temp';
import { startFakeProviders } from './testing/providers';

const SHOWS = ['Sousou no Frieren', 'Vinland Saga', 'Toradora!', 'Made in Abyss', 'Death Note', 'Odd Taxi', 'Another (2012)', 'Random Show Nobody Made'];

function library(): string {
  const lib = libraryDir();
  const files: Record<string, string> = {};
  for (const show of SHOWS) for (let e = 1; e <= 12; e++) files[`${show}/${show} - ${String(e).padStart(2, '0')}.mkv`] = 'v';
  writeTree(lib, files);
  return lib;
}

test('the network queue identifies every series beside the disk workers, and a restart repeats no cached request', async () => {
  const server = await startFakeProviders();
  const env = { ANISHELF_PROVIDERS: 'on', ANISHELF_ANILIST_URL: server.anilistUrl, ANISHELF_ANILIST_PER_MIN: '600' };
  const dataDir = tempDir('anishelf-data-');
  const lib = library();
  let core = await testCore({ dataDir, env });
  // Stop part-way, as a crash or a quit would: the provider answers three requests, then holds
  // the rest unanswered, so the first run surely leaves work for the second.
  server.holdAfter(3);
  await core.addFolders([lib]);
  await core.startLoader();
  await core.whenLoaderIdle();
  await waitFor(async () => server.held > 0 && (await core.identifyQueue.status()).identified >= 1, { what: 'one series identified and a request held' });
  await core.close();
  server.release();
  const before = server.requests.length;
  // What the first run got answered and kept (a request cut off by the stop is not among them).
  const peek = await testCore({ dataDir, env });
  const cachedKeys = new Set((await peek.db.selectFrom('provider_cache').select('key').execute()).map((r: { key: string }) => r.key));
  await peek.close();
  expect(cachedKeys.size).toBeGreaterThanOrEqual(1);

  core = await testCore({ dataDir, env });
  await core.startLoader();
  await core.whenLoaderIdle();
  await core.identifyQueue.whenIdle();
  // The episode lists of what was matched: those fetched before the stop come from the cache.
  await core.episodeLists.whenIdle();
  const series = await core.listSeries();
  const matches = await Promise.all(series.map(async (s) => (await core.getSeries(s.id)).match));
  expect(matches.every((m) => m && ['matched', 'needs_review', 'unmatched'].includes(m.state))).toBe(true);
  expect(matches.filter((m) => m?.state === 'matched')).toHaveLength(SHOWS.length - 1);
  expect(matches.filter((m) => m?.state === 'unmatched')).toHaveLength(1);
  // Nothing asked twice: what the first run kept came from the cache after the restart.
  const keyOf = (r: { params: Record<string, unknown>; asks?: string }) =>
    r.params.search !== undefined ? `search:${String(r.params.search).toLowerCase()}` : `${r.asks === 'episodes' ? 'episodes' : 'media'}:${String(r.params.id)}`;
  const again = server.requests.slice(before).filter((r) => cachedKeys.has(keyOf(r)));
  expect(again).toEqual([]);
  expect(server.requests.length).toBeGreaterThan(before);
  const status = await core.loaderStatus();
  expect(status.network).toMatchObject({ total: SHOWS.length, identified: SHOWS.length, waiting: 0, providers: [{ label: 'AniList', perMinute: 600, message: null }] });
  await core.close();
});

test('offline, every series still loads from disk and identification waits; it resumes when the network is back', async () => {
  const server = await startFakeProviders();
  const dataDir = tempDir('anishelf-data-');
  const lib = library();
  const offlineEnv = { ANISHELF_PROVIDERS: 'on', ANISHELF_ANILIST_URL: 'http://127.0.0.1:9/graphql' };
  let core = await testCore({ dataDir, env: offlineEnv });
  await core.addFolders([lib]);
  await core.startLoader();
  await core.whenLoaderIdle();
  await core.identifyQueue.whenIdle();
  const series = await core.listSeries();
  expect(series.every((s) => s.loadingStatus === 'completed' && s.videoCount === 12)).toBe(true);
  const waiting = await Promise.all(series.map(async (s) => (await core.getSeries(s.id)).match?.state));
  expect(waiting.every((state) => state === 'waiting')).toBe(true);
  expect((await core.loaderStatus()).network?.waiting).toBe(SHOWS.length);
  await core.close();

  // The network is back (here: the provider answers again) and the waiting series are retried.
  core = await testCore({ dataDir, env: { ANISHELF_PROVIDERS: 'on', ANISHELF_ANILIST_URL: server.anilistUrl, ANISHELF_ANILIST_PER_MIN: '600' } });
  await core.db.updateTable('matches').set({ updated_at: '2000-01-01T00:00:00.000Z' }).execute();
  await core.startLoader();
  await core.identifyQueue.whenIdle();
  expect((await core.loaderStatus()).network).toMatchObject({ identified: SHOWS.length, waiting: 0 });
  await core.close();
});

test('the identification counts are of present series only: a missing series waits with no count', async () => {
  const dataDir = tempDir('anishelf-data-');
  const lib = library();
  const core = await testCore({ dataDir, env: { ANISHELF_PROVIDERS: 'on', ANISHELF_ANILIST_URL: 'http://127.0.0.1:9/graphql' } });
  await core.addFolders([lib]);
  await core.startLoader();
  await core.whenLoaderIdle();
  await core.identifyQueue.whenIdle();
  expect((await core.loaderStatus()).network).toMatchObject({ total: SHOWS.length, identified: 0, waiting: SHOWS.length });
  const gone = (await core.listSeries()).find((s) => s.title === 'Death Note')!;
  asUser(() => fs.rmSync(gone.path, { recursive: true }));
  await core.reload(gone.id);
  await core.whenLoaderIdle();
  expect((await core.getSeries(gone.id)).state).toBe('missing');
  expect((await core.loaderStatus()).network).toMatchObject({ total: SHOWS.length - 1, identified: 0, waiting: SHOWS.length - 1 });
  await core.close();
});

test('pausing the loader pauses identification too, the status says so, and resuming identifies the rest', async () => {
  const server = await startFakeProviders();
  const env = { ANISHELF_PROVIDERS: 'on', ANISHELF_ANILIST_URL: server.anilistUrl, ANISHELF_ANILIST_PER_MIN: '600' };
  const dataDir = tempDir('anishelf-data-');
  const lib = library();
  const core = await testCore({ dataDir, env });
  // Read every folder first with AniList off, so only identification is left to do.
  await core.metadata.setSetting('anilist', 'off');
  await core.addFolders([lib]);
  await core.startLoader();
  await core.whenLoaderIdle();
  await core.identifyQueue.whenIdle();
  expect(server.requests).toEqual([]);

  const paused = await core.pauseLoader();
  expect(paused.paused).toBe(true);
  expect(paused.network).toMatchObject({ paused: true, identified: 0, total: SHOWS.length });
  await core.metadata.setSetting('anilist', 'on');
  core.identifyQueue.notify();
  // The queue looked for work and, paused, took none.
  await core.identifyQueue.whenIdle();
  expect(server.requests).toEqual([]);
  expect((await core.loaderStatus()).network).toMatchObject({ paused: true, identified: 0, running: 0 });

  const resumed = await core.resumeLoader();
  expect(resumed.network?.paused).toBe(false);
  await core.identifyQueue.whenIdle();
  expect((await core.loaderStatus()).network).toMatchObject({ paused: false, identified: SHOWS.length });
  expect(server.requests.length).toBeGreaterThan(0);
  await core.close();
});

test('a series whose folder is read while the queue is busy is identified from the change alone (no rescan, no wait)', async () => {
  const server = await startFakeProviders();
  const env = { ANISHELF_PROVIDERS: 'on', ANISHELF_ANILIST_URL: server.anilistUrl, ANISHELF_ANILIST_PER_MIN: '600' };
  // Time stands still: the queue's periodic look at the whole library never comes round.
  const core = await testCore({ env, now: () => new Date('2026-12-01T10:00:00Z') });
  const first = libraryDir();
  writeTree(first, { 'Vinland Saga/Vinland Saga - 01.mkv': 'v', 'Toradora!/Toradora! - 01.mkv': 'v' });
  // Every search is held unanswered: the queue is busy with the first two series.
  server.holdAfter(0);
  await core.addFolders([first]);
  await core.startLoader();
  await waitFor(() => server.held >= 2, { what: 'the first two searches in hand' });

  const later = libraryDir();
  writeTree(later, { 'Made in Abyss/Made in Abyss - 01.mkv': 'v' });
  await core.addFolders([later]);
  // Its folder read, the series is taken up while the others still wait for their answers.
  await waitFor(() => server.held >= 3, { what: 'the later series taken up while the queue is busy' });
  expect(server.requests.map((r) => r.params.search)).toContain('Made in Abyss');
  server.release();
  await waitFor(async () => (await core.loaderStatus()).network?.identified === 3, { what: 'all three identified' });
  const states = await Promise.all((await core.listSeries()).map(async (s) => (await core.getSeries(s.id)).match?.state));
  expect(states.every((state) => state !== undefined && state !== 'waiting')).toBe(true);
  await core.close();
});

test('artwork that waited for the network is fetched again once its wait is over, with nothing else asking', async () => {
  const server = await startFakeProviders();
  server.imagesDown = true;
  const env = { ANISHELF_PROVIDERS: 'on', ANISHELF_ANILIST_URL: server.anilistUrl, ANISHELF_ANILIST_PER_MIN: '600' };
  let nowMs = Date.parse('2026-12-01T10:00:00Z');
  const core = await testCore({ env, now: () => new Date(nowMs) });
  core.metadata.artworkDownload = { retryDelaysMs: [] };
  const lib = libraryDir();
  writeTree(lib, Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`Odd Taxi/Odd Taxi - ${String(i + 1).padStart(2, '0')}.mkv`, 'v'])));
  await core.addFolders([lib]);
  await core.startLoader();
  await core.whenLoaderIdle();
  await core.identifyQueue.whenIdle();
  const row = () => core.db.selectFrom('series').select(['has_poster', 'artwork_error', 'artwork_fetched_for']).executeTakeFirstOrThrow();
  expect(await row()).toMatchObject({ has_poster: 0, artwork_fetched_for: null });
  expect(JSON.parse((await row()).artwork_error!)).toMatchObject({ code: 'DOWNLOAD_NETWORK' });

  // The network is back and the wait (5 minutes) is over: no notify, no whenIdle, only time.
  server.imagesDown = false;
  nowMs += 6 * 60_000;
  await waitFor(async () => (await row()).has_poster === 1, { what: 'the poster fetched on the retry' });
  expect(await row()).toMatchObject({ artwork_error: null });
  await core.close();
});
