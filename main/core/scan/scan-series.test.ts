import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { addFolders } from '../library/add';
import { requireSeriesRow } from '../db/repos/series';
import { recordWritten } from '../db/repos/written-files';
import { getSeriesDetail } from '../library/series-detail';
import { testDatabase } from '../testing/database';
import { unreadableDir } from '../testing/faults';
import { asUser } from '../testing/library-write-guard';
import { libraryDir, writeTree } from '../testing/temp';
import { scanSeries } from './scan-series';

async function libraryWith(files: Record<string, string>) {
  const database = await testDatabase();
  const lib = libraryDir();
  writeTree(lib, files);
  const { added } = await addFolders({ db: database.db, dataDir: database.dataDir }, [lib]);
  const id = (title: string) => added.find((s) => s.title === title)!.id;
  return { ...database, lib, id, deps: { db: database.db } };
}

describe('scanSeries', () => {
  test('stores each video with season and episode, and the media flags', async () => {
    const { db, deps, id, lib, close } = await libraryWith({
      'Show/Season 1/Show - S01E01.mkv': 'a', 'Show/Season 1/Show - S01E02.mkv': 'bb', 'Show/Specials/Show - S00E01.mkv': 'c',
      'Show/poster.jpg': 'p', 'Show/tvshow.nfo': '<tvshow/>', 'Other/e01.mkv': 'x',
    });
    const result = await scanSeries(deps, id('Show'));
    expect(result).toMatchObject({ videoCount: 3, added: 3, updated: 0, removed: 0, unreadable: [] });
    const detail = await getSeriesDetail(db, id('Show'));
    expect(detail).toMatchObject({ videoCount: 3, hasPoster: true, hasNfo: true, hasLogo: false, hasFanart: false, state: 'present' });
    expect(detail.episodes).toMatchObject([
      { path: path.join(lib, 'Show/Specials/Show - S00E01.mkv'), season: 0, episodes: [1], absolute: [], special: true },
      { path: path.join(lib, 'Show/Season 1/Show - S01E01.mkv'), season: 1, episodes: [1], absolute: [] },
      { path: path.join(lib, 'Show/Season 1/Show - S01E02.mkv'), season: 1, episodes: [2], absolute: [] },
    ]);
    expect(await db.selectFrom('episodes').select('id').where('series_id', '=', id('Other')).execute()).toEqual([]);
    await close();
  });

  test('a rescan upserts: new files added, rows of gone files dropped, nothing stored twice', async () => {
    const { db, deps, id, lib, close } = await libraryWith({ 'Show/e01.mkv': 'a', 'Show/e02.mkv': 'b' });
    await scanSeries(deps, id('Show'));
    writeTree(lib, { 'Show/e03.mkv': 'c' });
    asUser(() => fs.rmSync(path.join(lib, 'Show/e01.mkv')));
    const again = await scanSeries(deps, id('Show'));
    expect(again).toMatchObject({ videoCount: 2, added: 1, removed: 1 });
    await scanSeries(deps, id('Show'));
    const paths = (await db.selectFrom('episodes').select('path').execute()).map((r) => path.basename(r.path)).sort();
    expect(paths).toEqual(['e02.mkv', 'e03.mkv']);
    await close();
  });

  test("a video renamed, replaced or deleted takes Anishelf's own unchanged episode NFO with it; any other lone NFO stays", async () => {
    const { db, deps, id, lib, close } = await libraryWith({
      'Show/Season 1/Show - S01E01.mkv': 'a', 'Show/Season 1/Show - S01E02.mkv': 'bb', 'Show/Season 1/Show - S01E03.mkv': 'ccc',
      'Show/Season 1/Show - S01E01.nfo': '<episodedetails><episode>1</episode></episodedetails>',
      'Show/Season 1/Show - S01E02.nfo': '<episodedetails><episode>2</episode></episodedetails>',
      'Show/Season 1/Show - S01E03.nfo': '<episodedetails><episode>3</episode></episodedetails>',
      'Show/Season 1/Show - S01E04.mkv': 'dddd', 'Show/Season 1/Show - S01E04.nfo': '<episodedetails><episode>4</episode></episodedetails>',
      'Show/Season 1/Old Release.nfo': '<episodedetails><title>the user wrote this</title></episodedetails>',
      'Show/Season 1/season.nfo': '<season/>',
    });
    const season = path.join(lib, 'Show/Season 1');
    const ours = ['Show - S01E01.nfo', 'Show - S01E02.nfo', 'Show - S01E03.nfo', 'Show - S01E04.nfo', 'season.nfo'].map((n) => path.join(season, n));
    for (const file of ours) await recordWritten(db, file, file.endsWith('season.nfo') ? 'nfo' : 'episode-nfo', fs.readFileSync(file));
    await scanSeries(deps, id('Show'));
    asUser(() => {
      fs.renameSync(path.join(season, 'Show - S01E01.mkv'), path.join(season, 'Show - S01E01 - Pilot.mkv'));
      fs.rmSync(path.join(season, 'Show - S01E02.mkv'));
      fs.rmSync(path.join(season, 'Show - S01E03.mkv'));
      // The user edited this one after Anishelf wrote it (longer, or as long): it is theirs now.
      fs.appendFileSync(path.join(season, 'Show - S01E03.nfo'), '<!-- mine -->');
      fs.rmSync(path.join(season, 'Show - S01E04.mkv'));
      fs.writeFileSync(path.join(season, 'Show - S01E04.nfo'), '<episodedetails><episode>5</episode></episodedetails>');
    });
    const result = await scanSeries(deps, id('Show'));
    expect(result).toMatchObject({ videoCount: 1, added: 1, removed: 4, removedNfos: [ours[0], ours[1]] });
    expect(fs.readdirSync(season).sort()).toEqual(['Old Release.nfo', 'Show - S01E01 - Pilot.mkv', 'Show - S01E03.nfo', 'Show - S01E04.nfo', 'season.nfo']);
    const records = (await db.selectFrom('written_files').select('path').execute()).map((r) => r.path).sort();
    expect(records).toEqual([ours[2], ours[3], ours[4]]);
    await close();
  });

  test('the temp files of writes a killed process left behind go; a fresh one, a link or a name not quite Anishelf\'s stays', async () => {
    const { deps, id, lib, close } = await libraryWith({ 'Show/Season 1/Show - S01E01.mkv': 'a', 'Show/Show S01E02/VIDEO_TS/VIDEO_TS.IFO': 'ifo', 'Elsewhere/x.txt': 'x' });
    const hourAgo = new Date(Date.now() - 3_600_000);
    const old = (rel: string) => {
      fs.writeFileSync(path.join(lib, rel), '<episodedetails/>');
      fs.utimesSync(path.join(lib, rel), hourAgo, hourAgo);
    };
    old('Show/.anishelf-0123456789ab.tmp');
    old('Show/Season 1/.anishelf-abcdef012345.tmp');
    old('Show/Show S01E02/VIDEO_TS/.anishelf-abcdef012346.tmp');
    old('Show/.anishelf-mine.tmp');
    old('Elsewhere/.anishelf-fedcba987654.tmp');
    fs.symlinkSync(path.join(lib, 'Elsewhere/.anishelf-fedcba987654.tmp'), path.join(lib, 'Show/.anishelf-00000000000a.tmp'));
    // Being written now, by this process or a command beside it.
    fs.writeFileSync(path.join(lib, 'Show/Season 1/.anishelf-111111111111.tmp'), '');
    await scanSeries(deps, id('Show'));
    const left = (dir: string) => fs.readdirSync(path.join(lib, dir)).filter((n) => n.startsWith('.anishelf-')).sort();
    expect(left('Show')).toEqual(['.anishelf-00000000000a.tmp', '.anishelf-mine.tmp']);
    expect(left('Show/Season 1')).toEqual(['.anishelf-111111111111.tmp']);
    expect(left('Show/Show S01E02/VIDEO_TS')).toEqual([]);
    expect(left('Elsewhere')).toEqual(['.anishelf-fedcba987654.tmp']);
    await close();
  });

  test("a lone NFO of Anishelf's that is a link, or leads out of the series, is never removed", async () => {
    const { db, deps, id, lib, close } = await libraryWith({ 'Show/e01.mkv': 'a', 'Elsewhere/e05.nfo': '<episodedetails/>', 'Elsewhere/e05.mkv': 'x' });
    const outside = path.join(lib, 'Elsewhere/e05.nfo');
    const link = path.join(lib, 'Show/e05.nfo');
    asUser(() => fs.symlinkSync(outside, link));
    await recordWritten(db, link, 'episode-nfo', fs.readFileSync(outside));
    expect(await scanSeries(deps, id('Show'))).toMatchObject({ removedNfos: [] });
    expect(fs.readlinkSync(link)).toBe(outside);
    expect(fs.existsSync(outside)).toBe(true);
    await close();
  });

  test("the library folder's .plexignore reaches each series' scan; a series left out after it was added keeps its rows and gets nothing written", async () => {
    const { db, deps, id, lib, close } = await libraryWith({
      'Show/Season 1/Show - S01E01.mkv': 'a', 'Show/Season 1/Show - S01E02.mkv': 'b', 'Show/Extras/Show - S01E09.mkv': 'c',
      'Later/Later - 01.mkv': 'a', 'Later/Later - 02.mkv': 'b', 'Third/Third - 01.mkv': 'a',
    });
    writeTree(lib, { '.plexignore': '*E02.mkv\n' });
    expect(await scanSeries(deps, id('Third'))).toMatchObject({ videoCount: 1 });
    expect(await scanSeries(deps, id('Show'))).toMatchObject({ videoCount: 1, added: 1 });
    expect(await scanSeries(deps, id('Later'))).toMatchObject({ videoCount: 2, added: 2 });
    // Left out later: by Kodi's marker in the folder, by a pattern above it, by Jellyfin's marker in the library folder.
    const cases = [[{ 'Later/.nomedia': '' }, 'Later', 2], [{ '.plexignore': 'Show/*\n' }, 'Show', 1], [{ '.ignore': '' }, 'Third', 1]] as const;
    for (const [rule, series, rows] of cases) {
      writeTree(lib, rule);
      await expect(scanSeries(deps, id(series)), series).rejects.toMatchObject({ code: 'SERIES_EXCLUDED' });
      expect(await db.selectFrom('episodes').select('id').where('series_id', '=', id(series)).execute(), series).toHaveLength(rows);
    }
    expect(fs.readdirSync(path.join(lib, 'Later')).sort()).toEqual(['.nomedia', 'Later - 01.mkv', 'Later - 02.mkv']);
    await close();
  });

  test('scans only its own folder: an unreadable sibling series does not matter', async () => {
    const { deps, id, lib, close } = await libraryWith({ 'Show/e01.mkv': 'a', 'Other/e01.mkv': 'x' });
    unreadableDir(lib, 'Other');
    expect(await scanSeries(deps, id('Show'))).toMatchObject({ videoCount: 1, unreadable: [] });
    await close();
  });

  test('what the folder read could not read is kept for the detail panel, with its reason, until a later read can', async () => {
    const { db, deps, id, lib, close } = await libraryWith({ 'Show/Show - 01.mkv': 'a', 'Show/Season 2/Show - S02E01.mkv': 'b' });
    const show = path.join(lib, 'Show');
    // "Show - 02 café.mkv" written in Latin-1, as an old share may have it: not valid UTF-8.
    const latin1 = Buffer.concat([Buffer.from(`${show}/Show - 02 caf`), Buffer.from([0xe9]), Buffer.from('.mkv')]);
    fs.writeFileSync(latin1, 'c');
    const season = path.join(show, 'Season 2');
    fs.chmodSync(season, 0o000);
    unreadableDir(show, 'Season 3');
    const result = await scanSeries(deps, id('Show'));
    const expected = [
      { path: season, code: 'EACCES' },
      { path: path.join(show, 'Season 3'), code: 'EACCES' },
      { path: path.join(show, 'Show - 02 caf\uFFFD.mkv'), code: 'BAD_NAME_ENCODING' },
    ];
    const byPath = (a: { path: string }, b: { path: string }) => (a.path < b.path ? -1 : 1);
    expect([...result.unreadable].sort(byPath)).toEqual(expected);
    expect([...(await getSeriesDetail(db, id('Show'))).unreadable!].sort(byPath)).toEqual(expected);
    expect((await getSeriesDetail(db, id('Show'))).videoCount).toBe(1);

    fs.chmodSync(season, 0o755);
    fs.chmodSync(path.join(show, 'Season 3'), 0o755);
    asUser(() => fs.renameSync(latin1, path.join(show, 'Show - 02 café.mkv')));
    await scanSeries(deps, id('Show'));
    const detail = await getSeriesDetail(db, id('Show'));
    expect(detail.unreadable).toEqual([]);
    expect(detail.videoCount).toBe(3);
    await close();
  });

  test('episodes under what could not be read are kept, not taken as gone: a locked season, a season linked from a drive that is away', async () => {
    const { db, deps, id, lib, close } = await libraryWith({
      'Show/Show - 01.mkv': 'a',
      'Show/Season 2/Show - S02E01.mkv': 'b',
      'Show/Season 2/Show - S02E02.mkv': 'c',
      // A drive mounted inside the series folder, its season linked in.
      'Show/.disk/Season 3/Show - S03E01.mkv': 'd',
      'Solo/Season 1/Solo - S01E01.mkv': 'e',
    });
    const show = path.join(lib, 'Show');
    fs.symlinkSync(path.join('.disk', 'Season 3'), path.join(show, 'Season 3'));
    expect(await scanSeries(deps, id('Show'))).toMatchObject({ videoCount: 4, added: 4 });
    await scanSeries(deps, id('Solo'));
    const rows = async (series: string) => (await db.selectFrom('episodes').select(['id', 'path']).where('series_id', '=', id(series)).orderBy('path').execute());
    const before = { show: await rows('Show'), solo: await rows('Solo') };

    asUser(() => fs.renameSync(path.join(show, '.disk'), path.join(show, '.disk-away')));
    fs.chmodSync(path.join(show, 'Season 2'), 0o000);
    fs.chmodSync(path.join(lib, 'Solo', 'Season 1'), 0o000);
    const result = await scanSeries(deps, id('Show'));
    expect(result).toMatchObject({ videoCount: 4, added: 0, removed: 0 });
    expect([...result.unreadable].sort((a, b) => (a.path < b.path ? -1 : 1))).toEqual([
      { path: path.join(show, 'Season 2'), code: 'EACCES' },
      { path: path.join(show, 'Season 3'), code: 'LINK_TARGET_MISSING' },
    ]);
    expect(await rows('Show')).toEqual(before.show);
    // A series whose every episode is under a locked folder keeps them too, without an error.
    expect(await scanSeries(deps, id('Solo'))).toMatchObject({ videoCount: 1, removed: 0 });
    expect(await rows('Solo')).toEqual(before.solo);
    expect(await requireSeriesRow(db, id('Show'))).toMatchObject({ state: 'present', video_count: 4 });

    fs.chmodSync(path.join(show, 'Season 2'), 0o755);
    fs.chmodSync(path.join(lib, 'Solo', 'Season 1'), 0o755);
    asUser(() => fs.renameSync(path.join(show, '.disk-away'), path.join(show, '.disk')));
    expect(await scanSeries(deps, id('Show'))).toMatchObject({ videoCount: 4, added: 0, removed: 0, unreadable: [] });
    expect(await rows('Show')).toEqual(before.show);
    // What is really gone still goes.
    asUser(() => fs.rmSync(path.join(show, 'Season 2'), { recursive: true }));
    expect(await scanSeries(deps, id('Show'))).toMatchObject({ videoCount: 2, removed: 2 });
    await close();
  });

  test('a series folder moved to another drive and linked back is offline while that drive is away, not missing', async () => {
    const { db, deps, id, lib, close } = await libraryWith({ 'Moved/Moved - 01.mkv': 'a', 'Other/Other - 01.mkv': 'b' });
    await scanSeries(deps, id('Moved'));
    // The user moves the series to a second drive and leaves a link in its place.
    const drive = libraryDir();
    asUser(() => fs.renameSync(path.join(lib, 'Moved'), path.join(drive, 'Moved')));
    fs.symlinkSync(path.join(drive, 'Moved'), path.join(lib, 'Moved'));
    expect(await scanSeries(deps, id('Moved'))).toMatchObject({ videoCount: 1, added: 0, removed: 0 });
    // The drive is unplugged.
    asUser(() => fs.renameSync(drive, `${drive}-away`));
    try {
      await expect(scanSeries(deps, id('Moved'))).rejects.toMatchObject({ code: 'SERIES_OFFLINE' });
      expect(await requireSeriesRow(db, id('Moved'))).toMatchObject({ state: 'offline', video_count: 1 });
    } finally {
      asUser(() => fs.renameSync(`${drive}-away`, drive));
    }
    expect(await scanSeries(deps, id('Moved'))).toMatchObject({ videoCount: 1, removed: 0 });
    expect(await requireSeriesRow(db, id('Moved'))).toMatchObject({ state: 'present' });
    await close();
  });

  test('an unreadable series folder fails with the permission error', async () => {
    const { deps, id, lib, close } = await libraryWith({ 'Show/e01.mkv': 'a', 'Other/e01.mkv': 'x' });
    unreadableDir(lib, 'Show');
    await expect(scanSeries(deps, id('Show'))).rejects.toMatchObject({ code: 'EACCES' });
    await close();
  });

  test('a root that went away (an unmounted share) makes the series offline, keeping every row', async () => {
    const { db, deps, id, lib, close } = await libraryWith({ 'Show/e01.mkv': 'a', 'Other/e01.mkv': 'b' });
    await scanSeries(deps, id('Show'));
    const away = `${lib}-unmounted`;
    asUser(() => fs.renameSync(lib, away));
    try {
      await expect(scanSeries(deps, id('Show'))).rejects.toMatchObject({ code: 'SERIES_OFFLINE' });
      expect(await requireSeriesRow(db, id('Show'))).toMatchObject({ state: 'offline', video_count: 1 });
      expect(await db.selectFrom('episodes').select('id').execute()).toHaveLength(1);
    } finally {
      asUser(() => fs.renameSync(away, lib));
    }
    expect(await scanSeries(deps, id('Show'))).toMatchObject({ videoCount: 1, added: 0, removed: 0 });
    expect(await requireSeriesRow(db, id('Show'))).toMatchObject({ state: 'present' });
    await close();
  });

  test('an empty mount point is offline too, not a library whose series were deleted', async () => {
    const { db, deps, id, lib, close } = await libraryWith({ 'Show/e01.mkv': 'a' });
    const hidden = `${lib}-content`;
    asUser(() => {
      fs.renameSync(lib, hidden);
      fs.mkdirSync(lib);
    });
    try {
      await expect(scanSeries(deps, id('Show'))).rejects.toMatchObject({ code: 'SERIES_OFFLINE' });
    } finally {
      asUser(() => {
        fs.rmdirSync(lib);
        fs.renameSync(hidden, lib);
      });
    }
    expect(await requireSeriesRow(db, id('Show'))).toMatchObject({ state: 'offline' });
    await close();
  });

  test('a series folder deleted while its root is online is missing, and its rows stay', async () => {
    const { db, deps, id, lib, close } = await libraryWith({ 'Show/e01.mkv': 'a', 'Other/e01.mkv': 'b' });
    await scanSeries(deps, id('Show'));
    asUser(() => fs.rmSync(path.join(lib, 'Show'), { recursive: true }));
    await expect(scanSeries(deps, id('Show'))).rejects.toMatchObject({ code: 'SERIES_MISSING' });
    expect(await requireSeriesRow(db, id('Show'))).toMatchObject({ state: 'missing' });
    expect(await db.selectFrom('episodes').select('id').where('series_id', '=', id('Show')).execute()).toHaveLength(1);
    await close();
  });
});

describe('episode names', () => {
  test('stores parsed season, episodes, absolute number, special flag and version; reports duplicates and unplaced files', async () => {
    const { db, deps, id, lib, close } = await libraryWith({
      'Frieren/[SubsPlease] Sousou no Frieren - 05 (1080p) [ABCD1234].mkv': '',
      'Frieren/[SubsPlease] Sousou no Frieren - 05v2 (1080p) [BCDE2345].mkv': '',
      'Frieren/Season 2/06.mkv': '',
      'Frieren/Specials/Sousou no Frieren - OVA.mkv': '',
      'Frieren/making of the show.mkv': '',
    });
    await scanSeries(deps, id('Frieren'));
    const detail = await getSeriesDetail(db, id('Frieren'));
    const byName = Object.fromEntries(detail.episodes.map((e) => [path.relative(path.join(lib, 'Frieren'), e.path), e]));
    expect(byName['[SubsPlease] Sousou no Frieren - 05 (1080p) [ABCD1234].mkv']).toMatchObject({ episodes: [5], absolute: [5], special: false, version: null });
    expect(byName['[SubsPlease] Sousou no Frieren - 05v2 (1080p) [BCDE2345].mkv']).toMatchObject({ episodes: [5], version: 2 });
    expect(byName['Season 2/06.mkv']).toMatchObject({ season: 2, episodes: [6] });
    expect(byName['Specials/Sousou no Frieren - OVA.mkv']).toMatchObject({ special: true });
    expect(detail.duplicates).toEqual([[
      path.join(lib, 'Frieren/[SubsPlease] Sousou no Frieren - 05 (1080p) [ABCD1234].mkv'),
      path.join(lib, 'Frieren/[SubsPlease] Sousou no Frieren - 05v2 (1080p) [BCDE2345].mkv'),
    ]]);
    expect(detail.unplaced).toEqual([path.join(lib, 'Frieren/making of the show.mkv')]);
    const stored = await db.selectFrom('episodes').select(['parsed']).where('path', 'like', '%ABCD1234%').executeTakeFirstOrThrow();
    expect(JSON.parse(stored.parsed)).toMatchObject({ group: 'SubsPlease', resolution: '1080p', checksum: 'ABCD1234' });
    await close();
  });

  test('a DVD or Blu-ray folder rip is one episode: its index file, numbered by the folder that holds it, with the NFO Kodi reads beside it', async () => {
    const { db, deps, id, lib, close } = await libraryWith({
      'Show/Season 1/Show S01E01/VIDEO_TS/VIDEO_TS.IFO': 'ifo', 'Show/Season 1/Show S01E01/VIDEO_TS/VTS_01_1.VOB': 'vob',
      'Show/Season 1/Show S01E01/VIDEO_TS/VTS_01_2.VOB': 'vob', 'Show/Season 1/Show S01E01/VIDEO_TS/video_ts.nfo': '<episodedetails/>',
      'Show/Season 1/Show S01E02/BDMV/index.bdmv': 'index', 'Show/Season 1/Show S01E02/BDMV/STREAM/00001.m2ts': 'm2ts',
      // A disc copied without its index is no video Kodi plays: nothing of it is an episode.
      'Show/Season 1/Show S01E03/VIDEO_TS/VTS_01_1.VOB': 'vob',
      // An NFO beside the disc folder, named like the folder holding it, as tinyMediaManager keeps it.
      'Show/Season 1/Show S01E04/VIDEO_TS/VIDEO_TS.IFO': 'ifo', 'Show/Season 1/Show S01E04/Show S01E04.nfo': '<episodedetails/>',
      // A disc of a season's DVD set holds several episodes: it is not episode 1.
      'Show/Season 2/Disc 1/VIDEO_TS/VIDEO_TS.IFO': 'ifo',
      'Film/VIDEO_TS/VIDEO_TS.IFO': 'ifo', 'Film/VIDEO_TS/VTS_01_1.VOB': 'vob',
    });
    await scanSeries(deps, id('Show'));
    const detail = await getSeriesDetail(db, id('Show'));
    expect(detail.episodes.map((e) => [path.relative(lib, e.path), e.season, e.episodes])).toEqual([
      ['Show/Season 1/Show S01E01/VIDEO_TS/VIDEO_TS.IFO', 1, [1]],
      ['Show/Season 1/Show S01E02/BDMV/index.bdmv', 1, [2]],
      ['Show/Season 1/Show S01E04/VIDEO_TS/VIDEO_TS.IFO', 1, [4]],
      ['Show/Season 2/Disc 1/VIDEO_TS/VIDEO_TS.IFO', 2, []],
    ]);
    const nfos = await db.selectFrom('episodes').select(['path', 'nfo_path']).where('series_id', '=', id('Show')).orderBy('path').execute();
    expect(nfos.map((e) => e.nfo_path)).toEqual([
      path.join(lib, 'Show/Season 1/Show S01E01/VIDEO_TS/video_ts.nfo'), null, path.join(lib, 'Show/Season 1/Show S01E04/Show S01E04.nfo'), null,
    ]);
    // A series folder that holds the disc itself: one video, named by the series.
    await scanSeries(deps, id('Film'));
    expect((await getSeriesDetail(db, id('Film'))).episodes).toMatchObject([{ path: path.join(lib, 'Film/VIDEO_TS/VIDEO_TS.IFO'), episodes: [] }]);
    await close();
  });

  test('specials and extras never collide with regular numbers; two OVA 1 files still do', async () => {
    const { db, deps, id, lib, close } = await libraryWith({
      'Gintama/[Group] Gintama - 01-02 [1080p].mkv': '',
      'Gintama/Gintama - OVA 1.mkv': '',
      'Gintama/Gintama - NCOP 1.mkv': '',
      'Gintama/Gintama - OVA 1v2.mkv': '',
    });
    await scanSeries(deps, id('Gintama'));
    const detail = await getSeriesDetail(db, id('Gintama'));
    expect(detail.episodes.find((e) => e.path.endsWith('NCOP 1.mkv'))).toMatchObject({ special: true, specialKind: 'ncop' });
    expect(detail.duplicates).toEqual([[path.join(lib, 'Gintama/Gintama - OVA 1.mkv'), path.join(lib, 'Gintama/Gintama - OVA 1v2.mkv')]]);
    await close();
  });

  test('the parts of one split episode are one copy of it, titled without the part; a second copy of a part is a duplicate', async () => {
    const { db, deps, id, lib, close } = await libraryWith({
      'Split/Split - S01E01 - part1.mkv': '', 'Split/Split - S01E01 - part2.mkv': '',
      'Split/Split - S01E02 - Rendezvous.cd1.avi': '', 'Split/Split - S01E02 - Rendezvous.cd2.avi': '',
      'Split/Split - S01E03 - pt1.mkv': '', 'Split/Split - S01E03 - pt1 [720p].mkv': '',
    });
    await scanSeries(deps, id('Split'));
    const detail = await getSeriesDetail(db, id('Split'));
    expect(detail.episodes.map((e) => [path.basename(e.path), e.episodes, e.title, e.part])).toEqual([
      ['Split - S01E01 - part1.mkv', [1], null, 1],
      ['Split - S01E01 - part2.mkv', [1], null, 2],
      ['Split - S01E02 - Rendezvous.cd1.avi', [2], 'Rendezvous', 1],
      ['Split - S01E02 - Rendezvous.cd2.avi', [2], 'Rendezvous', 2],
      ['Split - S01E03 - pt1 [720p].mkv', [3], null, 1],
      ['Split - S01E03 - pt1.mkv', [3], null, 1],
    ]);
    expect(detail.duplicates).toEqual([[path.join(lib, 'Split/Split - S01E03 - pt1 [720p].mkv'), path.join(lib, 'Split/Split - S01E03 - pt1.mkv')]]);
    await close();
  });

  test('a season named by the series folder ("Title S3") applies to files that name none', async () => {
    const { db, deps, id, close } = await libraryWith({ 'Shingeki no Kyojin S3/Shingeki no Kyojin - 05.mkv': '' });
    await scanSeries(deps, id('Shingeki no Kyojin'));
    expect((await getSeriesDetail(db, id('Shingeki no Kyojin'))).episodes).toMatchObject([{ season: 3, episodes: [5], absolute: [] }]);
    await close();
  });
});
