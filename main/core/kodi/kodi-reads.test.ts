import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { downloadArtwork } from '../artwork/download-artwork';
import { fetchSeriesArtwork } from '../metadata/artwork/series-artwork';
import { fetchEpisodeLists } from '../metadata/episode-list/fetch-lists';
import { writeSeriesNfo } from '../metadata/write-series-nfo';
import { fillEpisodeNfos } from '../loader/stages/episode-nfos';
import { saveMatches } from '../db/repos/matches';
import { buildAniListMedia } from '../metadata/testing/build-anilist';
import { buildTmdbShows } from '../metadata/testing/build-tmdb';
import { ANILIST_SEEDS } from '../metadata/testing/data/anilist-seeds';
import { TMDB_SEEDS } from '../metadata/testing/data/tmdb-seeds';
import { FakeProviderServer } from '../metadata/testing/fake-provider-server';
import { clientsFor } from '../metadata/testing/providers';
import { JPEG_6X9, PNG_8X4 } from '../artwork/testing/images';
import { startImageServer } from '../artwork/testing/image-server';
import { testCore, type TestCore } from '../testing/core';
import { kodiMissing, startKodi, type Kodi } from '../testing/kodi/kodi-instance';
import { registerLibraryDir, unregisterLibraryDir } from '../testing/library-write-guard';
import { writeTree } from '../testing/temp';
import { tvshowMatchingBlock } from './advanced-settings';
import { kodiLibraryFiles } from './testing/kodi-library';
import type { KodiEpisode, KodiSeason, KodiShow } from './testing/kodi-rows';

// A real Kodi 20 reads a library that Anishelf filled: tvshow.nfo (saved through Anishelf),
// episode NFOs (written by the loader), artwork, with Anishelf's tvshowmatching rules applied.
const missing = kodiMissing();
if (missing) console.warn(`Skipping the real-Kodi test: ${missing}.`);

// One Kodi for the whole file (it takes seconds to start): folders live as long as the suite.
const suiteDir = (prefix: string) => fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), prefix)));

describe.skipIf(missing !== null)('a real Kodi 20 with "Local information only"', () => {
  let core: TestCore;
  let kodi: Kodi;
  let lib: string;
  let dataDir: string;
  let shows: KodiShow[];
  let episodes: KodiEpisode[];
  let seasons: KodiSeason[];
  const show = (folder: string) => shows.find((s) => s.file === `${path.join(lib, folder)}/`);
  const episodesOf = (folder: string) =>
    episodes.filter((e) => e.tvshowid === show(folder)?.tvshowid).map((e) => [e.season, e.episode, e.title, path.basename(e.file)]);
  const bySeasonAndEpisode = (a: unknown[], b: unknown[]) => (a[0] as number) - (b[0] as number) || (a[1] as number) - (b[1] as number);

  beforeAll(async () => {
    lib = suiteDir('anishelf-kodi-lib-');
    registerLibraryDir(lib);
    dataDir = suiteDir('anishelf-kodi-data-');
    writeTree(lib, kodiLibraryFiles());
    core = await testCore({ dataDir });
    const { added } = await core.addFolders([lib]);
    await core.startLoader();
    await core.whenLoaderIdle();
    // The episode NFOs Kodi needs are written after the load, in the background.
    await core.episodeNfos.whenIdle();
    const id = (folder: string) => added.find((s) => path.basename(s.path) === folder)!.id;
    await core.saveMetadata(id('Frieren'), {
      title: "Frieren: Beyond Journey's End", originalTitle: '葬送のフリーレン', sortTitle: 'Frieren', year: 2023,
      plot: 'An elf mage outlives her party & <friends>.', genres: ['Adventure', 'Fantasy'], providerIds: { tmdb: '209867', anilist: '154587' },
    });
    await core.saveMetadata(id('Cowboy Bebop'), { title: 'Cowboy Bebop', year: 1998, plot: 'Bounty hunters.', genres: ['Sci-Fi'], providerIds: { tvdb: '76885', tmdb: '30991' } });
    await core.saveMetadata(id('Oshi no Ko'), { title: 'Oshi no Ko', year: 2023, providerIds: { anilist: '150672' } });
    // Artwork through the safe download, from a local image server.
    const images = await startImageServer({
      '/w780/poster.jpg': (_req, res) => res.writeHead(200, { 'content-type': 'image/jpeg' }).end(JPEG_6X9),
      '/original/backdrop.jpg': (_req, res) => res.writeHead(200, { 'content-type': 'image/jpeg' }).end(JPEG_6X9),
      '/original/logo.png': (_req, res) => res.writeHead(200, { 'content-type': 'image/png' }).end(PNG_8X4),
    });
    const folder = path.join(lib, 'Frieren');
    try {
      for (const [url, names, kind] of [
        ['/w780/poster.jpg', { jpg: 'poster.jpg' }, 'poster'],
        ['/original/backdrop.jpg', { jpg: 'fanart.jpg' }, 'fanart'],
        ['/original/logo.png', { png: 'clearlogo.png' }, 'clearlogo'],
      ] as const) {
        await downloadArtwork({ url: images.url(url), folder, names, kind, mode: 'missing' }, { db: core.db });
      }
    } finally {
      await images.close();
    }

    // Artwork from a matched TMDB entry, as the network queue fetches it (local TMDB and CDN).
    const providers = await new FakeProviderServer({ anilist: buildAniListMedia(ANILIST_SEEDS), tmdb: buildTmdbShows(TMDB_SEEDS) }).start();
    try {
      const { tmdb, anilist } = clientsFor(providers);
      await saveMatches(core.db, id('Breaking Bad'), { state: 'matched', provider: 'tmdb', provider_id: '1396', score: 1, source: 'folder' }, null, new Date().toISOString());
      const fetched = await fetchSeriesArtwork({ db: core.db, providers: { tmdb, anilist }, language: 'en', now: () => new Date() }, id('Breaking Bad'), 'missing');
      expect(fetched.written.map((f) => path.basename(f)).sort()).toEqual(['clearlogo.png', 'fanart.jpg', 'poster.jpg', 'season01-poster.jpg', 'season02-poster.jpg']);
      // Its episode list, as the network queue stores it, fills the episode NFOs written from the names.
      expect(await fetchEpisodeLists({ db: core.db, providers: { tmdb, anilist }, now: () => new Date() }, id('Breaking Bad'))).toEqual({ stored: 1 });
      expect(await fillEpisodeNfos(core.db, id('Breaking Bad'), () => new Date())).toBe(2);
      // The cast that came with the list goes into its tvshow.nfo, as the network queue does it.
      expect(await writeSeriesNfo({ db: core.db, providers: { tmdb, anilist }, now: () => new Date(), titleLanguage: 'romaji', ratingCountry: 'US' }, id('Breaking Bad'))).toMatchObject({ written: true });
      // A show whose last season TMDB names: the name goes into its tvshow.nfo.
      await saveMatches(core.db, id('Attack on Titan'), { state: 'matched', provider: 'tmdb', provider_id: '1429', score: 1, source: 'folder' }, null, new Date().toISOString());
      expect(await writeSeriesNfo({ db: core.db, providers: { tmdb, anilist }, now: () => new Date(), titleLanguage: 'romaji', ratingCountry: 'US' }, id('Attack on Titan'))).toMatchObject({ written: true });
    } finally {
      await providers.close();
    }

    // A new episode arrives before Anishelf has written its NFO.
    writeTree(lib, { 'Guide/Guide - S01E01.mkv': 'video', 'No Guide/No Guide - S01E01.mkv': 'video' });

    kodi = await startKodi({ home: suiteDir('anishelf-kodi-home-'), advancedSettings: tvshowMatchingBlock() });
    await kodi.scanTvShows(lib);
    shows = (
      await kodi.rpc.call<{ tvshows?: KodiShow[] }>('VideoLibrary.GetTVShows', {
        properties: ['title', 'originaltitle', 'sorttitle', 'year', 'premiered', 'plot', 'genre', 'uniqueid', 'episode', 'season', 'file', 'art', 'cast', 'mpaa'],
      })
    ).tvshows ?? [];
    episodes = (await kodi.rpc.call<{ episodes?: KodiEpisode[] }>('VideoLibrary.GetEpisodes', { properties: ['title', 'season', 'episode', 'tvshowid', 'file', 'firstaired', 'uniqueid', 'art'] })).episodes ?? [];
    seasons = (await kodi.rpc.call<{ seasons?: KodiSeason[] }>('VideoLibrary.GetSeasons', { properties: ['season', 'episode', 'tvshowid', 'art', 'title'] })).seasons ?? [];
    if (process.env.ANISHELF_KODI_DUMP) console.log(JSON.stringify({ shows, seasons, episodes }, null, 1));
  }, 600_000);

  afterAll(async () => {
    await kodi?.stop();
    await core?.close();
    unregisterLibraryDir(lib);
    for (const dir of [lib, dataDir]) fs.rmSync(dir, { recursive: true, force: true });
  }, 600_000);

  test('every show Anishelf wrote a tvshow.nfo for, with its fields', () => {
    expect(show('Frieren')).toMatchObject({
      title: "Frieren: Beyond Journey's End", originaltitle: '葬送のフリーレン', sorttitle: 'Frieren', year: 2023, premiered: '2023-01-01',
      plot: 'An elf mage outlives her party & <friends>.', genre: ['Adventure', 'Fantasy'], uniqueid: { tmdb: '209867', anilist: '154587' },
    });
    expect(show('Cowboy Bebop')).toMatchObject({ title: 'Cowboy Bebop', year: 1998, plot: 'Bounty hunters.', genre: ['Sci-Fi'], uniqueid: { tvdb: '76885', tmdb: '30991' } });
    expect(show('Oshi no Ko')).toMatchObject({ title: 'Oshi no Ko', year: 2023 });
  });

  test('every episode, with the numbers and titles of its NFO; fansub names through the tvshowmatching rules', () => {
    expect(episodesOf('Frieren')).toEqual([
      [1, 1, 'Episode 1', '[SubsPlease] Sousou no Frieren - 01 [1080p].mkv'],
      [1, 2, 'Episode 2', '[SubsPlease] Sousou no Frieren - 02v2 (1080p) [ABCD1234].mkv'],
      [1, 3, 'Episode 3', '[SubsPlease] Sousou no Frieren - 03 [1080p].mkv'],
    ]);
    expect(episodesOf('Cowboy Bebop')).toEqual([
      [1, 1, 'Asteroid Blues', 'Cowboy Bebop - S01E01-E02 - Asteroid Blues.mkv'],
      [1, 2, 'Asteroid Blues', 'Cowboy Bebop - S01E01-E02 - Asteroid Blues.mkv'],
      [1, 3, 'Honky Tonk Women', 'Cowboy Bebop - S01E03 - Honky Tonk Women.mkv'],
    ]);
    expect(episodesOf('Oshi no Ko')).toEqual([[2, 5, 'Episode 5', '[Grp] Oshi no Ko S2 - 05 [1080p].mkv']]);
    // Filled from TMDB's list: the air dates, and TMDB's own id of each episode (the fake's ids).
    const breakingBad = episodes.filter((e) => e.tvshowid === show('Breaking Bad')?.tvshowid);
    expect(breakingBad.map((e) => [e.season, e.episode, e.firstaired, e.uniqueid])).toEqual([
      [1, 1, '2008-01-20', { tmdb: '13960101' }],
      [2, 1, '2009-01-20', { tmdb: '13960201' }],
    ]);
    // TMDB's still of each episode, its thumbnail in Kodi.
    expect(breakingBad.map((e) => decodeURIComponent(e.art.thumb ?? ''))).toEqual([
      expect.stringMatching(/\/tmdb\/t\/p\/original\/e1396-1-1\.jpg/),
      expect.stringMatching(/\/tmdb\/t\/p\/original\/e1396-2-1\.jpg/),
    ]);
    expect(show('Frieren')).toMatchObject({ episode: 3, season: 1 });
    const seasonsOf = (folder: string) => seasons.filter((x) => x.tvshowid === show(folder)?.tvshowid).map((x) => [x.season, x.episode]);
    expect(seasonsOf('Cowboy Bebop')).toEqual([[1, 3]]);
    expect(seasonsOf('Oshi no Ko')).toEqual([[2, 1]]);
  });

  test('the artwork Anishelf downloaded beside tvshow.nfo', () => {
    const art = show('Frieren')!.art;
    expect(decodeURIComponent(art.poster ?? '')).toContain(path.join(lib, 'Frieren', 'poster.jpg'));
    expect(decodeURIComponent(art.fanart ?? '')).toContain(path.join(lib, 'Frieren', 'fanart.jpg'));
    expect(decodeURIComponent(art.clearlogo ?? '')).toContain(path.join(lib, 'Frieren', 'clearlogo.png'));
  });

  test('the cast from the matched entry: names, roles, order and pictures', () => {
    const cast = show('Breaking Bad')!.cast;
    expect(cast.map((c) => [c.name, c.role, c.order])).toEqual([
      ['Breaking Bad Actor 1', 'Breaking Bad Lead', 0],
      ['Breaking Bad Actor 2', 'Sidekick', 1],
      ['Breaking Bad Actor 3', 'Guest', 2],
    ]);
    expect(decodeURIComponent(cast[0]!.thumbnail ?? '')).toMatch(/\/tmdb\/t\/p\/original\/a1396-0\.jpg/);
    expect(cast[2]!.thumbnail ?? '').toBe('');
  });

  test('the artwork fetched from the matched provider entry, season posters included', () => {
    const art = show('Breaking Bad')!.art;
    expect(decodeURIComponent(art.poster ?? '')).toContain(path.join(lib, 'Breaking Bad', 'poster.jpg'));
    expect(decodeURIComponent(art.fanart ?? '')).toContain(path.join(lib, 'Breaking Bad', 'fanart.jpg'));
    expect(decodeURIComponent(art.clearlogo ?? '')).toContain(path.join(lib, 'Breaking Bad', 'clearlogo.png'));
    const seasonArt = (n: number) => decodeURIComponent(seasons.find((x) => x.tvshowid === show('Breaking Bad')?.tvshowid && x.season === n)?.art.poster ?? '');
    expect(seasonArt(1)).toContain(path.join(lib, 'Breaking Bad', 'season01-poster.jpg'));
    expect(seasonArt(2)).toContain(path.join(lib, 'Breaking Bad', 'season02-poster.jpg'));
  });

  test("the content rating from the matched entry, the chosen country's (here the US)", () => {
    expect(show('Breaking Bad')?.mpaa).toBe('TV-MA');
    expect(show('Cowboy Bebop')?.mpaa).toBe('');
  });

  test("a season TMDB names is shown by its name; the others keep Kodi's own", () => {
    const titles = seasons.filter((x) => x.tvshowid === show('Attack on Titan')?.tvshowid).sort((a, b) => a.season - b.season).map((x) => [x.season, x.title]);
    expect(titles).toEqual([[1, 'Season 1'], [4, 'The Final Season']]);
  });

  test('what Kodi does not read', () => {
    // logo.png is read as art type "logo", which skins do not show; clearlogo.png is the clear logo.
    const bebop = show('Cowboy Bebop')!.art;
    expect(Object.keys(bebop).filter((k) => k.includes('logo'))).toEqual(['logo']);
    expect(decodeURIComponent(bebop.logo!)).toContain(path.join(lib, 'Cowboy Bebop', 'logo.png'));
    // With any <episodeguide>, an episode without an NFO is looked up online, fails, and Kodi
    // skips the rest of the show; without one it skips only that episode. Anishelf writes none.
    expect(episodesOf('Guide')).toEqual([]);
    expect(episodesOf('No Guide')).toEqual([[1, 2, 'Episode 2', 'No Guide - S01E02.mkv']]);
  });

  test('DVD and Blu-ray folder rips are one episode each, and a series kept in release folders is one show', () => {
    expect(episodesOf('Discs')).toEqual([
      [1, 1, 'Episode 1', 'VIDEO_TS.IFO'],
      [1, 2, 'Episode 2', 'index.bdmv'],
      [1, 3, 'The User Title', 'VIDEO_TS.IFO'],
    ]);
    expect(fs.existsSync(path.join(lib, 'Discs/Season 1/Discs S01E03/VIDEO_TS/VIDEO_TS.nfo'))).toBe(false);
    expect(episodesOf('Releases')).toEqual([
      [1, 1, 'Episode 1', 'Releases.S01E01.720p.WEB-DL-GRP.mkv'],
      [1, 2, 'Episode 2', 'Releases.S01E02.720p.WEB-DL-GRP.mkv'],
    ]);
    expect([show('Discs')?.title, show('Releases')?.title]).toEqual(['Discs', 'Releases']);
  });

  test('a folder holding a .nomedia file is left out by Kodi, and by Anishelf: no series, no NFO written in it', async () => {
    expect(show('Excluded')).toBeUndefined();
    expect((await core.listSeries()).map((s) => path.basename(s.path))).not.toContain('Excluded');
    expect(episodes.filter((e) => e.file.includes(`${path.sep}Excluded${path.sep}`) || e.file.includes('Season 03'))).toEqual([]);
    expect(fs.existsSync(path.join(lib, 'Breaking Bad/Season 03/Breaking Bad - S03E01.nfo'))).toBe(false);
  });

  test("hidden videos are left out by Kodi, and by Anishelf: a Mac's AppleDouble twin is no second episode, and gets no NFO", () => {
    expect(episodesOf('Mac Share')).toEqual([[1, 1, 'Episode 1', 'Mac Share - S01E01.mkv']]);
    expect(fs.readdirSync(path.join(lib, 'Mac Share')).filter((f) => f.endsWith('.nfo')).sort()).toEqual(['Mac Share - S01E01.nfo', 'tvshow.nfo']);
  });

  test('a long show kept in saga folders is one show in Kodi, with the tvshow.nfo Anishelf wrote beside its sagas', () => {
    expect(show('Long Show')).toMatchObject({ title: 'Long Show' });
    expect(episodesOf('Long Show')).toEqual([
      [1, 1, 'Episode 1', 'Long Show - 001.mkv'],
      [1, 62, 'Episode 62', 'Long Show - 062.mkv'],
    ]);
    expect(fs.existsSync(path.join(lib, 'Long Show/First Saga/tvshow.nfo'))).toBe(false);
  });

  test('a show kept by season release is one show in Kodi, its seasons read from the release folders', () => {
    expect(show('Seasons Kept')).toMatchObject({ title: 'Seasons Kept' });
    expect(episodesOf('Seasons Kept')).toEqual([
      [1, 1, 'Episode 1', '[Grp] Seasons Kept - 01 [1080p].mkv'],
      [2, 1, 'Episode 1', '[Grp] Seasons Kept S2 - 01 [1080p].mkv'],
    ]);
    expect(fs.existsSync(path.join(lib, 'Seasons Kept/[Grp] Seasons Kept S2 [1080p]/tvshow.nfo'))).toBe(false);
  });

  test('the extras of a Blu-ray batch (a creditless ending, a menu, a promo) are no episodes or specials in Kodi; its special is one', () => {
    expect(episodesOf('BD Batch')).toEqual([
      [1, 1, 'Episode 1', '[Grp] BD Batch - 01 [BD 1080p].mkv'],
      [0, 1, 'Episode 1', '[Grp] BD Batch - SP01 [BD 1080p].mkv'],
      [0, 2, 'Episode 2', '[Grp] BD Batch - 02 [BD 1080p].mkv'],
    ]);
    expect(fs.readdirSync(path.join(lib, 'BD Batch')).filter((f) => f.endsWith('.nfo')).sort()).toEqual([
      '[Grp] BD Batch - 01 [BD 1080p].nfo', '[Grp] BD Batch - SP01 [BD 1080p].nfo', 'tvshow.nfo',
    ]);
  });

  test('fansub names in season folders are listed in the season of their folder, as Anishelf wrote it; a file of two episodes as both', () => {
    expect(episodesOf('Fansub Seasons')).toEqual([
      [1, 1, 'Episode 1', '[Grp] Fansub Seasons - 01 [1080p].mkv'],
      [1, 2, 'Episode 2', '[Grp] Fansub Seasons - 02-03 [1080p].mkv'],
      [1, 3, 'Episode 3', '[Grp] Fansub Seasons - 02-03 [1080p].mkv'],
      [2, 5, 'Episode 5', '[Grp] Fansub Seasons - 05 [1080p].mkv'],
      [10, 3, 'Episode 3', 'Fansub Seasons - 03.mkv'],
    ]);
  });

  test('fansub names without a dash, with END, an episode word, CJK brackets, an ordinal season or two episodes are listed as Anishelf reads them', () => {
    expect(episodesOf('Fansub Forms').sort(bySeasonAndEpisode)).toEqual([
      [1, 8, 'Episode 8', '[Grp] Fansub Forms 08 [1080p].mkv'],
      [1, 9, 'Episode 9', '[Grp] Fansub Forms - 09 END [1080p].mkv'],
      [1, 11, 'Episode 11', '[Grp] Fansub Forms - Episode 11 [1080p].mkv'],
      [1, 14, 'Episode 14', '[Grp] Fansub Forms - 14 & 15 [1080p].mkv'],
      [1, 15, 'Episode 15', '[Grp] Fansub Forms - 14 & 15 [1080p].mkv'],
      [1, 16, 'Episode 16', '[Grp] Fansub Forms - 16 ~ 17 [1080p].mkv'],
      [1, 17, 'Episode 17', '[Grp] Fansub Forms - 16 ~ 17 [1080p].mkv'],
      [1, 30, 'Episode 30', '【Grp】Fansub Forms - 30【1080p】.mkv'],
      [2, 19, 'Episode 19', '[Grp] Fansub Forms 2nd Season - 19 [1080p].mkv'],
    ]);
  });

  test('episode words in other languages and CJK episode numbers are listed as Anishelf reads them', () => {
    expect(episodesOf('Foreign Words').sort(bySeasonAndEpisode)).toEqual([
      [1, 12, 'Episode 12', 'Foreign Words Capítulo 12 [1080p].mkv'],
      [1, 13, 'Episode 13', 'Foreign Words Folge 13.mkv'],
      [1, 14, 'Episode 14', 'Foreign Words - Серия 14.mkv'],
      [1, 15, 'Episode 15', 'Foreign Words 제15화.mp4'],
      [1, 16, 'Episode 16', 'Foreign Words 第16話.mp4'],
      [1, 17, 'Episode 17', 'Foreign Words Episódio 17 Legendado.mkv'],
      [1, 18, 'Episode 18', 'Foreign Words 18화.mp4'],
      [1, 19, 'Episode 19', 'Foreign Words 19회.mp4'],
      [2, 3, 'Episode 3', 'Foreign Words 第2期 第03話.mp4'],
    ]);
  });

  test("Avatar's Books and Chapters are its seasons and episodes, and a BBC series' \"Part 2 of 6\" is episode 2", () => {
    expect(episodesOf('Airbender').sort(bySeasonAndEpisode)).toEqual([
      [1, 2, 'The Avatar Returns', 'Airbender - Book 1 - Chapter 02 - The Avatar Returns.mkv'],
      [1, 3, 'The Southern Air Temple', 'Chapter 03 - The Southern Air Temple.mkv'],
      [2, 5, 'Avatar Day', 'Airbender - Book 2 - Chapter 05 - Avatar Day.mkv'],
      [3, 1, 'The Headband', 'Airbender.Book.3.Chapter.01.The.Headband.720p.mkv'],
    ]);
    expect(episodesOf('Nature Parts')).toEqual([[1, 2, 'Mountains', 'Nature Parts - Part 2 of 6 - Mountains.mkv']]);
  });

  test('episodes named by their number alone in season and specials folders are listed in the season of their folder; a decimal recap is not, and a number before SxxEyy is the title', () => {
    expect(episodesOf('Plain Seasons').sort(bySeasonAndEpisode)).toEqual([
      [0, 1, 'Episode 1', '01.mkv'],
      [0, 2, 'The Festival', '02 - The Festival.mkv'],
      [1, 1, 'Pilot', '01 - Pilot.mkv'],
      [1, 5, 'Title', '105 - Title.mkv'],
      [2, 3, 'Episode 3', '03.mkv'],
      [2, 4, 'The Name', '4. The Name.mkv'],
      [2, 12, 'The Title', '12 The Title.mkv'],
      [3, 5, 'Double', '05-06 - Double.mkv'],
      [3, 6, 'Double', '05-06 - Double.mkv'],
      [4, 1, 'Episode 1', '24.S04E01.720p.mkv'],
      [4, 2, 'Title', '24 S04E02 Title.mkv'],
      [4, 3, 'Other', '24 - 4x03 - Other.mkv'],
    ]);
  });

  test('each file of a split episode is an entry in Kodi, titled by its part and not by the stacking word', () => {
    expect(episodesOf('Split Show')).toEqual([
      [1, 1, 'Episode 1 (Part 1)', 'Split Show - S01E01 - part1.mkv'],
      [1, 1, 'Episode 1 (Part 2)', 'Split Show - S01E01 - part2.mkv'],
      [1, 2, 'Rendezvous (Part 1)', 'Split Show - S01E02 - Rendezvous.cd1.avi'],
      [1, 2, 'Rendezvous (Part 2)', 'Split Show - S01E02 - Rendezvous.cd2.avi'],
      [1, 3, 'Episode 3', 'Split Show - S01E03.mkv'],
    ]);
  });

  test('a series nothing identified yet is listed from the minimal tvshow.nfo and episode NFOs the loader wrote', () => {
    expect(show('No NFO')).toMatchObject({ title: 'No NFO' });
    expect(episodesOf('No NFO')).toEqual([[1, 1, 'Episode 1', 'No NFO - 01.mkv']]);
  });
});
