import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { saveTvshowNfo } from '../nfo/save';
import { scanSeries } from '../scan/scan-series';
import { testDatabase } from '../testing/database';
import { libraryDir, writeTree } from '../testing/temp';
import { addFolders } from './add';
import { testCore } from '../testing/core';

// The rule: a link is followed only when its real path stays inside the real path of the folder
// the user added (for a series' own files: inside the series folder); Anishelf writes only inside
// the real path of a series folder.

/** Every path under `dir` with its size, links as links: what a test must find unchanged. */
function treeOf(dir: string): Array<[string, number, boolean]> {
  return (fs.readdirSync(dir, { recursive: true }) as string[]).sort().map((name) => {
    const stat = fs.lstatSync(path.join(dir, name));
    return [name, stat.size, stat.isSymbolicLink()];
  });
}

async function setup() {
  const database = await testDatabase();
  return { ...database, deps: { db: database.db, dataDir: database.dataDir } };
}

describe('symbolic links', () => {
  test('a link to another library is listed as skipped (SYMLINK_OUTSIDE), a link inside the root is followed once', async () => {
    const { deps, close } = await setup();
    const lib = libraryDir();
    const other = libraryDir();
    writeTree(lib, { 'Group/A/A - 01.mkv': '', 'B/B - 01.mkv': '' });
    writeTree(other, { 'X/X - 01.mkv': '', 'Y/Y - 01.mkv': '' });
    fs.symlinkSync(other, path.join(lib, 'elsewhere'));
    fs.symlinkSync(path.join(lib, 'Group'), path.join(lib, 'alias'));
    const result = await addFolders(deps, [lib]);
    expect(result.added.map((s) => s.path).sort()).toEqual([path.join(lib, 'B'), path.join(lib, 'Group', 'A')]);
    expect(result.warnings).toEqual([
      { path: path.join(lib, 'elsewhere'), reason: `is a link that leads outside ${lib}; skipped (folder links are followed only inside the folder you add, which is the only place Anishelf writes; add ${fs.realpathSync(other)} itself to include it)`, code: 'SYMLINK_OUTSIDE' },
    ]);
    expect(result.skipped).toEqual([]);
    await close();
  });

  test('/proc, /sys, /dev and links into them are refused as library folders', async () => {
    const { db, deps, close } = await setup();
    const lib = libraryDir();
    fs.symlinkSync('/proc', path.join(lib, 'proc-link'));
    const result = await addFolders(deps, ['/proc', '/sys', '/dev', path.join(lib, 'proc-link'), '/proc/self/fd']);
    expect(result.added).toEqual([]);
    expect(result.skipped.map((s) => s.code)).toEqual(['SYSTEM_FOLDER', 'SYSTEM_FOLDER', 'SYSTEM_FOLDER', 'SYSTEM_FOLDER', 'SYSTEM_FOLDER']);
    expect(result.skipped[0]!.reason).toMatch(/is a system folder \(\/proc, \/sys, \/dev\), not a library/);
    expect(await db.selectFrom('library_roots').select('id').execute()).toEqual([]);
    await close();
  });

  test('`Show/back -> ../..` never gives a series the folders of other series; a link to a video is that video', async () => {
    const { db, deps, close } = await setup();
    const lib = libraryDir();
    writeTree(lib, { 'Show L/Show L - 01.mkv': '', 'Show L/poster.jpg': '', 'Other/Other - 01.mkv': '', 'Other/Other - 02.mkv': '', 'Other/fanart.jpg': 'x' });
    fs.symlinkSync('../..', path.join(lib, 'Show L', 'back'));
    fs.symlinkSync('../Other/Other - 01.mkv', path.join(lib, 'Show L', 'Show L - 02.mkv'));
    fs.symlinkSync('../Other/fanart.jpg', path.join(lib, 'Show L', 'fanart.jpg'));
    const { added } = await addFolders(deps, [lib]);
    const show = added.find((s) => s.title === 'Show L')!;
    const result = await scanSeries(deps, show.id);
    expect(result.videoCount).toBe(2);
    // Artwork is read and served, so a link to another series' picture is not taken for its own.
    expect(result.unreadable.map((u) => [path.basename(u.path), u.code]).sort()).toEqual([
      ['back', 'SYMLINK_OUTSIDE'],
      ['fanart.jpg', 'SYMLINK_OUTSIDE'],
    ]);
    const paths = (await db.selectFrom('episodes').select('path').where('series_id', '=', show.id).orderBy('path').execute()).map((e) => e.path);
    expect(paths).toEqual([path.join(lib, 'Show L', 'Show L - 01.mkv'), path.join(lib, 'Show L', 'Show L - 02.mkv')]);
    expect(await db.selectFrom('series').select('has_fanart').where('id', '=', show.id).executeTakeFirstOrThrow()).toEqual({ has_fanart: 0 });
    await close();
  });
});

describe('a library of links into a downloads folder (FileBot\'s symlink action, debrid mounts)', () => {
  test('its series are found and loaded, episode NFOs go beside the links, and nothing is written in the downloads folder', async () => {
    const core = await testCore();
    const lib = libraryDir();
    const downloads = libraryDir();
    writeTree(downloads, { 'Frieren.S01E01.1080p.WEB/frieren.s01e01.mkv': 'one', 'Frieren.S01E02.1080p.WEB/frieren.s01e02.mkv': 'two!', 'Bocchi.05.mkv': 'five' });
    writeTree(lib, { 'Bocchi the Rock!/tvshow.nfo': '<tvshow><title>Bocchi the Rock!</title></tvshow>' });
    fs.mkdirSync(path.join(lib, 'Frieren', 'Season 01'), { recursive: true });
    fs.symlinkSync(path.join(downloads, 'Frieren.S01E01.1080p.WEB', 'frieren.s01e01.mkv'), path.join(lib, 'Frieren', 'Season 01', 'Frieren - S01E01.mkv'));
    fs.symlinkSync(path.join(downloads, 'Frieren.S01E02.1080p.WEB', 'frieren.s01e02.mkv'), path.join(lib, 'Frieren', 'Season 01', 'Frieren - S01E02.mkv'));
    fs.symlinkSync(path.join(downloads, 'Bocchi.05.mkv'), path.join(lib, 'Bocchi the Rock!', 'Bocchi the Rock! - 05.mkv'));
    const downloadsBefore = treeOf(downloads);
    const { added, warnings } = await core.addFolders([lib]);
    expect(added.map((s) => s.title).sort()).toEqual(['Bocchi the Rock!', 'Frieren']);
    expect(warnings ?? []).toEqual([]);
    await core.startLoader();
    await core.whenLoaderIdle();
    await core.episodeNfos.whenIdle();
    const frieren = await core.getSeries(added.find((s) => s.title === 'Frieren')!.id);
    expect(frieren).toMatchObject({ loadingStatus: 'completed', videoCount: 2, unreadable: [] });
    expect(frieren.episodes.map((e) => [path.basename(e.path), e.season, e.episodes])).toEqual([
      ['Frieren - S01E01.mkv', 1, [1]],
      ['Frieren - S01E02.mkv', 1, [2]],
    ]);
    // The size is the linked file's, not the link's: a replaced download is seen as a change.
    const sizes = await core.db.selectFrom('episodes').select('size').where('series_id', '=', frieren.id).orderBy('path').execute();
    expect(sizes.map((e) => e.size)).toEqual([3, 4]);
    expect(fs.lstatSync(path.join(lib, 'Frieren', 'Season 01', 'Frieren - S01E02.nfo')).isFile()).toBe(true);
    expect(fs.existsSync(path.join(lib, 'Bocchi the Rock!', 'Bocchi the Rock! - 05.nfo'))).toBe(true);
    expect(fs.existsSync(path.join(lib, 'Frieren', 'tvshow.nfo'))).toBe(true);
    expect(treeOf(downloads)).toEqual(downloadsBefore);
    await core.close();
  });
});

describe('writes stay inside the series folder', () => {
  test('a tvshow.nfo linked to a file inside the series is written through; the link stays a link', async () => {
    const lib = libraryDir();
    const show = path.join(lib, 'Show');
    writeTree(lib, { 'Show/e01.mkv': '', 'Show/meta/show.nfo': '<tvshow><title>Old</title></tvshow>' });
    fs.symlinkSync('meta/show.nfo', path.join(show, 'tvshow.nfo'));
    const saved = await saveTvshowNfo(show, { title: 'New' });
    expect(saved.written).toBe(true);
    expect(fs.lstatSync(path.join(show, 'tvshow.nfo')).isSymbolicLink()).toBe(true);
    expect(fs.readFileSync(path.join(show, 'meta', 'show.nfo'), 'utf8')).toMatch(/<title>New<\/title>/);
  });

  test('a tvshow.nfo linked outside the series is refused: the outside file and the link are left as they are', async () => {
    const lib = libraryDir();
    const other = libraryDir();
    const show = path.join(lib, 'Show');
    writeTree(lib, { 'Show/e01.mkv': '', 'Neighbour/tvshow.nfo': '<tvshow><title>Neighbour</title></tvshow>' });
    writeTree(other, { 'tvshow.nfo': '<tvshow><title>Elsewhere</title></tvshow>' });
    for (const [name, target] of [['tvshow.nfo', path.join(other, 'tvshow.nfo')], ['TVShow.NFO', '../Neighbour/tvshow.nfo']] as const) {
      for (const f of fs.readdirSync(show)) if (f.toLowerCase() === 'tvshow.nfo') fs.unlinkSync(path.join(show, f));
      fs.symlinkSync(target, path.join(show, name));
      await expect(saveTvshowNfo(show, { title: 'Hijacked' })).rejects.toMatchObject({ code: 'WRITE_OUTSIDE', message: expect.stringMatching(/outside the series folder/) });
      expect(fs.lstatSync(path.join(show, name)).isSymbolicLink()).toBe(true);
    }
    expect(fs.readFileSync(path.join(other, 'tvshow.nfo'), 'utf8')).toBe('<tvshow><title>Elsewhere</title></tvshow>');
    expect(fs.readFileSync(path.join(lib, 'Neighbour', 'tvshow.nfo'), 'utf8')).toBe('<tvshow><title>Neighbour</title></tvshow>');
  });

  test('a series folder that is itself reached through a link outside is never written', async () => {
    const lib = libraryDir();
    const other = libraryDir();
    writeTree(other, { 'Real Show/e01.mkv': '' });
    writeTree(lib, { 'Show/e01.mkv': '' });
    // The folder's nfo name is a link to a folder outside: writing "into" it must be refused.
    fs.symlinkSync(path.join(other, 'Real Show'), path.join(lib, 'Show', 'sub'));
    const { writeInsideSeries } = await import('../fs/library-write');
    await expect(writeInsideSeries(path.join(lib, 'Show'), path.join(lib, 'Show', 'sub', 'tvshow.nfo'), 'x')).rejects.toMatchObject({ code: 'WRITE_OUTSIDE' });
    expect(fs.existsSync(path.join(other, 'Real Show', 'tvshow.nfo'))).toBe(false);
  });
});
