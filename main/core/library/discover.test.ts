import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { unreadableDir } from '../testing/faults';
import { libraryDir, writeTree } from '../testing/temp';
import { discoverSeries } from './discover';

describe('discoverSeries', () => {
  test('a folder with videos is one series', async () => {
    const dir = libraryDir();
    writeTree(dir, { 'Show - 01.mkv': '' });
    expect(await discoverSeries(dir)).toMatchObject({ kind: 'series', series: [dir] });
  });

  test('a folder with only season folders is one series', async () => {
    const dir = libraryDir();
    writeTree(dir, { 'Season 1/e1.mkv': '', 'Specials/sp1.mkv': '', 'S02/e1.mkv': '' });
    expect(await discoverSeries(dir)).toMatchObject({ kind: 'series', series: [dir] });
  });

  test('a series kept in one folder per episode or per disc is one series; a batch release folder is a series of its own', async () => {
    const dir = libraryDir();
    writeTree(dir, {
      // Release folders as downloaded, Kodi's disc layout, discs and volumes.
      'Releases/Releases.S01E01.720p.WEB-DL-GRP/Releases.S01E01.720p.WEB-DL-GRP.mkv': '',
      'Releases/Releases.S01E02.720p.WEB-DL-GRP/Releases.S01E02.720p.WEB-DL-GRP.mkv': '',
      'Disc Layout/Disc Layout S01E01/VIDEO_TS/VIDEO_TS.IFO': '',
      'Discs/Disc 1/Discs - 01.mkv': '', 'Discs/Disc 2/Discs - 05.mkv': '',
      'Volumes/Vol. 1/Volumes - 01.mkv': '',
      'Season Discs/Season Discs S01D01/VIDEO_TS/VIDEO_TS.IFO': '', 'Season Discs/Season Discs S01D02/VIDEO_TS/VIDEO_TS.IFO': '',
      'Named Discs/Named Discs - DVD 1/VIDEO_TS/VIDEO_TS.IFO': '',
      'One Disc/VIDEO_TS/VIDEO_TS.IFO': '', 'One Blu-ray/BDMV/index.bdmv': '', 'One Blu-ray/BDMV/STREAM/00001.m2ts': '',
      '[Grp] Batch S01E01-E12 [1080p]/[Grp] Batch - 01.mkv': '',
      // A series named like a volume is a series.
      'A/Show Vol. 2/Show - 01.mkv': '', 'A/Show Part 2/Show - 01.mkv': '',
    });
    const found = await discoverSeries(dir);
    expect(found.series.map((p) => path.relative(dir, p))).toEqual([
      'A/Show Part 2', 'A/Show Vol. 2', 'Disc Layout', 'Discs', 'Named Discs', 'One Blu-ray', 'One Disc', 'Releases', 'Season Discs', 'Volumes',
      '[Grp] Batch S01E01-E12 [1080p]',
    ]);
    expect(found.unreadable).toEqual([]);
    // A link to a release folder outside the folder added is said once.
    const outside = libraryDir();
    writeTree(outside, { 'Linked.S01E01-GRP/Linked.S01E01-GRP.mkv': '' });
    fs.mkdirSync(path.join(dir, 'Linked'));
    fs.symlinkSync(path.join(outside, 'Linked.S01E01-GRP'), path.join(dir, 'Linked', 'Linked.S01E01-GRP'));
    expect((await discoverSeries(dir)).unreadable).toEqual([
      { path: path.join(dir, 'Linked', 'Linked.S01E01-GRP'), code: 'SYMLINK_OUTSIDE', target: path.join(outside, 'Linked.S01E01-GRP') },
    ]);
    // Added on its own, an episode-per-folder series is one series too.
    expect(await discoverSeries(path.join(dir, 'Releases'))).toMatchObject({ kind: 'series', series: [path.join(dir, 'Releases')] });
  });

  test("a folder holding Kodi's .nomedia or Jellyfin's .ignore is left out and said; so is a library folder holding one", async () => {
    const dir = libraryDir();
    writeTree(dir, {
      'Shown/Shown - 01.mkv': '', 'Hidden/.nomedia': '', 'Hidden/Hidden - 01.mkv': '', 'Jelly/.IGNORE': '', 'Jelly/Season 1/Jelly - 01.mkv': '',
      'Group/Inner/.nomedia': '', 'Group/Inner/Inner - 01.mkv': '', 'Group/Other/Other - 01.mkv': '',
    });
    const found = await discoverSeries(dir);
    expect(found.series.map((p) => path.relative(dir, p))).toEqual(['Group/Other', 'Shown']);
    expect(found.unreadable.map((u) => [path.relative(dir, u.path), u.code]).sort()).toEqual([
      ['Group/Inner', 'EXCLUDED_FOLDER'], ['Hidden', 'EXCLUDED_FOLDER'], ['Jelly', 'EXCLUDED_FOLDER'],
    ]);
    fs.writeFileSync(path.join(dir, '.nomedia'), '');
    expect(await discoverSeries(dir)).toEqual({ kind: 'library', series: [], unreadable: [{ path: dir, code: 'EXCLUDED_FOLDER' }], emptyFolders: 0 });
  });

  test('a long show kept by arc or saga is one series; a letter layer, a franchise folder and a series added alone stay what they were', async () => {
    const dir = libraryDir();
    writeTree(dir, {
      'One Piece/East Blue Saga/[Grp] One Piece - 001 [1080p].mkv': '', 'One Piece/Alabasta Saga/One Piece - 062.mkv': '',
      'Breaking Bad/Breaking Bad Season One/Breaking.Bad.S01E01.720p.mkv': '',
      'A/Akira/Akira - 01.mkv': '', 'A/Another/Another - 01.mkv': '',
      'Gundam/Gundam Wing/Gundam Wing - 01.mkv': '', 'Gundam/Mobile Suit Gundam/[Grp] Mobile Suit Gundam - 01.mkv': '',
      'Naruto/Naruto (2002)/Naruto - 001.mkv': '', 'Naruto/Naruto Shippuden/Naruto Shippuden - 001.mkv': '',
    });
    const found = await discoverSeries(dir);
    expect(found.series.map((p) => path.relative(dir, p))).toEqual([
      'A/Akira', 'A/Another', 'Breaking Bad', 'Gundam/Gundam Wing', 'Gundam/Mobile Suit Gundam', 'Naruto/Naruto (2002)', 'Naruto/Naruto Shippuden', 'One Piece',
    ]);
    expect(await discoverSeries(path.join(dir, 'One Piece'))).toMatchObject({ kind: 'series', series: [path.join(dir, 'One Piece')] });
  });

  test("anime kept by season release in the show's folder is one series; a remake's folder beside the original stays a series", async () => {
    const dir = libraryDir();
    writeTree(dir, {
      'Shingeki no Kyojin/[Grp] Shingeki no Kyojin [1080p]/[Grp] Shingeki no Kyojin - 01 [1080p].mkv': '',
      'Shingeki no Kyojin/[Grp] Shingeki no Kyojin S2 [1080p]/[Grp] Shingeki no Kyojin S2 - 01 [1080p].mkv': '',
      'Kaguya-sama/Kaguya-sama 3rd Season/[Grp] Kaguya-sama - 01.mkv': '',
      // Kept both ways: season folders beside season releases.
      'Oshi no Ko/Season 1/Oshi no Ko - 01.mkv': '', 'Oshi no Ko/[Grp] Oshi no Ko S2 [1080p]/[Grp] Oshi no Ko S2 - 01.mkv': '',
      'Oshi no Ko/[Grp] Oshi no Ko S3 [1080p]/[Grp] Oshi no Ko S3 - 01.mkv': '', 'Oshi no Ko/[Grp] Oshi no Ko S4 [1080p]/[Grp] Oshi no Ko S4 - 01.mkv': '',
      'Hunter x Hunter/Hunter x Hunter (1999)/Hunter x Hunter - 01.mkv': '', 'Hunter x Hunter/Hunter x Hunter (2011)/Hunter x Hunter - 01.mkv': '',
    });
    const found = await discoverSeries(dir);
    expect(found.series.map((p) => path.relative(dir, p))).toEqual([
      'Hunter x Hunter/Hunter x Hunter (1999)', 'Hunter x Hunter/Hunter x Hunter (2011)', 'Kaguya-sama', 'Oshi no Ko', 'Shingeki no Kyojin',
    ]);
  });

  test('series behind four grouping layers are found; deeper ones are said, not dropped without a word', async () => {
    const dir = libraryDir();
    writeTree(dir, {
      'By Year/2024/Winter/Frieren/Frieren - 01.mkv': '', 'By Year/2023/Fall/Spy x Family/Season 1/Spy x Family - 01.mkv': '',
      'A/B/C/D/Show5/Show5 - 01.mkv': '', 'A/B/C/D/E/Show6/Show6 - 01.mkv': '', 'A/B/C/D/Empty/': '',
    });
    const found = await discoverSeries(dir);
    expect(found.series.map((p) => path.relative(dir, p))).toEqual(['A/B/C/D/Show5', 'By Year/2023/Fall/Spy x Family', 'By Year/2024/Winter/Frieren']);
    expect(found.unreadable).toEqual([{ path: path.join(dir, 'A/B/C/D/E'), code: 'TOO_DEEP_FOLDER' }]);
  });

  test("a library's .plexignore leaves out the series folders and videos it names, as Plex does, and says so", async () => {
    const dir = libraryDir();
    writeTree(dir, {
      '.plexignore': '# not for Plex\nOld Rips/*\n*.avi\n*/Season 2/*\n',
      'Old Rips/Old - 01.mkv': '', 'Shown/Shown - 01.mkv': '', 'Divx/Divx - 01.avi': '', 'Divx/Season 1/Divx - 02.AVI': '',
      'Late/Season 2/Late - 01.mkv': '',
      'Group/.plexignore': 'Inner/*', 'Group/Inner/Inner - 01.mkv': '', 'Group/Other/Other - 01.mkv': '',
    });
    const found = await discoverSeries(dir);
    expect(found.series.map((p) => path.relative(dir, p))).toEqual(['Group/Other', 'Shown']);
    expect(found.unreadable.map((u) => [path.relative(dir, u.path), u.code]).sort()).toEqual([
      ['Group/Inner', 'PLEX_IGNORED'], ['Late/Season 2', 'PLEX_IGNORED'], ['Old Rips', 'PLEX_IGNORED'],
    ]);
    // Added on its own, a series folder is not reached by the library's rules: the user chose it.
    expect(await discoverSeries(path.join(dir, 'Old Rips'))).toMatchObject({ kind: 'series' });
  });

  test('a library root returns its series folders, also behind an A–Z layer, skipping system and hidden folders', async () => {
    const dir = libraryDir();
    writeTree(dir, {
      'Frieren (2023)/Season 1/Frieren - S01E01.mkv': '',
      'Bocchi the Rock/[Grp] Bocchi - 01.mkv': '',
      'A/Akira/Akira.mkv': '',
      'A/Another/Season 1/e01.mkv': '',
      'Z/Zetman/tvshow.nfo': '<tvshow/>',
      '@eaDir/Fake/x.mkv': '', '#recycle/Old/x.mkv': '', '$RECYCLE.BIN/x/y.mkv': '', 'System Volume Information/x.mkv': '', '.hidden/Show/x.mkv': '',
      'Empty Folder/': '',
    });
    const found = await discoverSeries(dir);
    expect(found.kind).toBe('library');
    expect(found.series.map((p) => path.relative(dir, p))).toEqual(['A/Akira', 'A/Another', 'Bocchi the Rock', 'Frieren (2023)', 'Z/Zetman']);
    expect(found.emptyFolders).toBe(1);
  });

  test('stray videos at the top of a library do not turn it into one series', async () => {
    const dir = libraryDir();
    writeTree(dir, { 'stray.mkv': '', 'Some Film (2020).mp4': '', 'notes.txt': '', 'A Show/e1.mkv': '', 'B Show/e1.mkv': '', 'C Show/e1.mkv': '' });
    const found = await discoverSeries(dir);
    expect(found.series).toHaveLength(3);
    // Said, not dropped without a word; other files are no concern of a video library.
    expect(found.unreadable).toEqual([
      { path: path.join(dir, 'Some Film (2020).mp4'), code: 'STRAY_VIDEO' },
      { path: path.join(dir, 'stray.mkv'), code: 'STRAY_VIDEO' },
    ]);
  });

  test('a series with its episodes at the top and extras or artwork folders beside them, but no tvshow.nfo, is one series', async () => {
    const dir = libraryDir();
    writeTree(dir, { 'Show - 01.mkv': '', 'Show - 02.mkv': '', 'Extras/making of.mkv': '', 'Featurettes/f.mkv': '', 'Interviews/i.mkv': '', 'extrafanart/1.jpg': 'x', 'Wallpapers/w.jpg': 'x' });
    expect(await discoverSeries(dir)).toMatchObject({ kind: 'series', series: [dir] });
  });

  test('a season folder beside several series folders is a stray: the library keeps its series, and the stray is reported', async () => {
    const dir = libraryDir();
    writeTree(dir, { 'Season 2/x - 01.mkv': '', 'Specials/': '', 'A Show/e1.mkv': '', 'B Show/e1.mkv': '', 'Group/C Show/e1.mkv': '', 'Group/D Show/e1.mkv': '', 'Group/E Show/e1.mkv': '', 'Group/S01/e1.mkv': '' });
    expect(await discoverSeries(dir)).toEqual({
      kind: 'library',
      series: ['A Show', 'B Show', 'Group/C Show', 'Group/D Show', 'Group/E Show'].map((s) => path.join(dir, s)),
      unreadable: [
        { path: path.join(dir, 'Season 2'), code: 'STRAY_SEASON_FOLDER' },
        { path: path.join(dir, 'Group', 'S01'), code: 'STRAY_SEASON_FOLDER' },
      ],
      emptyFolders: 0,
    });
  });

  test('a series with season folders and extras folders beside them is still one series', async () => {
    const dir = libraryDir();
    writeTree(dir, { 'Season 1/e1.mkv': '', 'Season 2/e1.mkv': '', 'Extras/x.mkv': '', 'Featurettes/f.mkv': '', 'Interviews/i.mkv': '' });
    expect(await discoverSeries(dir)).toMatchObject({ kind: 'series', series: [dir] });
  });

  test('an anime series with its Blu-ray extras (PV, CM, creditless OP, previews) and OADs beside its seasons is one series', async () => {
    const dir = libraryDir();
    writeTree(dir, {
      'Season 1/Show - 01.mkv': '', 'Season 2/Show - S02E01.mkv': '', 'OAD/Show - OAD 01.mkv': '', 'Movies/Show - The Movie.mkv': '',
      'PV/Show PV 01.mkv': '', 'CM/Show CM 01.mkv': '', 'NC OP/Show NCOP 01.mkv': '', 'Previews/Show Preview 01.mkv': '',
    });
    expect(await discoverSeries(dir)).toMatchObject({ kind: 'series', series: [dir], unreadable: [] });
  });

  test('a series kept by tinyMediaManager or Emby, with artwork and metadata folders beside its seasons, is one series', async () => {
    const dir = libraryDir();
    writeTree(dir, {
      'Season 1/Show - S01E01.mkv': '', 'Season 2/Show - S02E01.mkv': '', 'Movies/Show - The Movie.mkv': '',
      'extrafanart/fanart1.jpg': 'x', 'extrathumbs/thumb1.jpg': 'x', 'Artwork Backup/poster.jpg': 'x', 'Wallpapers/w1.jpg': 'x', 'Season 1/metadata/Show - S01E01.jpg': 'x',
    });
    expect(await discoverSeries(dir)).toMatchObject({ kind: 'series', series: [dir], unreadable: [] });
  });

  test('a series with its films and numbered OVAs in folders beside its seasons or episodes is one series', async () => {
    const withSeasons = libraryDir();
    writeTree(withSeasons, {
      'Season 1/Conan - S01E01.mkv': '', 'Season 2/Conan - S02E01.mkv': '',
      'Movie 1 - The Time-Bombed Skyscraper/Conan Movie 1.mkv': '', 'Movie 2 - The Fourteenth Target/Conan Movie 2.mkv': '', 'Detective Conan Movie 3/m3.mkv': '',
      'Gekijouban/g.mkv': '', '劇場版/m.mkv': '', 'OVA 1/ova1.mkv': '', 'OAD 2/oad2.mkv': '',
    });
    expect(await discoverSeries(withSeasons)).toMatchObject({ kind: 'series', series: [withSeasons], unreadable: [] });
    const withEpisodes = libraryDir();
    writeTree(withEpisodes, { 'Show - 01.mkv': '', 'Show - 02.mkv': '', 'Films/f1.mkv': '', 'The Movie/m.mkv': '', 'OVA 1/o.mkv': '' });
    expect(await discoverSeries(withEpisodes)).toMatchObject({ kind: 'series', series: [withEpisodes] });
  });

  test('a library whose series are films and OVAs still has its own series beside a stray season counted', async () => {
    const dir = libraryDir();
    writeTree(dir, { 'Season 1/x - 01.mkv': '', 'Akira Movie/a.mkv': '', 'A Show/e1.mkv': '', 'B Show/e1.mkv': '', 'C Show/e1.mkv': '' });
    expect(await discoverSeries(dir)).toMatchObject({ kind: 'library', series: ['A Show', 'Akira Movie', 'B Show', 'C Show'].map((s) => path.join(dir, s)), unreadable: [{ path: path.join(dir, 'Season 1'), code: 'STRAY_SEASON_FOLDER' }] });
  });

  test('season folders named with underscores or in Scandinavian languages are seasons: the folder is one series', async () => {
    const underscored = libraryDir();
    writeTree(underscored, { 'Season_1_[BD 1080p]/Show_-_01.mkv': '', 'Season_2_[BD 1080p]/Show_-_01.mkv': '' });
    expect(await discoverSeries(underscored)).toMatchObject({ kind: 'series', series: [underscored] });
    const swedish = libraryDir();
    writeTree(swedish, { 'Säsong 1/Serie - 01.mkv': '', 'Säsong 2/Serie - 01.mkv': '', 'Sæson 3/Serie - 01.mkv': '' });
    expect(await discoverSeries(swedish)).toMatchObject({ kind: 'series', series: [swedish] });
  });

  test('a folder known as a library is never one series, whatever appears at its top', async () => {
    const dir = libraryDir();
    writeTree(dir, { 'A Show/e1.mkv': '', 'B Show/e1.mkv': '', 'stray.mkv': '', 'tvshow.nfo': '<tvshow/>', 'Season 3/e1.mkv': '' });
    expect(await discoverSeries(dir)).toMatchObject({ kind: 'series', series: [dir] });
    expect(await discoverSeries(dir, { library: true })).toEqual({
      kind: 'library',
      series: [path.join(dir, 'A Show'), path.join(dir, 'B Show')],
      unreadable: [
        { path: path.join(dir, 'Season 3'), code: 'STRAY_SEASON_FOLDER' },
        { path: path.join(dir, 'stray.mkv'), code: 'STRAY_VIDEO' },
      ],
      emptyFolders: 0,
    });
  });

  test('a symlink loop ends and a linked series is found once', async () => {
    const dir = libraryDir();
    writeTree(dir, { 'Group/Show/e1.mkv': '' });
    fs.symlinkSync(dir, path.join(dir, 'Group', 'loop'));
    fs.symlinkSync(path.join(dir, 'Group', 'Show'), path.join(dir, 'Show link'));
    const found = await discoverSeries(dir);
    expect(found.series).toEqual([path.join(dir, 'Group', 'Show')]);
  });

  test('an unreadable folder is reported and discovery goes on', async () => {
    const dir = libraryDir();
    writeTree(dir, { 'Good/e1.mkv': '' });
    const locked = unreadableDir(dir, 'Locked Show');
    const found = await discoverSeries(dir);
    expect(found.series).toEqual([path.join(dir, 'Good')]);
    expect(found.unreadable).toEqual([{ path: locked, code: 'EACCES' }]);
  });

  test('10,000 empty subfolders give no series, quickly enough to stay a bad-input case', async () => {
    const dir = libraryDir();
    for (let i = 0; i < 10_000; i++) fs.mkdirSync(path.join(dir, `empty ${i}`));
    const found = await discoverSeries(dir);
    expect(found.series).toEqual([]);
    expect(found.emptyFolders).toBe(10_000);
  });

  test('the excluded data dir is never taken as a series', async () => {
    const dir = libraryDir();
    writeTree(dir, { 'data/anishelf.db': 'x', 'data/e1.mkv': '', 'Show/e1.mkv': '' });
    const found = await discoverSeries(dir, { exclude: [path.join(dir, 'data')] });
    expect(found.series).toEqual([path.join(dir, 'Show')]);
  });
});
