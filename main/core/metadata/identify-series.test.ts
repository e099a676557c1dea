import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { getSeriesMatch } from '../db/repos/matches';
import { loadedLibrary } from '../testing/core';
import { identifySeries, saveUserPick } from './identify-series';
import { fromAniList } from './match/identify';
import { clientsFor, startFakeProviders } from './testing/providers';
import { sqliteResponseCache } from './sqlite-cache';
import { writeSeriesNfo } from './write-series-nfo';
import { waitFor } from '../testing/wait';

function episodes(folder: string, count: number, season?: number): Record<string, string> {
  const files: Record<string, string> = {};
  for (let e = 1; e <= count; e++) {
    const name = season ? `Season ${String(season).padStart(2, '0')}/Show S${String(season).padStart(2, '0')}E${String(e).padStart(2, '0')}.mkv` : `${folder} - ${String(e).padStart(2, '0')}.mkv`;
    files[`${folder}/${name}`] = 'video';
  }
  return files;
}

const library = loadedLibrary;

test('a bare folder is identified by search and gets a new tvshow.nfo with every field and one default id', async () => {
  const server = await startFakeProviders();
  const folder = '[SubsPlease] Sousou no Frieren (01-28) (1080p) [Batch]';
  const { core, lib, id } = await library(episodes(folder, 28));
  const { anilist, tmdb } = clientsFor(server, { cache: sqliteResponseCache(core.db) });
  const deps = { db: core.db, providers: { anilist, tmdb }, now: () => new Date(), ratingCountry: 'US' };
  const match = await identifySeries(deps, id(folder));
  // TMDB lists the same show (same title, year, animation): its id comes along, for fanart and logos.
  expect(match).toMatchObject({ state: 'matched', provider: 'anilist', id: '154587', source: 'search', crossIds: { mal: '52991', tmdb: '209867' } });
  expect(match.score).toBeGreaterThan(0.85);
  expect(match.candidates[0]).toMatchObject({ id: '154587', title: 'Sousou no Frieren', year: 2023, format: 'TV', episodes: 28 });
  // The entry's other titles find the series in the library search, before any NFO is written.
  expect((await core.listSeries({ search: 'beyond journeys end' })).map((s) => s.id)).toEqual([id(folder)]);
  expect((await core.listSeries({ search: '葬送' })).map((s) => s.id)).toEqual([id(folder)]);

  const requestsBefore = server.requests.length;
  const outcome = await writeSeriesNfo({ ...deps, titleLanguage: 'english' }, id(folder));
  expect(outcome).toMatchObject({ written: true });
  expect(server.requests.length).toBe(requestsBefore); // the entry came with the search, from the cache
  const nfo = fs.readFileSync(path.join(lib, folder, 'tvshow.nfo'), 'utf8');
  expect(nfo).toContain("<title>Frieren: Beyond Journey's End</title>");
  expect(nfo).toContain('<originaltitle>葬送のフリーレン</originaltitle>');
  expect(nfo).toContain('<premiered>2023-04-01</premiered>');
  expect(nfo).toContain('<year>2023</year>');
  expect(nfo).toContain('<status>Ended</status>');
  expect(nfo).toContain('<studio>Madhouse</studio>');
  expect(nfo).toMatch(/<genre>\w+<\/genre>/);
  expect(nfo).toMatch(/<rating name="anilist" max="10" default="true">/);
  expect(nfo).toContain('<uniqueid type="anilist" default="true">154587</uniqueid>');
  expect(nfo).toContain('<uniqueid type="mal">52991</uniqueid>');
  expect(nfo).toContain('<uniqueid type="tmdb">209867</uniqueid>');
  expect(nfo.match(/default="true">\d/g)).toHaveLength(1);
  const detail = await core.getSeries(id(folder));
  expect(detail).toMatchObject({ title: "Frieren: Beyond Journey's End", hasNfo: true, matchState: 'matched' });
  // The series' shape the CLI resolves by folder (`show --json`) says so too.
  expect(await core.resolveSeries(path.join(lib, folder))).toMatchObject({ id: id(folder), matchState: 'matched' });
  // Once more: the row, read back from the file written, says the file lacks nothing, so the
  // file is not even opened.
  expect(await writeSeriesNfo({ ...deps, titleLanguage: 'english' }, id(folder))).toMatchObject({ written: false, reason: 'nothing-to-fill' });
  // Identified again ("Refresh from provider"), the entry is found through the ids written into
  // tvshow.nfo from this match: the match still says it was found by search, with its candidates.
  const again = await identifySeries(deps, id(folder));
  expect(again).toMatchObject({ state: 'matched', provider: 'anilist', id: '154587', source: 'search', score: match.score });
  expect(again.candidates).toEqual(match.candidates);
  await core.close();
});

test('an existing NFO decides by its ids and only its empty fields are filled; locked and non-Kodi files are never touched', async () => {
  const server = await startFakeProviders();
  const userNfo = '<tvshow>\n  <title>My Frieren</title>\n  <plot>My own words.</plot>\n  <uniqueid type="anilist" default="true">154587</uniqueid>\n  <custom>kept</custom>\n</tvshow>\n';
  const lockedNfo = '<tvshow>\n  <title>Toradora</title>\n  <lockdata>true</lockdata>\n</tvshow>\n';
  const sceneNfo = 'Release: Vinland.Saga.S01.1080p\nSource: BluRay\nGreetings to all groups.\n';
  const { core, lib, id } = await library({
    ...episodes('Frieren', 3),
    'Frieren/tvshow.nfo': userNfo,
    ...episodes('Toradora!', 25),
    'Toradora!/tvshow.nfo': lockedNfo,
    ...episodes('Vinland Saga', 24),
    'Vinland Saga/tvshow.nfo': sceneNfo,
  });
  const { anilist, tmdb } = clientsFor(server, { cache: sqliteResponseCache(core.db) });
  const deps = { db: core.db, providers: { anilist, tmdb }, now: () => new Date(), titleLanguage: 'romaji' as const, ratingCountry: 'US' };
  expect(await identifySeries(deps, id('Frieren'))).toMatchObject({ state: 'matched', id: '154587', source: 'nfo' });
  expect(await writeSeriesNfo(deps, id('Frieren'))).toMatchObject({ written: true });
  const merged = fs.readFileSync(path.join(lib, 'Frieren', 'tvshow.nfo'), 'utf8');
  expect(merged).toContain('<title>My Frieren</title>');
  expect(merged).toContain('<plot>My own words.</plot>');
  expect(merged).toContain('<custom>kept</custom>');
  expect(merged).toContain('<premiered>2023-04-01</premiered>');
  expect(merged).toContain('<uniqueid type="mal">52991</uniqueid>');
  expect(merged.match(/default="true">\d/g)).toHaveLength(1);
  // "Refresh from provider" takes the provider's values.
  await writeSeriesNfo(deps, id('Frieren'), { refresh: true });
  expect(fs.readFileSync(path.join(lib, 'Frieren', 'tvshow.nfo'), 'utf8')).toContain('<title>Sousou no Frieren</title>');

  expect(await identifySeries(deps, id('Toradora!'))).toMatchObject({ state: 'matched', id: '4224' });
  expect(await writeSeriesNfo(deps, id('Toradora!'))).toMatchObject({ written: false, reason: 'locked' });
  expect(fs.readFileSync(path.join(lib, 'Toradora!', 'tvshow.nfo'), 'utf8')).toBe(lockedNfo);

  expect(await identifySeries(deps, id('Vinland Saga'))).toMatchObject({ state: 'matched', id: '101348' });
  expect(await writeSeriesNfo(deps, id('Vinland Saga'))).toMatchObject({ written: false, reason: 'not-kodi' });
  expect(fs.readFileSync(path.join(lib, 'Vinland Saga', 'tvshow.nfo'), 'utf8')).toBe(sceneNfo);
  await core.close();
});

test('offline is waiting, not failed, and keeps an earlier match; a user pick is locked and never re-matched', async () => {
  const server = await startFakeProviders();
  const { core, id } = await library(episodes('Toradora!', 25));
  const { anilist, tmdb } = clientsFor(server);
  const deps = { db: core.db, providers: { anilist, tmdb }, now: () => new Date(), ratingCountry: 'US' };
  const { ProviderHttp } = await import('./http/provider-http');
  const { AniListClient } = await import('./anilist/client');
  const offline = new AniListClient({ http: new ProviderHttp({ label: 'AniList', perMinute: 600, maxAttempts: 1 }), url: 'http://127.0.0.1:9/anilist' });
  const waiting = await identifySeries({ ...deps, providers: { anilist: offline, tmdb: null } }, id('Toradora!'));
  expect(waiting).toMatchObject({ state: 'waiting', reason: { code: 'PROVIDER_OFFLINE' } });
  expect(await core.getSeries(id('Toradora!'))).toMatchObject({ loadingStatus: 'completed', matchState: 'waiting' });

  expect(await identifySeries(deps, id('Toradora!'))).toMatchObject({ state: 'matched', id: '4224' });
  expect(await identifySeries({ ...deps, providers: { anilist: offline, tmdb: null } }, id('Toradora!'))).toMatchObject({ state: 'matched', id: '4224', reason: { code: 'PROVIDER_OFFLINE' } });

  const media = (await anilist.byId(185680))!;
  await saveUserPick(deps, id('Toradora!'), fromAniList(media, 'user', 1, [], 'user pick', {}));
  expect(await identifySeries(deps, id('Toradora!'))).toMatchObject({ state: 'matched', id: '185680', source: 'user', locked: true });
  await core.close();
});

test('an AniList match does not wait on TMDB: offline, it is stored without the TMDB id, and gains it once TMDB answers', async () => {
  const server = await startFakeProviders();
  const folder = 'Sousou no Frieren';
  const { core, id } = await library(episodes(folder, 28));
  const { anilist, tmdb } = clientsFor(server);
  const { ProviderHttp } = await import('./http/provider-http');
  const { TmdbClient } = await import('./tmdb/client');
  const offline = new TmdbClient({ http: new ProviderHttp({ label: 'TMDB', perMinute: 600, maxAttempts: 1 }), url: 'http://127.0.0.1:9/tmdb', key: 'key', cache: null });
  const without = await identifySeries({ db: core.db, providers: { anilist, tmdb: offline }, now: () => new Date() }, id(folder));
  expect(without).toMatchObject({ state: 'matched', provider: 'anilist', id: '154587' });
  expect(without.crossIds).toEqual({ mal: '52991' });
  expect(without.reason ?? null).toBeNull();
  const again = await identifySeries({ db: core.db, providers: { anilist, tmdb }, now: () => new Date() }, id(folder));
  expect(again.crossIds).toEqual({ mal: '52991', tmdb: '209867' });
  await core.close();
});

test('a folder with Season NN folders matches each season along the sequel chain', async () => {
  const server = await startFakeProviders();
  const { core, id } = await library({ ...episodes('Shingeki no Kyojin', 25, 1), ...episodes('Shingeki no Kyojin', 12, 2), ...episodes('Shingeki no Kyojin', 22, 3), ...episodes('Shingeki no Kyojin', 28, 4) });
  const { anilist, tmdb } = clientsFor(server);
  const match = await identifySeries({ db: core.db, providers: { anilist, tmdb }, now: () => new Date() }, id('Shingeki no Kyojin'));
  expect(match).toMatchObject({ state: 'matched', id: '16498' });
  expect(match.seasons?.map((s) => [s.season, s.id])).toEqual([
    [2, '20958'],
    [3, '99147'],
    [4, '110277'],
  ]);
  expect(await getSeriesMatch(core.db, id('Shingeki no Kyojin'))).toEqual(match);
  await core.close();
});

test('the match and its season matches are stored together: while the chain is fetched, no reader sees the match without its seasons', async () => {
  const server = await startFakeProviders();
  const { core, id } = await library({ ...episodes('Shingeki no Kyojin', 25, 1), ...episodes('Shingeki no Kyojin', 12, 2), ...episodes('Shingeki no Kyojin', 22, 3) });
  const { anilist, tmdb } = clientsFor(server);
  // Every request is held until the stored matches were looked at.
  server.holdAfter(0);
  let done = false;
  const identified = identifySeries({ db: core.db, providers: { anilist, tmdb }, now: () => new Date() }, id('Shingeki no Kyojin')).finally(() => (done = true));
  const seen: string[] = [];
  for (;;) {
    await waitFor(() => done || server.held > 0, { what: 'a request held, or the end' });
    if (done) break;
    const stored = await getSeriesMatch(core.db, id('Shingeki no Kyojin'));
    seen.push(stored === null ? 'none' : `${stored.state}+${stored.seasons?.length ?? 0}`);
    server.release();
    server.holdAfter(0);
  }
  server.release();
  const match = await identified;
  expect(match.seasons?.map((s) => s.season)).toEqual([2, 3]);
  expect(seen.length).toBeGreaterThanOrEqual(2); // the search and the sequel chain
  expect(seen.every((s) => s === 'none')).toBe(true);
  await core.close();
});

test("the user's Save made while the match's tvshow.nfo write waits for its entry lands after that write, and both are in the file", async () => {
  const server = await startFakeProviders();
  const { core, lib, id } = await library(episodes('Frieren', 3));
  // No response cache: the write asks AniList for the entry again, and that request is held.
  const { anilist, tmdb } = clientsFor(server);
  const deps = { db: core.db, providers: { anilist, tmdb }, now: () => new Date(), titleLanguage: 'romaji' as const, ratingCountry: 'US' };
  expect(await identifySeries(deps, id('Frieren'))).toMatchObject({ state: 'matched', id: '154587' });
  server.holdAfter(0);
  const finished: string[] = [];
  const written = writeSeriesNfo(deps, id('Frieren')).then((outcome) => (finished.push('match'), outcome));
  await waitFor(() => server.held > 0, { what: "the match's write waiting for its entry" });
  const saved = core.saveMetadata(id('Frieren'), { plot: 'My own words.' }).then((detail) => (finished.push('save'), detail));
  server.release();
  expect(await written).toMatchObject({ written: true });
  await saved;
  expect(finished).toEqual(['match', 'save']);
  const nfo = fs.readFileSync(path.join(lib, 'Frieren', 'tvshow.nfo'), 'utf8');
  expect(nfo).toContain('<plot>My own words.</plot>');
  expect(nfo).toContain('<uniqueid type="anilist" default="true">154587</uniqueid>');
  await core.close();
});
