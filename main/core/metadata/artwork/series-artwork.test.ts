import fs from 'node:fs';
import path from 'node:path';
import { imageSize } from 'image-size';
import sharp from 'sharp';
import { expect, test } from 'vitest';
import { recordWritten } from '../../db/repos/written-files';
import { buildTmdbShows } from '../testing/build-tmdb';
import { TMDB_SEEDS } from '../testing/data/tmdb-seeds';
import { startFakeProviders } from '../testing/providers';
import { testCore, type TestCore } from '../../testing/core';
import { libraryDir, tempDir, writeTree } from '../../testing/temp';

const KEY = '0123456789abcdef0123456789abcdef';

function envFor(server: { anilistUrl: string; tmdbUrl: string }, extra: Record<string, string> = {}) {
  return { ANISHELF_PROVIDERS: 'on', ANISHELF_ANILIST_URL: server.anilistUrl, ANISHELF_TMDB_URL: server.tmdbUrl, ANISHELF_TMDB_KEY: KEY, ANISHELF_ANILIST_PER_MIN: '600', ...extra };
}

function twoShows(lib: string) {
  const files: Record<string, string> = {};
  for (const s of [1, 2]) for (let e = 1; e <= 3; e++) files[`Breaking Bad (2008)/Season 0${s}/Breaking Bad - S0${s}E0${e}.mkv`] = 'v';
  for (let e = 1; e <= 28; e++) files[`[SubsPlease] Sousou no Frieren (01-28) (1080p) [Batch]/Sousou no Frieren - ${String(e).padStart(2, '0')}.mkv`] = 'v';
  writeTree(lib, files);
  return { bb: path.join(lib, 'Breaking Bad (2008)'), frieren: path.join(lib, '[SubsPlease] Sousou no Frieren (01-28) (1080p) [Batch]') };
}

async function loadAll(core: TestCore, lib: string) {
  await core.addFolders([lib]);
  await core.startLoader();
  await core.whenLoaderIdle();
  await core.identifyQueue.whenIdle();
  // tvshow.nfo and episode NFOs come from the background writer after the disk stages.
  await core.episodeNfos.whenIdle();
}

const written = async (core: TestCore) => new Map((await core.db.selectFrom('written_files').select(['path', 'kind']).execute()).map((r) => [r.path, r.kind]));

test('a matched series gets its missing poster, fanart, clearlogo, banner and season posters, each a real image with its hash recorded', async () => {
  const server = await startFakeProviders({ tmdbKey: KEY });
  const lib = libraryDir();
  const { bb, frieren } = twoShows(lib);
  const core = await testCore({ env: envFor(server) });
  await loadAll(core, lib);

  // TMDB entry: poster (en), backdrop without language, logo (en, PNG), one poster per season.
  for (const name of ['poster.jpg', 'fanart.jpg', 'clearlogo.png', 'season01-poster.jpg', 'season02-poster.jpg']) {
    const file = path.join(bb, name);
    const size = imageSize(fs.readFileSync(file));
    expect(size.type, name).toBe(name.endsWith('.png') ? 'png' : 'jpg');
  }
  expect(fs.existsSync(path.join(bb, 'banner.jpg'))).toBe(false);
  // AniList entry, with the same show found on TMDB: AniList's banner as banner.jpg, TMDB's
  // poster, backdrop (as fanart) and logo, which AniList has none of.
  for (const name of ['poster.jpg', 'banner.jpg', 'fanart.jpg', 'clearlogo.png']) {
    expect(imageSize(fs.readFileSync(path.join(frieren, name))).type, name).toBe(name.endsWith('.png') ? 'png' : 'jpg');
  }
  const paths = server.imageRequests;
  expect(paths).toContain('/images/tmdb/t/p/original/p1396.jpg');
  expect(paths).toContain('/images/tmdb/t/p/original/b1396.jpg');
  expect(paths).toEqual(expect.arrayContaining(['/images/tmdb/t/p/original/p209867.jpg', '/images/tmdb/t/p/original/b209867.jpg', '/images/tmdb/t/p/original/l209867.png']));
  expect(paths.filter((p) => p.startsWith('/images/anilist/') && !p.includes('/banner/'))).toEqual([]);

  const kinds = await written(core);
  expect(kinds.get(path.join(bb, 'poster.jpg'))).toBe('poster');
  expect(kinds.get(path.join(bb, 'clearlogo.png'))).toBe('clearlogo');
  expect(kinds.get(path.join(bb, 'season02-poster.jpg'))).toBe('season-poster');
  expect(kinds.get(path.join(frieren, 'banner.jpg'))).toBe('banner');
  const [bbRow] = await core.db.selectFrom('series').selectAll().where('path', '=', bb).execute();
  expect(bbRow).toMatchObject({ has_poster: 1, has_fanart: 1, has_logo: 1, logo_path: path.join(bb, 'clearlogo.png'), artwork_fetched_for: 'tmdb:1396', artwork_error: null });
  expect((await core.getSeries(bbRow!.id)).loadingStatus).toBe('completed');
  // The downloaded files have their versions, so the window asks for them under new URLs.
  expect(Object.keys(JSON.parse(bbRow!.artwork_versions) as object)).toEqual(['poster', 'logo', 'fanart']);

  // Fetched once per match: a restart downloads nothing again.
  const before = server.imageRequests.length;
  await core.stopLoader();
  await core.startLoader();
  await core.identifyQueue.whenIdle();
  expect(server.imageRequests.length).toBe(before);
  await core.close();
});

test('an AniList match whose TMDB show is found later (TMDB was down) gets its fanart and logo then, once', async () => {
  const server = await startFakeProviders({ tmdbKey: KEY });
  const lib = libraryDir();
  const { frieren } = twoShows(lib);
  const dataDir = tempDir('anishelf-data-');
  // TMDB unreachable: AniList matches on its own, with AniList's cover and banner.
  const first = await testCore({ dataDir, env: envFor(server, { ANISHELF_TMDB_URL: 'http://127.0.0.1:9/tmdb' }) });
  await loadAll(first, lib);
  const row = async (core: TestCore) => (await core.db.selectFrom('series').select(['id', 'artwork_fetched_for', 'has_fanart', 'has_logo']).where('path', '=', frieren).executeTakeFirstOrThrow());
  expect(await row(first)).toMatchObject({ artwork_fetched_for: 'anilist:154587', has_fanart: 0, has_logo: 0 });
  // TMDB was asked for the companion again by the queue, could not answer, and waits: the queue went idle.
  const companion = await first.db.selectFrom('matches').select(['companion_asked', 'error']).where('season', 'is', null).where('provider_id', '=', '154587').executeTakeFirstOrThrow();
  expect(companion.companion_asked).toBe(0);
  // Offline, or paused after that (the client waits out an unreachable host before asking again).
  expect((JSON.parse(companion.error!) as { code: string }).code).toMatch(/^PROVIDER_(OFFLINE|PAUSED)$/);
  const poster = fs.readFileSync(path.join(frieren, 'poster.jpg'));
  await first.close();

  // TMDB back, the series identified again (`anishelf identify`): the TMDB show comes with it, and
  // the queue fetches what is still missing under the new key. The poster there is kept.
  const core = await testCore({ dataDir, env: envFor(server) });
  await core.startLoader();
  const { id } = await row(core);
  expect((await core.metadata.identify(id)).match.crossIds).toEqual({ mal: '52991', tmdb: '209867' });
  core.identifyQueue.notify();
  await core.identifyQueue.whenIdle();
  expect(await row(core)).toMatchObject({ artwork_fetched_for: 'anilist:154587+tmdb:209867', has_fanart: 1, has_logo: 1 });
  expect(imageSize(fs.readFileSync(path.join(frieren, 'fanart.jpg'))).type).toBe('jpg');
  expect(fs.readFileSync(path.join(frieren, 'poster.jpg')).equals(poster)).toBe(true);
  const requests = server.imageRequests.length;
  core.identifyQueue.notify();
  await core.identifyQueue.whenIdle();
  expect(server.imageRequests.length).toBe(requests);
  await core.close();
});

test('a series matched by its folder\'s TMDB id before the user had a TMDB key gets its artwork once the key is set', async () => {
  const server = await startFakeProviders({ tmdbKey: KEY });
  const lib = libraryDir();
  const folder = path.join(lib, 'Breaking Bad (2008) [tmdbid-1396]');
  writeTree(lib, { 'Breaking Bad (2008) [tmdbid-1396]/Season 01/Breaking Bad - S01E01.mkv': 'v' });
  const core = await testCore({ env: envFor(server, { ANISHELF_TMDB_KEY: '' }) });
  await loadAll(core, lib);
  const row = () => core.db.selectFrom('series').select(['id', 'has_poster', 'has_fanart', 'artwork_fetched_for']).where('path', '=', folder).executeTakeFirstOrThrow();
  const { id } = await row();
  expect(await core.getSeries(id)).toMatchObject({ matchState: 'matched' });
  // Nothing could be asked for it: no request, and the attempt names no entry.
  expect(server.imageRequests).toEqual([]);
  expect(fs.readFileSync(path.join(folder, 'tvshow.nfo'), 'utf8')).not.toContain('<uniqueid');
  expect(await row()).toMatchObject({ has_poster: 0, artwork_fetched_for: '' });

  await core.setSetting('tmdb-key', KEY);
  await core.identifyQueue.whenIdle();
  expect(await row()).toMatchObject({ has_poster: 1, has_fanart: 1, artwork_fetched_for: 'tmdb:1396' });
  expect(imageSize(fs.readFileSync(path.join(folder, 'poster.jpg'))).type).toBe('jpg');
  // Its episode list comes too, and its tvshow.nfo (until now the one the folder's name gave)
  // with it says what TMDB says.
  await core.episodeLists.whenIdle();
  const nfo = fs.readFileSync(path.join(folder, 'tvshow.nfo'), 'utf8');
  expect(nfo).toContain('<uniqueid type="tmdb" default="true">1396</uniqueid>');
  expect(nfo).toContain('<studio>AMC</studio>');
  // Fetched for the entry now: another look downloads nothing again, nor does removing the key.
  const requests = server.imageRequests.length;
  core.identifyQueue.notify();
  await core.identifyQueue.whenIdle();
  expect(server.imageRequests.length).toBe(requests);
  await core.setSetting('tmdb-key', '');
  await core.identifyQueue.whenIdle();
  expect(server.imageRequests.length).toBe(requests);
  expect(await row()).toMatchObject({ artwork_fetched_for: 'tmdb:1396' });
  await core.close();
});

test('an anime matched on AniList before the user had a TMDB key gets its TMDB show, fanart and logo once the key is set, asked once', async () => {
  const server = await startFakeProviders({ tmdbKey: KEY });
  const lib = libraryDir();
  const { frieren } = twoShows(lib);
  const core = await testCore({ env: envFor(server, { ANISHELF_TMDB_KEY: '' }) });
  await loadAll(core, lib);
  const row = () => core.db.selectFrom('series').select(['id', 'has_poster', 'has_fanart', 'has_logo', 'artwork_fetched_for']).where('path', '=', frieren).executeTakeFirstOrThrow();
  const { id } = await row();
  // AniList alone: its cover and banner, no fanart or logo.
  expect(await row()).toMatchObject({ has_poster: 1, has_fanart: 0, has_logo: 0, artwork_fetched_for: 'anilist:154587' });
  expect(server.requests.filter((r) => r.target === 'tmdb')).toEqual([]);

  await core.setSetting('tmdb-key', KEY);
  await core.identifyQueue.whenIdle();
  expect((await core.getSeries(id)).match).toMatchObject({ provider: 'anilist', id: '154587', crossIds: { tmdb: '209867' } });
  expect(await row()).toMatchObject({ has_fanart: 1, has_logo: 1, artwork_fetched_for: 'anilist:154587+tmdb:209867' });
  expect(fs.readFileSync(path.join(frieren, 'tvshow.nfo'), 'utf8')).toContain('<uniqueid type="tmdb">209867</uniqueid>');
  // Asked once: another look asks TMDB nothing more. Breaking Bad, a TMDB match, never needed it.
  const tmdbRequests = server.requests.filter((r) => r.target === 'tmdb').length;
  core.identifyQueue.notify();
  await core.identifyQueue.whenIdle();
  expect(server.requests.filter((r) => r.target === 'tmdb').length).toBe(tmdbRequests);
  // The key removed again: what was fetched stays fetched, and AniList is not asked for it again.
  const requests = server.requests.length;
  await core.setSetting('tmdb-key', '');
  await core.identifyQueue.whenIdle();
  expect(server.requests.length).toBe(requests);
  await core.close();
});

test('providers off: the stages only look, nothing is downloaded', async () => {
  const server = await startFakeProviders({ tmdbKey: KEY });
  const lib = libraryDir();
  const { bb } = twoShows(lib);
  const core = await testCore({ env: envFor(server, { ANISHELF_PROVIDERS: 'off' }) });
  await loadAll(core, lib);
  expect(server.imageRequests).toEqual([]);
  expect(fs.readdirSync(bb).sort()).toEqual(['Season 01', 'Season 02', 'tvshow.nfo']);
  const [row] = await core.db.selectFrom('series').select(['loading_status', 'has_poster', 'artwork_fetched_for']).where('path', '=', bb).execute();
  expect(row).toEqual({ loading_status: 'completed', has_poster: 0, artwork_fetched_for: null });
  await core.close();
});

test('with the image servers down the series still loads; the artwork waits and comes when the network is back', async () => {
  const server = await startFakeProviders({ tmdbKey: KEY });
  server.imagesDown = true;
  const lib = libraryDir();
  const { bb } = twoShows(lib);
  let nowMs = Date.parse('2026-12-01T10:00:00Z');
  const core = await testCore({ env: envFor(server), now: () => new Date(nowMs) });
  core.metadata.artworkDownload = { retryDelaysMs: [] };
  await loadAll(core, lib);
  const [row] = await core.db.selectFrom('series').selectAll().where('path', '=', bb).execute();
  expect(row).toMatchObject({ loading_status: 'completed', has_poster: 0, artwork_fetched_for: null });
  expect(JSON.parse(row!.artwork_error!)).toMatchObject({ code: 'DOWNLOAD_NETWORK' });
  expect(fs.existsSync(path.join(bb, 'poster.jpg'))).toBe(false);
  // No temp file is left behind in the folder.
  expect(fs.readdirSync(bb).filter((n) => !n.startsWith('Season') && n !== 'tvshow.nfo')).toEqual([]);

  server.imagesDown = false;
  nowMs += 6 * 60_000;
  core.identifyQueue.notify();
  await core.identifyQueue.whenIdle();
  const [after] = await core.db.selectFrom('series').selectAll().where('path', '=', bb).execute();
  expect(after).toMatchObject({ has_poster: 1, has_fanart: 1, artwork_fetched_for: 'tmdb:1396', artwork_error: null });
  await core.close();
});

test('"Refresh artwork" replaces only the files Anishelf wrote; the user\'s own poster survives, and the queue never replaces', async () => {
  const server = await startFakeProviders({ tmdbKey: KEY });
  const lib = libraryDir();
  const { bb, frieren } = twoShows(lib);
  // Frieren's poster is the user's; Breaking Bad's is one Anishelf wrote earlier (recorded).
  const userPoster = await sharp({ create: { width: 7, height: 10, channels: 3, background: '#123456' } }).jpeg().toBuffer();
  const oldOurs = await sharp({ create: { width: 9, height: 13, channels: 3, background: '#654321' } }).jpeg().toBuffer();
  fs.writeFileSync(path.join(frieren, 'poster.jpg'), userPoster);
  fs.writeFileSync(path.join(bb, 'poster.jpg'), oldOurs);
  const dataDir = tempDir('anishelf-data-');
  const core = await testCore({ dataDir, env: envFor(server) });
  await recordWritten(core.db, path.join(bb, 'poster.jpg'), 'poster', oldOurs);
  await loadAll(core, lib);
  // The queue fills only what is missing: both posters are as they were.
  expect(fs.readFileSync(path.join(bb, 'poster.jpg'))).toEqual(oldOurs);
  expect(fs.readFileSync(path.join(frieren, 'poster.jpg'))).toEqual(userPoster);
  expect(fs.existsSync(path.join(bb, 'fanart.jpg'))).toBe(true);

  const ids = Object.fromEntries((await core.db.selectFrom('series').select(['id', 'path']).execute()).map((r) => [r.path, r.id]));
  const refreshed = await core.refreshArtwork(ids[bb]!);
  expect(refreshed.written).toContain(path.join(bb, 'poster.jpg'));
  expect(fs.readFileSync(path.join(bb, 'poster.jpg'))).not.toEqual(oldOurs);
  expect(imageSize(fs.readFileSync(path.join(bb, 'poster.jpg')))).toMatchObject({ width: 20, height: 30 });

  const kept = await core.refreshArtwork(ids[frieren]!);
  expect(kept.kept).toEqual([path.join(frieren, 'poster.jpg')]);
  expect(fs.readFileSync(path.join(frieren, 'poster.jpg'))).toEqual(userPoster);
  // A file of ours the user edited since is theirs again.
  fs.appendFileSync(path.join(bb, 'fanart.jpg'), Buffer.from([0]));
  const edited = fs.readFileSync(path.join(bb, 'fanart.jpg'));
  expect((await core.refreshArtwork(ids[bb]!)).kept).toContain(path.join(bb, 'fanart.jpg'));
  expect(fs.readFileSync(path.join(bb, 'fanart.jpg'))).toEqual(edited);
  await core.close();
});

test('a candidate that is no image falls through to the next one; a kind with no usable candidate is reported, not retried', async () => {
  const tmdb = buildTmdbShows(TMDB_SEEDS);
  const bb = tmdb.find((s) => s.details.id === 1396)!;
  bb.details.images = {
    posters: [{ file_path: '/p-gone.gif', iso_639_1: 'en', width: 1000, height: 1500, vote_average: 9 }, { file_path: '/p-ok.jpg', iso_639_1: 'en', width: 680, height: 1000, vote_average: 1 }],
    backdrops: [{ file_path: '/b-ok.jpg', iso_639_1: null, width: 1920, height: 1080, vote_average: 1 }],
    logos: [{ file_path: '/l-gone.webp', iso_639_1: 'en', width: 800, height: 310, vote_average: 1 }],
  };
  const server = await startFakeProviders({ tmdbKey: KEY, tmdb });
  const lib = libraryDir();
  writeTree(lib, { 'Breaking Bad (2008)/Breaking Bad - S01E01.mkv': 'v' });
  const core = await testCore({ env: envFor(server) });
  await loadAll(core, lib);
  const folder = path.join(lib, 'Breaking Bad (2008)');
  expect(server.imageRequests).toEqual(expect.arrayContaining(['/images/tmdb/t/p/original/p-gone.gif', '/images/tmdb/t/p/original/p-ok.jpg']));
  expect(fs.readdirSync(folder).sort()).toEqual(['Breaking Bad - S01E01.mkv', 'Breaking Bad - S01E01.nfo', 'fanart.jpg', 'poster.jpg', 'tvshow.nfo']);
  const [row] = await core.db.selectFrom('series').selectAll().execute();
  expect(row).toMatchObject({ has_poster: 1, has_logo: 0, artwork_fetched_for: 'tmdb:1396', artwork_error: null });
  const refreshed = await core.refreshArtwork(row!.id);
  expect(refreshed.failed).toEqual([{ kind: 'logo', season: null, code: 'DOWNLOAD_HTTP', message: 'The image server answered 404.' }]);
  await core.close();
});
