import { expect, test } from 'vitest';
import { loadedLibrary, testCore } from '../testing/core';
import { libraryDir, writeTree } from '../testing/temp';
import { identifySeries } from './identify-series';
import { parseProviderRef } from './provider-ref';
import { clientsFor, startFakeProviders } from './testing/providers';

// TVDB and IMDb ids (what Sonarr's and Kodi's TVDB scrapers leave in tvshow.nfo) resolve through
// TMDB's /find; a Season NN layout matched on TMDB gets one match per season TMDB lists.

function seasons(folder: string, counts: Record<number, number>, extra: Record<string, string> = {}): Record<string, string> {
  const files: Record<string, string> = { ...extra };
  for (const [season, count] of Object.entries(counts)) {
    const s = String(season).padStart(2, '0');
    for (let e = 1; e <= count; e++) files[`${folder}/Season ${s}/Show S${s}E${String(e).padStart(2, '0')}.mkv`] = 'v';
  }
  return files;
}

const library = loadedLibrary;

const nfo = (ids: string) => `<?xml version="1.0" encoding="UTF-8"?>\n<tvshow>\n  <title>My Show</title>\n  ${ids}\n</tvshow>\n`;

test('a TVDB id in tvshow.nfo finds the TMDB show through /find, and each Season NN folder TMDB lists gets its own match', async () => {
  const server = await startFakeProviders();
  const folder = 'My Chemistry Teacher';
  const { core, id } = await library(seasons(folder, { 1: 7, 2: 13, 3: 13, 6: 4 }, { [`${folder}/tvshow.nfo`]: nfo('<uniqueid type="tvdb" default="true">81189</uniqueid>') }));
  const { tmdb } = clientsFor(server);
  const match = await identifySeries({ db: core.db, providers: { anilist: null, tmdb }, now: () => new Date() }, id(folder));
  expect(match).toMatchObject({ state: 'matched', provider: 'tmdb', id: '1396', source: 'nfo', crossIds: { tvdb: '81189', imdb: 'tt0903747' } });
  const find = server.requests.find((r) => r.path === '/tmdb/3/find/81189');
  expect(find?.params).toMatchObject({ external_source: 'tvdb_id' });
  // Breaking Bad has five seasons on TMDB: the local Season 06 gets no match, and that is no error.
  expect(match.seasons?.map((s) => [s.season, s.provider, s.id, s.crossIds?.tmdbSeason])).toEqual([
    [1, 'tmdb', '1396', '1'],
    [2, 'tmdb', '1396', '2'],
    [3, 'tmdb', '1396', '3'],
  ]);
  await core.close();
});

test('an IMDb id in the folder name resolves through /find; an id TMDB does not know falls back to the search', async () => {
  const server = await startFakeProviders();
  const known = 'Better Call Saul (imdb-tt3032476)';
  const unknown = 'Doctor Who [tvdbid-999999]';
  const { core, id } = await library({ ...seasons(known, { 1: 10 }), ...seasons(unknown, { 1: 3 }) });
  const { tmdb } = clientsFor(server);
  const deps = { db: core.db, providers: { anilist: null, tmdb }, now: () => new Date() };
  expect(await identifySeries(deps, id(known))).toMatchObject({ state: 'matched', provider: 'tmdb', id: '60059', source: 'folder', crossIds: { imdb: 'tt3032476', tvdb: '273181' } });
  expect(server.requests.find((r) => r.path === '/tmdb/3/find/tt3032476')?.params).toMatchObject({ external_source: 'imdb_id' });
  // TMDB answers an empty tv_results: a missing cross id is normal; the title search decides.
  const fallback = await identifySeries(deps, id(unknown));
  expect(fallback.state).toBe('needs_review');
  expect(fallback.candidates.map((c) => c.id).sort()).toEqual(['121', '57243']);
  expect(server.requests.some((r) => r.path === '/tmdb/3/find/999999')).toBe(true);
  await core.close();
});

test('TMDB shows tied on the title are told apart by the seasons and episodes of the whole folder', async () => {
  const server = await startFakeProviders();
  const classic = 'Doctor Who';
  const revival = 'The Office';
  // Season 26: only the 1963 show has that many. The 2005 Office's first two seasons hold 28
  // episodes, its first only 6, and the 2001 show has two seasons of 6: the whole folder is set
  // against a TMDB show, not its first season.
  const { core, id } = await library({ ...seasons(classic, { 1: 4, 25: 3, 26: 4 }), ...seasons(revival, { 1: 6, 2: 22 }) });
  const { tmdb } = clientsFor(server);
  const deps = { db: core.db, providers: { anilist: null, tmdb }, now: () => new Date() };
  const who = await identifySeries(deps, id(classic));
  expect(who).toMatchObject({ state: 'matched', provider: 'tmdb', id: '121' });
  expect(await identifySeries(deps, id(revival))).toMatchObject({ state: 'matched', provider: 'tmdb', id: '2316' });
  await core.close();
});

test('the user can pick by a TVDB id or an IMDb link; both lock the TMDB show that carries it', async () => {
  const server = await startFakeProviders({ tmdbKey: '0123456789abcdef0123456789abcdef' });
  const lib = libraryDir();
  writeTree(lib, seasons('Bad', { 1: 7, 2: 13 }));
  const core = await testCore({ env: { ANISHELF_PROVIDERS: 'on', ANISHELF_ANILIST_URL: server.anilistUrl, ANISHELF_TMDB_URL: server.tmdbUrl, ANISHELF_TMDB_KEY: '0123456789abcdef0123456789abcdef' } });
  const { added } = await core.addFolders([lib]);
  await core.startLoader();
  await core.whenLoaderIdle();
  const seriesId = added[0]!.id;
  const byTvdb = await core.metadata.pick(seriesId, 'tvdb:81189');
  expect(byTvdb.match).toMatchObject({ state: 'matched', provider: 'tmdb', id: '1396', source: 'user', locked: true, crossIds: { tvdb: '81189', imdb: 'tt0903747' } });
  expect(byTvdb.match.seasons?.map((s) => s.crossIds?.tmdbSeason)).toEqual(['1', '2']);
  const byImdb = await core.metadata.pick(seriesId, 'https://www.imdb.com/title/tt3032476/');
  expect(byImdb.match).toMatchObject({ provider: 'tmdb', id: '60059', source: 'user' });
  await expect(core.metadata.pick(seriesId, 'tvdb:424242')).rejects.toMatchObject({ code: 'PICK_NOT_FOUND', message: 'TMDB knows no show with the TVDB id 424242.' });
  await core.close();
});

test.each([
  ['tvdb:81189', { provider: 'tvdb', text: '81189' }],
  ['tvdb-81189', { provider: 'tvdb', text: '81189' }],
  ['https://thetvdb.com/dereferrer/series/81189', { provider: 'tvdb', text: '81189' }],
  ['tt0903747', { provider: 'imdb', text: 'tt0903747' }],
  ['imdb:tt0903747', { provider: 'imdb', text: 'tt0903747' }],
  ['https://www.imdb.com/title/tt0903747/?ref_=nv', { provider: 'imdb', text: 'tt0903747' }],
  ['https://m.imdb.com/title/tt0903747', { provider: 'imdb', text: 'tt0903747' }],
  ['anilist:154587', { provider: 'anilist', id: 154587 }],
])('a pasted id or link: %s', (text, expected) => {
  expect(parseProviderRef(text)).toMatchObject(expected);
});
