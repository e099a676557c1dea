import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { testCore, type TestCore } from '../../testing/core';
import { libraryDir, tempDir, writeTree } from '../../testing/temp';
import { waitFor } from '../../testing/wait';
import { FakeProviderServer } from '../testing/fake-provider-server';
import { parseNfo } from '../../nfo/parse';
import { EPISODE_LIBRARY_MISSING, EPISODES_NOW_MS, episodeLibraryFiles, episodeLibraryProviders } from './testing/episode-library';

const DAY = 86_400_000;
const HOUR = 3_600_000;

/** The episode library (with `extraFiles`, the user's own NFOs) loaded, identified and its lists fetched. */
async function setUp(extraFiles: Record<string, string> = {}, extraEnv: Record<string, string> = {}) {
  let nowMs = EPISODES_NOW_MS;
  const providers = episodeLibraryProviders();
  const server = await new FakeProviderServer({ ...providers, now: () => nowMs }).start();
  const lib = libraryDir();
  writeTree(lib, { ...episodeLibraryFiles(), ...extraFiles });
  const env = { ANISHELF_PROVIDERS: 'on', ANISHELF_ANILIST_URL: server.anilistUrl, ANISHELF_TMDB_URL: server.tmdbUrl, ANISHELF_TMDB_KEY: 'key', ANISHELF_ANILIST_PER_MIN: '6000', ANISHELF_TMDB_PER_MIN: '6000', ...extraEnv };
  const core = await testCore({ dataDir: tempDir('anishelf-data-'), env, now: () => new Date(nowMs) });
  await core.addFolders([lib]);
  await core.startLoader();
  await core.whenLoaderIdle();
  await core.identifyQueue.whenIdle();
  await core.episodeLists.whenIdle();
  await core.episodeNfos.whenIdle();
  const ids = new Map((await core.listSeries()).map((s) => [path.basename(s.path), s.id]));
  return { core, server, providers, ids, lib, setNow: (ms: number) => (nowMs = ms), close: async () => { await core.close(); await server.close(); } };
}

async function missingByFolder(core: TestCore, ids: Map<string, number>, atMs: number) {
  const rows = await core.missing.rows({ atMs });
  const byId = new Map([...ids].map(([folder, id]) => [id, folder]));
  const out: Record<string, string[]> = Object.fromEntries([...ids.keys()].map((f) => [f, []]));
  for (const r of rows) out[byId.get(r.seriesId)!]!.push(`S${r.season}E${r.episode}`);
  return out;
}

test('after identification the network queue fetches every matched series\' episode list, and the missing episodes come out right', async () => {
  const { core, server, ids, close } = await setUp();
  try {
    expect(await missingByFolder(core, ids, EPISODES_NOW_MS)).toEqual(EPISODE_LIBRARY_MISSING);
    // TMDB: the show, then each of its seasons, specials included.
    const tmdbPaths = server.requests.filter((r) => r.target === 'tmdb').map((r) => r.path);
    for (const n of [0, 1, 2]) expect(tmdbPaths).toContain(`/tmdb/3/tv/91001/season/${n}`);
    // AniList: the second cour of the flat folder and the season-2 entry were fetched too.
    const episodeQueries = server.requests.filter((r) => r.target === 'anilist').map((r) => r.params.id);
    for (const id of [92001, 92002, 93001, 94001, 95001, 95002]) expect(episodeQueries).toContain(id);

    const garden = await core.missing.ofSeries(ids.get('Garden Show [tmdbid-91001]')!);
    expect(garden.specials).toMatchObject({ total: 1, missing: [1] }); // the trailer never counts
    expect(garden.seasons.find((s) => s.season === 2)!.next).toMatchObject({ episode: 4 });
    const airing = await core.missing.ofSeries(ids.get('Airing Show [anilistid-93001]')!);
    expect(airing.next).toMatchObject({ episode: 8, atMs: EPISODES_NOW_MS + 2 * DAY });
    expect((await core.missing.counts()).find((c) => c.seriesId === ids.get('Airing Show [anilistid-93001]'))).toMatchObject({ missing: 1, airing: true });
  } finally {
    await close();
  }
});

test('a series matched by its folder\'s TMDB id before a TMDB key was set gets its episode list as soon as the key is set', async () => {
  const { core, ids, close } = await setUp({}, { ANISHELF_TMDB_KEY: '' });
  try {
    const garden = ids.get('Garden Show [tmdbid-91001]')!;
    expect(await core.getSeries(garden)).toMatchObject({ matchState: 'matched' });
    expect((await core.missing.ofSeries(garden)).known).toBe(false);
    await core.setSetting('tmdb-key', '0123456789abcdef0123456789abcdef');
    await core.episodeLists.whenIdle();
    expect((await core.missing.ofSeries(garden)).known).toBe(true);
    expect((await missingByFolder(core, ids, EPISODES_NOW_MS))['Garden Show [tmdbid-91001]']).toEqual(EPISODE_LIBRARY_MISSING['Garden Show [tmdbid-91001]']);
  } finally {
    await close();
  }
});

test('an airing series is refreshed after its next airing; offline the stored list stays and is tried again later; paused, nothing is fetched', async () => {
  const { core, server, providers, ids, setNow, close } = await setUp();
  const airingId = ids.get('Airing Show [anilistid-93001]')!;
  const episodeRequests = () => server.requests.filter((r) => r.target === 'anilist' && r.params.id === 93001).length;
  try {
    const before = episodeRequests();
    const changed: number[] = [];
    core.on('series:changed', (p) => changed.push(...p.series.map((s) => s.id)));
    // Episode 8 aired; AniList now announces 9. An hour after the airing the list is due again.
    const media = providers.anilist.find((m) => m.id === 93001)!;
    media.nextAiringEpisode = { episode: 9, airingAt: media.nextAiringEpisode!.airingAt + 7 * 86_400, timeUntilAiring: 7 * 86_400 };
    const later = EPISODES_NOW_MS + 2 * DAY + 2 * HOUR;
    setNow(later);
    core.episodeLists.notify();
    await waitFor(() => episodeRequests() > before, { what: 'the airing list refreshed' });
    await core.episodeLists.whenIdle();
    const airing = await core.missing.ofSeries(airingId);
    expect(airing.next).toMatchObject({ episode: 9 });
    await waitFor(() => changed.includes(airingId), { what: 'the card told' });

    // Offline: every request is cut. The stored list stays and is due again 15 minutes later.
    const stored = await core.db.selectFrom('provider_episodes').select('id').where('series_id', '=', airingId).execute();
    server.inject('any', ...Array.from({ length: 20 }, () => ({ kind: 'reset' as const })));
    const offlineAt = later + 2 * DAY;
    setNow(offlineAt);
    const requestsBefore = server.requests.length;
    core.episodeLists.notify();
    await waitFor(() => server.requests.length > requestsBefore, { what: 'a refresh attempt' });
    await waitFor(async () => {
      const lists = await core.db.selectFrom('provider_lists').select('refresh_at_ms').where('series_id', '=', airingId).execute();
      return lists.every((l) => l.refresh_at_ms === offlineAt + 15 * 60_000);
    }, { what: 'the retry time' });
    expect(await core.db.selectFrom('provider_episodes').select('id').where('series_id', '=', airingId).execute()).toHaveLength(stored.length);
    expect((await core.missing.ofSeries(airingId)).next).toMatchObject({ episode: 9 });

    // Paused with the loader: a due list waits.
    await core.pauseLoader();
    // What was in flight when the pause came ends first.
    await core.episodeLists.whenIdle();
    const pausedCount = server.requests.length;
    setNow(offlineAt + 40 * DAY);
    await core.episodeLists.whenIdle();
    expect(server.requests.length).toBe(pausedCount);
    await core.resumeLoader();
    await waitFor(() => server.requests.length > pausedCount, { what: 'fetching after resume' });
  } finally {
    await close();
  }
});

test('"Refresh episode list" asks the provider again at once, past its cache; a series not identified is refused clearly', async () => {
  const { core, server, ids, close } = await setUp();
  try {
    const id = ids.get('Garden Show [tmdbid-91001]')!;
    const seasonRequests = () => server.requests.filter((r) => r.path === '/tmdb/3/tv/91001/season/1').length;
    const before = seasonRequests();
    const missing = await core.refreshEpisodeList(id);
    expect(seasonRequests()).toBe(before + 1);
    expect(missing.seasons.map((s) => s.season)).toEqual([1, 2]);
    await core.db.deleteFrom('matches').where('series_id', '=', id).execute();
    await expect(core.refreshEpisodeList(id)).rejects.toMatchObject({ code: 'NOT_IDENTIFIED' });
  } finally {
    await close();
  }
});

test('episode NFOs Anishelf wrote from file names get the provider\'s titles, plots and dates; the user\'s own NFOs never change', async () => {
  // The user's own NFO beside one video, there before Anishelf.
  const userNfo = '<?xml version="1.0" encoding="UTF-8"?>\n<episodedetails><title>My own title</title><season>1</season><episode>5</episode></episodedetails>\n';
  const { core, lib, close } = await setUp({ 'Garden Show [tmdbid-91001]/Season 1/Garden Show S01E05.nfo': userNfo });
  try {
    const season1 = path.join(lib, 'Garden Show [tmdbid-91001]', 'Season 1');
    const read = (name: string) => fs.readFileSync(path.join(season1, name), 'utf8');
    const third = read('Garden Show S01E03.nfo');
    expect(third).toContain('<title>Seedling 3</title>');
    expect(third).toContain('<plot>Plot of S1E3.</plot>');
    expect(third).toMatch(/<aired>\d{4}-\d{2}-\d{2}<\/aired>/);
    // Its still on TMDB's image server, which Kodi shows as the episode's thumbnail.
    expect(third).toMatch(/<thumb>http:\/\/127\.0\.0\.1:\d+\/images\/tmdb\/t\/p\/original\/still-1-3\.jpg<\/thumb>/);
    // TMDB's own id of the episode (the fake's: show id, season and episode number).
    expect(third).toContain('<uniqueid type="tmdb" default="true">910010103</uniqueid>');
    // A two-episode file: both of its <episodedetails>, each filled.
    const double = read('Garden Show S01E01-E02.nfo');
    expect(double).toContain('<title>Seedling 1</title>');
    expect(double).toContain('<title>Seedling 2</title>');
    expect(double).toContain('<uniqueid type="tmdb" default="true">910010102</uniqueid>');
    expect(read('Garden Show S01E05.nfo')).toBe(userNfo);
    // TMDB's placeholder name is no title: the one in the file's name is kept, the rest is filled.
    const frost = fs.readFileSync(path.join(lib, 'Garden Show [tmdbid-91001]', 'Season 2', 'Garden Show S02E03 - First Frost.nfo'), 'utf8');
    expect(frost).toContain('<title>First Frost</title>');
    expect(frost).toContain('<plot>Plot of S2E3.</plot>');
    // AniList: dates from the airing schedule, through the absolute numbering.
    const airing = fs.readFileSync(path.join(lib, 'Airing Show [anilistid-93001]', 'Airing Show - 02.nfo'), 'utf8');
    expect(airing).toMatch(/<aired>\d{4}-\d{2}-\d{2}<\/aired>/);
    // AniList has no id per episode: none is made up.
    expect(airing).not.toContain('<uniqueid');

    // An NFO Anishelf wrote and the user changed since is theirs now: a refresh leaves it alone.
    const edited = read('Garden Show S01E06.nfo').replace('Seedling 6', 'Renamed by me');
    fs.writeFileSync(path.join(season1, 'Garden Show S01E06.nfo'), edited);
    const gardenId = (await core.listSeries()).find((s) => s.path.includes('Garden Show'))!.id;
    await core.refreshEpisodeList(gardenId);
    expect(read('Garden Show S01E06.nfo')).toBe(edited);

    // A reload reads the provider's titles back from Anishelf's own NFOs (it would write them so
    // again), and the user's from theirs; no file changes.
    await core.reload(gardenId);
    await core.whenLoaderIdle();
    await core.episodeNfos.whenIdle();
    const titles = Object.fromEntries((await core.getSeries(gardenId)).episodes.map((e) => [path.basename(e.path), e.title]));
    expect(titles).toMatchObject({ 'Garden Show S01E03.mkv': 'Seedling 3', 'Garden Show S01E05.mkv': 'My own title', 'Garden Show S01E06.mkv': 'Renamed by me' });
    expect(read('Garden Show S01E03.nfo')).toBe(third);
    expect(read('Garden Show S01E06.nfo')).toBe(edited);
  } finally {
    await close();
  }
});

test('the cast comes with the episode list into a tvshow.nfo that has none, TMDB and AniList alike; a cast of the user\'s stays until a refresh from the provider, and a list refresh leaves the written one as it is', async () => {
  const pack = 'Pack.Show.S01.1080p.WEB-DL.x264-GRP [tmdbid-91002]';
  // The user's own tvshow.nfo with the cast they want.
  const userShow = '<?xml version="1.0" encoding="UTF-8"?>\n<tvshow>\n  <title>Pack Show</title>\n  <actor><name>My Favourite</name><role>Lead</role></actor>\n</tvshow>\n';
  const { core, lib, close } = await setUp({ [`${pack}/tvshow.nfo`]: userShow });
  try {
    const show = (folder: string) => fs.readFileSync(path.join(lib, folder, 'tvshow.nfo'), 'utf8');

    // TMDB: its aggregate cast, each person once with their main role, pictures from its CDN.
    const garden = show('Garden Show [tmdbid-91001]');
    expect(garden).toContain('<name>Garden Show Actor 1</name>\n        <role>Garden Show Lead</role>\n        <order>0</order>\n        <thumb>');
    expect(garden).toMatch(/<thumb>http:\/\/127\.0\.0\.1:\d+\/images\/tmdb\/t\/p\/original\/a91001-0\.jpg<\/thumb>/);
    expect(garden).toContain('<name>Garden Show Actor 2</name>\n        <role>Sidekick</role>');
    // AniList: each character's Japanese voice actor, the character as the role; no one for an unvoiced character.
    const airing = show('Airing Show [anilistid-93001]');
    expect(airing).toMatch(/<name>[^<]+ Seiyuu 1<\/name>\n {8}<role>[^<]+ Hero<\/role>\n {8}<order>0<\/order>\n {8}<thumb>http:\/\/127\.0\.0\.1:\d+\/images\/anilist\/file\/anilistcdn\/staff\/large\/n930011\.png<\/thumb>/);
    expect(airing).toMatch(/<name>[^<]+ Seiyuu 2<\/name>\n {8}<role>[^<]+ Rival<\/role>\n {8}<order>1<\/order>\n {4}<\/actor>/);
    expect(airing).not.toContain('Mute Friend');
    // The user's cast is theirs: nothing added to it or put in its place (the identification
    // only filled the fields their file left empty).
    expect(show(pack).match(/<actor>[\s\S]*?<\/actor>/g)).toEqual(['<actor>\n        <name>My Favourite</name>\n        <role>Lead</role>\n    </actor>']);

    // A refresh of the list finds the cast written: the file stays as it is, and the show's
    // entry is not asked for again to fill it.
    const before = garden;
    const id = (await core.listSeries()).find((s) => s.path.includes('Garden Show'))!.id;
    await core.refreshEpisodeList(id);
    expect(show('Garden Show [tmdbid-91001]')).toBe(before);
    // "Refresh from provider" takes every field from the provider, the cast too.
    const packId = (await core.listSeries()).find((s) => s.path.endsWith(pack))!.id;
    await core.metadata.identify(packId, { refresh: true });
    expect(show(pack).match(/<name>[^<]+<\/name>/g)).toEqual(['<name>Pack Show Actor 1</name>', '<name>Pack Show Actor 2</name>', '<name>Pack Show Actor 3</name>']);
  } finally {
    await close();
  }
});

test("TMDB's season names go into tvshow.nfo; the user's names stay until a refresh from the provider, and a season named later comes with the list refresh that brings it", async () => {
  const pack = 'Pack.Show.S01.1080p.WEB-DL.x264-GRP [tmdbid-91002]';
  const userShow = '<?xml version="1.0" encoding="UTF-8"?>\n<tvshow>\n  <title>Pack Show</title>\n  <namedseason number="3">My Finale</namedseason>\n</tvshow>\n';
  const { core, lib, providers, ids, close } = await setUp({ [`${pack}/tvshow.nfo`]: userShow });
  try {
    const named = (folder: string) => parseNfo(fs.readFileSync(path.join(lib, folder, 'tvshow.nfo'), 'utf8')).namedSeasons;
    const garden = 'Garden Show [tmdbid-91001]';
    // Only a real name: not "Season 1", and not season 0's "Specials", which Kodi names itself.
    expect(named(garden)).toEqual({ 2: 'Bloom' });
    expect(named('Pack.Show.S02.1080p.WEB-DL.x264-GRP [tmdbid-91002]')).toEqual({ 3: 'Final Harvest' });
    // The user's name for the season stands: the identification only filled what the file lacked.
    expect(named(pack)).toEqual({ 3: 'My Finale' });

    // TMDB names the first season later: the next list refresh brings the name in, the other kept.
    providers.tmdb[0]!.details.seasons.find((s) => s.season_number === 1)!.name = 'Seedlings';
    await core.refreshEpisodeList(ids.get(garden)!);
    expect(named(garden)).toEqual({ 1: 'Seedlings', 2: 'Bloom' });

    // "Refresh from provider" takes the provider's names over the user's.
    await core.metadata.identify(ids.get(pack)!, { refresh: true });
    expect(named(pack)).toEqual({ 3: 'Final Harvest' });
  } finally {
    await close();
  }
});
