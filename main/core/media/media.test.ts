import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { unreadableDir } from '../testing/faults';
import { libraryDir, writeTree } from '../testing/temp';
import {
  FANART_FILENAME, LOGO_FILENAME, NFO_FILENAME, POSTER_FILENAME, VIDEO_EXTENSIONS,
  checkMediaFiles, expandHome, hasVideoFiles, isSystemFolder,
  listVideoFiles, seasonOfFolder, toFsPath,
} from './index';
import { parsePlexIgnore } from './plex-ignore';

describe('names', () => {
  test('the standard names are the ones Kodi writes', () => {
    expect([POSTER_FILENAME, LOGO_FILENAME, FANART_FILENAME, NFO_FILENAME]).toEqual(['poster.jpg', 'logo.png', 'fanart.jpg', 'tvshow.nfo']);
  });

  test('the video set covers what media players play', () => {
    for (const ext of ['mkv', 'mp4', 'm4v', 'avi', 'mov', 'wmv', 'webm', 'ts', 'm2ts', 'mts', 'flv', 'ogm', 'ogv', 'rmvb', 'mpg', 'mpeg', 'vob', '3gp', 'divx']) {
      expect(VIDEO_EXTENSIONS.has(ext), ext).toBe(true);
    }
    for (const ext of ['srt', 'ass', 'nfo', 'jpg', 'txt', 'part']) expect(VIDEO_EXTENSIONS.has(ext), ext).toBe(false);
  });

  test.each([
    ['Season 2', 2], ['season 02', 2], ['S01', 1], ['Staffel 3', 3], ['Saison 1', 1], ['Specials', 0], ['Season 0', 0],
    ['Säsong 2', 2], ['Sæson 4', 4], ['Sesong 1', 1], ['Serie 3', 3], ['Series 2', 2], ['Season_1_[BD 1080p]', 1], ['Season 2 (2019)', 2], ['S2 - Title', 2],
    ['Frieren', null], ['Extras', null], ['S1x', null], ['S01E01', null], ['Season 2nd', null],
  ])('season folder %s → %s', (name, season) => {
    expect(seasonOfFolder(name)).toBe(season);
  });

  test.each(['@eaDir', '#recycle', '$RECYCLE.BIN', 'System Volume Information', '.git', '.Trash-1000'])('%s is a system folder', (name) => {
    expect(isSystemFolder(name)).toBe(true);
  });
});

describe('toFsPath', () => {
  test('accepts a path or a file: URL, as string or URL', () => {
    expect(toFsPath('/a/b')).toBe('/a/b');
    expect(toFsPath('file:///a/b%20c')).toBe('/a/b c');
    expect(toFsPath(new URL('file:///a/%E3%83%95'))).toBe('/a/フ');
  });

  test('~ and ~/x are the home folder, as in a shell; ~other is not expanded', () => {
    expect(toFsPath('~')).toBe(os.homedir());
    expect(toFsPath('~/anime/Bebop')).toBe(path.join(os.homedir(), 'anime/Bebop'));
    expect(expandHome('~/x', '/home/ann')).toBe('/home/ann/x');
    expect(expandHome('~ann/x', '/home/ann')).toBe('~ann/x');
    expect(expandHome('/a/~/b', '/home/ann')).toBe('/a/~/b');
  });

  test.each([
    ['', /is empty/],
    ['/a\0b', /NUL/],
    [`/${'x'.repeat(5000)}`, /longer than 4096/],
    ['http://example.com/x', /is a URL/], ['smb://nas/share', /is a URL/],
    ['file://server/share/x', /local file: URL/],
  ])('refuses bad input %#', (input, message) => {
    expect(() => toFsPath(input)).toThrow(message);
  });
});

describe('checkMediaFiles', () => {
  test('finds each kind case-insensitively, with the path actually on disk', async () => {
    const dir = libraryDir();
    writeTree(dir, { 'POSTER.JPG': 'p', 'ClearLogo.png': 'l', 'backdrop.jpg': 'f', 'tvshow.NFO': '<tvshow/>' });
    const files = await checkMediaFiles(dir);
    expect(files).toEqual({
      poster: { exists: true, path: path.join(dir, 'POSTER.JPG') },
      logo: { exists: true, path: path.join(dir, 'ClearLogo.png') },
      fanart: { exists: true, path: path.join(dir, 'backdrop.jpg') },
      nfo: { exists: true, path: path.join(dir, 'tvshow.NFO') },
    });
    expect(await checkMediaFiles(pathToFileURL(dir))).toEqual(files);
  });

  test('prefers the standard name over an alternate and reports what is missing', async () => {
    const dir = libraryDir();
    writeTree(dir, { 'folder.jpg': 'a', 'poster.jpg': 'b' });
    expect(await checkMediaFiles(pathToFileURL(dir).href)).toEqual({
      poster: { exists: true, path: path.join(dir, 'poster.jpg') },
      logo: { exists: false, path: null },
      fanart: { exists: false, path: null },
      nfo: { exists: false, path: null },
    });
  });

  test('a folder named like artwork is not artwork', async () => {
    const dir = libraryDir();
    writeTree(dir, { 'poster.jpg/': '' });
    expect((await checkMediaFiles(dir)).poster.exists).toBe(false);
  });
});

describe('listVideoFiles', () => {
  test('counts videos in the series folder and its season folders, skipping extras, samples and system folders', async () => {
    const dir = libraryDir();
    writeTree(dir, {
      'Show - 01.mkv': 'x', 'Show - 02.MP4': 'xx',
      'Season 2/Show - S02E01.mkv': 'x', 'Season 2/Disc 1/Show - S02E02.avi': 'x',
      'Specials/Show - S00E01.mkv': 'x',
      'Extras/making-of.mkv': 'x', 'Trailers/t.mp4': 'x', 'Sample/s.mkv': 'x', 'show-sample.mkv': 'x',
      // A Blu-ray rip's bonus folders: no episodes. Its OADs are.
      'PV/Show PV 01.mkv': 'x', 'CM/Show CM 01.mkv': 'x', 'NC OP/Show NCOP 01.mkv': 'x', 'Previews/Show Preview 01.mkv': 'x', 'OAD/Show - OAD 01.mkv': 'x',
      '@eaDir/Show - 01.mkv@SynoEAStream': 'x', '.hidden/x.mkv': 'x',
      'Show - 01.ass': 's', 'Show - 01.mkv.part': 'p',
    });
    const walk = await listVideoFiles(dir);
    expect(walk.files.map((f) => f.relPath)).toEqual([
      'OAD/Show - OAD 01.mkv', 'Season 2/Disc 1/Show - S02E02.avi', 'Season 2/Show - S02E01.mkv', 'Show - 01.mkv', 'Show - 02.MP4', 'Specials/Show - S00E01.mkv',
    ]);
    expect(walk.files.find((f) => f.relPath === 'Show - 02.MP4')).toMatchObject({ size: 2 });
    expect((await listVideoFiles(dir, { stat: false })).files).toHaveLength(6);
    expect(await hasVideoFiles(dir)).toBe(true);
  });

  test("a disc rip's NFO beside its disc folder is paired with it, not lone; a stray NFO beside a video stays lone", async () => {
    const dir = libraryDir();
    writeTree(dir, {
      'Show S01E01/VIDEO_TS/VIDEO_TS.IFO': 'ifo', 'Show S01E01/Show S01E01.nfo': '<episodedetails/>',
      'Show S01E02/VIDEO_TS/VIDEO_TS.IFO': 'ifo', 'Show S01E02/VIDEO_TS/VIDEO_TS.nfo': '<episodedetails/>', 'Show S01E02/old.nfo': '<episodedetails/>',
      'Show - 03.mkv': 'x', 'Show - 04.nfo': '<episodedetails/>',
      // Beside a video and its NFO, a disc takes no NFO that is the video's.
      'Mixed/VIDEO_TS/VIDEO_TS.IFO': 'ifo', 'Mixed/Mixed - 05.mkv': 'x', 'Mixed/Mixed - 05.nfo': '<episodedetails/>',
    });
    const walk = await listVideoFiles(dir);
    expect(walk.files.map((f) => [f.relPath, f.nfoPath && path.relative(dir, f.nfoPath)])).toEqual([
      ['Mixed/Mixed - 05.mkv', 'Mixed/Mixed - 05.nfo'],
      ['Mixed/VIDEO_TS/VIDEO_TS.IFO', undefined],
      ['Show - 03.mkv', undefined],
      ['Show S01E01/VIDEO_TS/VIDEO_TS.IFO', 'Show S01E01/Show S01E01.nfo'],
      ['Show S01E02/VIDEO_TS/VIDEO_TS.IFO', 'Show S01E02/VIDEO_TS/VIDEO_TS.nfo'],
    ]);
    expect(walk.loneNfos.map((f) => path.relative(dir, f)).sort()).toEqual(['Show - 04.nfo', 'Show S01E02/old.nfo']);
  });

  test('a season folder holding .nomedia or .ignore is left out of the walk, as media players leave it out', async () => {
    const dir = libraryDir();
    writeTree(dir, { 'Season 1/Show - S01E01.mkv': 'x', 'Season 2/.nomedia': '', 'Season 2/Show - S02E01.mkv': 'x', 'Season 3/.ignore': '', 'Season 3/Show - S03E01.mkv': 'x' });
    expect((await listVideoFiles(dir)).files.map((f) => f.relPath)).toEqual(['Season 1/Show - S01E01.mkv']);
  });

  test("a video named with an extra's suffix (Jellyfin's -trailer, -deleted…; a scene sample) is no episode; an episode titled Other, or by a group called SHORT, is", async () => {
    const dir = libraryDir();
    writeTree(dir, {
      'Show - S01E01.mkv': 'x', 'Show-trailer.mkv': 'x', 'Show.S01E01-deleted.mkv': 'x', 'Show - S01E03-interview.mkv': 'x',
      'show-sample.mkv': 'x', 'sample.mkv': 'x', 'Show - S01E05 - The Other.mkv': 'x', 'Show - S01E06 - Deleted Scenes of a Life.mkv': 'x',
      'Show.S01E07.720p.HDTV.x264-SHORT.mkv': 'x',
    });
    expect((await listVideoFiles(dir)).files.map((f) => f.relPath)).toEqual([
      'Show - S01E01.mkv', 'Show - S01E05 - The Other.mkv', 'Show - S01E06 - Deleted Scenes of a Life.mkv', 'Show.S01E07.720p.HDTV.x264-SHORT.mkv',
    ]);
  });

  test("a hidden video (a Mac's ._ twin, a dot name) is no episode, and a series of hidden videos only is no series", async () => {
    const dir = libraryDir();
    writeTree(dir, { 'Show - S01E01.mkv': 'x', '._Show - S01E01.mkv': 'Mac OS X', 'Season 1/.Show - S01E02.mkv': 'x', 'Season 1/._Show - S01E02.nfo': 'x' });
    expect((await listVideoFiles(dir)).files.map((f) => f.relPath)).toEqual(['Show - S01E01.mkv']);
    expect(await hasVideoFiles(path.join(dir, 'Season 1'))).toBe(false);
  });

  test("a series' .plexignore leaves out the videos and folders it names, as Plex does; their NFOs are no lone ones", async () => {
    const dir = libraryDir();
    writeTree(dir, {
      '.plexignore': '# raw captures\n*.ts\nSeason 2/*\nSeason 1/Show - S01E03.mkv\n',
      'Season 1/Show - S01E01.mkv': 'x', 'Season 1/Show - S01E02.ts': 'x', 'Season 1/Show - S01E02.nfo': '<episodedetails/>',
      'Season 1/Show - S01E03.mkv': 'x', 'Season 2/Show - S02E01.mkv': 'x', 'Season 3/.plexignore': 'Show - S03E02*\n',
      'Season 3/Show - S03E01.mkv': 'x', 'Season 3/Show - S03E02.mkv': 'x', 'Show - S01E01 Raw.TS': 'x', 'poster.jpg': 'x',
    });
    const walk = await listVideoFiles(dir);
    expect(walk.files.map((f) => f.relPath)).toEqual(['Season 1/Show - S01E01.mkv', 'Season 3/Show - S03E01.mkv']);
    expect(walk.loneNfos).toEqual([]);
    // Artwork and NFOs are read whatever the patterns say: they are not Plex's media.
    expect(walk.topLevelFiles).toContain('poster.jpg');
    expect(walk.excluded).toBe(false);
  });

  test('a series folder is left out whole by .nomedia or .ignore in it, by a .plexignore above it, or when its .plexignore leaves out every video', async () => {
    const dir = libraryDir();
    writeTree(dir, {
      'Kodi/.nomedia': '', 'Kodi/Kodi - 01.mkv': 'x',
      'Plex/.plexignore': '*\n', 'Plex/Plex - 01.mkv': 'x',
      'Above/Above - 01.mkv': 'x', 'Kept/Kept - 01.mkv': 'x', 'Kept/.plexignore': 'Kept - 02.mkv\n',
    });
    for (const name of ['Kodi', 'Plex']) expect(await listVideoFiles(path.join(dir, name)), name).toMatchObject({ files: [], excluded: true });
    const above = [parsePlexIgnore('Above/*', dir)];
    expect(await listVideoFiles(path.join(dir, 'Above'), { ignore: above })).toMatchObject({ files: [], excluded: true });
    expect(await hasVideoFiles(path.join(dir, 'Above'), undefined, above)).toBe(false);
    expect(await listVideoFiles(path.join(dir, 'Kept'), { ignore: above })).toMatchObject({ files: [{ relPath: 'Kept - 01.mkv' }], excluded: false });
  });

  test('an empty folder has no videos', async () => {
    const dir = libraryDir();
    expect((await listVideoFiles(dir)).files).toEqual([]);
    expect(await hasVideoFiles(dir)).toBe(false);
  });

  test('a symlink loop ends, and a linked season folder is counted once', async () => {
    const dir = libraryDir();
    writeTree(dir, { 'Season 1/e01.mkv': 'x' });
    fs.symlinkSync(dir, path.join(dir, 'Season 1', 'loop'));
    fs.symlinkSync(path.join(dir, 'Season 1'), path.join(dir, 'S01'));
    expect((await listVideoFiles(dir)).files.map((f) => f.relPath)).toEqual(['Season 1/e01.mkv']);
  });

  test('an unreadable season folder is reported and the walk goes on', async () => {
    const dir = libraryDir();
    writeTree(dir, { 'Season 1/e01.mkv': 'x' });
    const locked = unreadableDir(dir, 'Season 2');
    const walk = await listVideoFiles(dir);
    expect(walk.files.map((f) => f.relPath)).toEqual(['Season 1/e01.mkv']);
    expect(walk.unreadable).toEqual([{ path: locked, code: 'EACCES' }]);
  });

  test('Japanese, emoji and NFC/NFD names are kept apart, none lost', async () => {
    const dir = libraryDir();
    const nfc = 'Café - 01.mkv'.normalize('NFC');
    const nfd = 'Café - 01.mkv'.normalize('NFD');
    writeTree(dir, { [nfc]: 'a', [nfd]: 'b', '葬送のフリーレン - 02.mkv': 'c', '🎬 - 03.mkv': 'd', 'trailing. - 04.mkv': 'e' });
    const names = (await listVideoFiles(dir)).files.map((f) => f.relPath);
    expect(names).toHaveLength(5);
    expect(new Set(names)).toEqual(new Set([nfc, nfd, '葬送のフリーレン - 02.mkv', '🎬 - 03.mkv', 'trailing. - 04.mkv']));
  });
});
