import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { seriesFiles, testCore } from '../testing/core';
import { libraryDir, tempDir, writeTree } from '../testing/temp';
import { parseNfo } from '../nfo/parse';
import { startFakeProviders } from './testing/providers';

const LOCKED_NFO = '<tvshow>\n  <title>My Toradora</title>\n  <lockdata>true</lockdata>\n</tvshow>\n';

test('"Refresh from provider" for the whole library rewrites every matched tvshow.nfo in the new title language, waits out the network and survives a restart', async () => {
  const server = await startFakeProviders();
  const online = { ANISHELF_PROVIDERS: 'on', ANISHELF_ANILIST_URL: server.anilistUrl, ANISHELF_ANILIST_PER_MIN: '600' };
  const offline = { ...online, ANISHELF_ANILIST_URL: 'http://127.0.0.1:9/graphql' };
  const dataDir = tempDir('anishelf-data-');
  const lib = libraryDir();
  writeTree(lib, { ...seriesFiles({ 'Sousou no Frieren': 12, 'Toradora!': 12, 'Random Show Nobody Made': 3 }), 'Toradora!/tvshow.nfo': LOCKED_NFO });
  const nfo = (folder: string) => fs.readFileSync(path.join(lib, folder, 'tvshow.nfo'), 'utf8');

  let core = await testCore({ dataDir, env: online });
  await core.addFolders([lib]);
  await core.startLoader();
  await core.whenLoaderIdle();
  await core.identifyQueue.whenIdle();
  expect(nfo('Sousou no Frieren')).toContain('<title>Sousou no Frieren</title>');
  const frieren = (await core.listSeries()).find((s) => path.basename(s.path) === 'Sousou no Frieren')!;
  expect((await core.getSeries(frieren.id)).match).toMatchObject({ state: 'matched', source: 'search' });
  await core.close();

  // Offline, with nothing cached: each refresh is tried, waits with the provider's reason, and
  // every file stays as it was.
  let nowMs = Date.parse('2026-12-01T10:00:00Z');
  core = await testCore({ dataDir, env: offline, now: () => new Date(nowMs) });
  await core.db.deleteFrom('provider_cache').execute();
  await core.setSetting('title-language', 'english');
  // The unmatched series has no entry to refresh from: two of three are asked for.
  expect(await core.refreshAllFromProvider()).toEqual({ asked: 2 });
  expect((await core.loaderStatus()).network).toMatchObject({ refreshing: 2 });
  await core.startLoader();
  await core.whenLoaderIdle();
  await core.identifyQueue.whenIdle();
  expect((await core.loaderStatus()).network).toMatchObject({ refreshing: 2, identified: 3 });
  const waiting = await core.getSeries(frieren.id);
  // The first ask finds AniList offline; the next waits for the pause that follows.
  expect(waiting.match).toMatchObject({ state: 'matched', refreshAsked: true, reason: { code: expect.stringMatching(/^PROVIDER_(OFFLINE|PAUSED)$/) } });
  expect(nfo('Sousou no Frieren')).toContain('<title>Sousou no Frieren</title>');
  await core.close();

  // Back online after a restart and the wait: the asks made before the restart are worked off.
  nowMs += 6 * 60_000;
  core = await testCore({ dataDir, env: online, now: () => new Date(nowMs) });
  await core.startLoader();
  await core.whenLoaderIdle();
  await core.identifyQueue.whenIdle();
  expect(nfo('Sousou no Frieren')).toContain("<title>Frieren: Beyond Journey's End</title>");
  expect(nfo('Toradora!')).toBe(LOCKED_NFO);
  expect((await core.loaderStatus()).network).toMatchObject({ refreshing: 0, identified: 3 });
  const refreshed = await core.getSeries(frieren.id);
  expect(refreshed).toMatchObject({ title: "Frieren: Beyond Journey's End" });
  expect(refreshed.match).toMatchObject({ state: 'matched', source: 'search', reason: null });
  expect(refreshed.match?.refreshAsked).toBeUndefined();
  // Done is done: another look asks nothing more.
  const requests = server.requests.length;
  core.identifyQueue.notify();
  await core.identifyQueue.whenIdle();
  expect(server.requests.length).toBe(requests);
  await core.close();
});

test('a refresh names the seasons of an AniList match in the title language set now, as it titles the show', async () => {
  const server = await startFakeProviders();
  const lib = libraryDir();
  const counts = [26, 7, 11];
  writeTree(lib, Object.fromEntries(counts.flatMap((count, s) => Array.from({ length: count }, (_, e) => [`Kimetsu no Yaiba/Season 0${s + 1}/Kimetsu no Yaiba - S0${s + 1}E${String(e + 1).padStart(2, '0')}.mkv`, 'v']))));
  const core = await testCore({ env: { ANISHELF_PROVIDERS: 'on', ANISHELF_ANILIST_URL: server.anilistUrl, ANISHELF_ANILIST_PER_MIN: '600' } });
  await core.addFolders([lib]);
  await core.startLoader();
  await core.whenLoaderIdle();
  await core.identifyQueue.whenIdle();
  await core.episodeLists.whenIdle();
  const nfo = () => parseNfo(fs.readFileSync(path.join(lib, 'Kimetsu no Yaiba', 'tvshow.nfo'), 'utf8'));
  expect(nfo()).toMatchObject({ title: 'Kimetsu no Yaiba', namedSeasons: { 2: 'Mugen Ressha-hen', 3: 'Yuukaku-hen' } });

  await core.setSetting('title-language', 'english');
  const [series] = await core.listSeries();
  expect(await core.metadata.refreshFromProvider(series!.id)).toMatchObject({ nfo: 'written' });
  expect(nfo()).toMatchObject({ title: 'Demon Slayer: Kimetsu no Yaiba', namedSeasons: { 2: 'Mugen Train Arc', 3: 'Entertainment District Arc' } });
  await core.close();
});
