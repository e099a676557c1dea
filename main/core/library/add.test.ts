import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { testDatabase } from '../testing/database';
import { asUser } from '../testing/library-write-guard';
import { unreadableDir } from '../testing/faults';
import { libraryDir, writeTree } from '../testing/temp';
import { addFolders, newSeriesRow } from './add';
import { asyncFsOps, type FsOps } from '../media/fs-ops';
import { insertRoot } from '../db/repos/roots';
import { insertSeries } from '../db/repos/series';
import { queueLoadJobs } from '../db/repos/jobs';
import { listSeries as querySeries } from './list-series';
import { removeSeries } from './series-detail';

const NOW = '2026-01-01T00:00:00.000Z';

async function setup() {
  const database = await testDatabase();
  const lib = libraryDir();
  return { ...database, lib, deps: { db: database.db, dataDir: database.dataDir } };
}

function jobsOf(db: Awaited<ReturnType<typeof setup>>['db']) {
  return db.selectFrom('jobs').select(['series_id', 'state', 'kind']).orderBy('series_id').execute();
}

describe('addFolders', () => {
  test('a library root adds every series as pending, with one queued job each, and returns them', async () => {
    const { db, lib, deps, close } = await setup();
    writeTree(lib, { 'Sousou no Frieren (2023)/Season 1/e01.mkv': '', 'Frieren [tvdbid-424536]/e01.mkv': '', 'Shingeki no Kyojin S3/e01.mkv': '' });
    const result = await addFolders(deps, [lib]);
    expect(result.skipped).toEqual([]);
    expect(result.added.map((s) => [s.title, s.year, s.loadingStatus])).toEqual([
      ['Frieren', null, 'pending'],
      ['Shingeki no Kyojin', null, 'pending'],
      ['Sousou no Frieren', 2023, 'pending'],
    ]);
    expect(await jobsOf(db)).toEqual(result.added.map((s) => ({ series_id: s.id, state: 'queued', kind: 'load' })));
    const roots = await db.selectFrom('library_roots').selectAll().execute();
    expect(roots).toMatchObject([{ path: lib, kind: 'library', state: 'online' }]);
    await close();
  });

  test('a series folder found that holds series of the library (sagas added before as series) is not added, and the add says why', async () => {
    const { db, lib, deps, close } = await setup();
    writeTree(lib, { 'One Piece/East Blue Saga/One Piece - 001.mkv': '', 'One Piece/Alabasta Saga/One Piece - 062.mkv': '', 'Other/Other - 01.mkv': '' });
    // How an older Anishelf left this library: each saga a series of its own.
    const rootId = await insertRoot(db, { path: lib, kind: 'library', state: 'online', added_at: NOW, last_seen_at: NOW });
    await insertSeries(db, ['One Piece/East Blue Saga', 'One Piece/Alabasta Saga', 'Other'].map((p) => newSeriesRow(path.join(lib, p), rootId, NOW)));
    const again = await addFolders(deps, [lib]);
    expect(again.added).toEqual([]);
    expect(again.warnings).toContainEqual({
      path: path.join(lib, 'One Piece'), code: 'NESTED_SERIES',
      reason: 'holds 2 series already in the library (Alabasta Saga, East Blue Saga); remove them from the library to have One Piece added as one series',
    });
    const alone = await addFolders(deps, [path.join(lib, 'One Piece')]);
    expect(alone.added).toEqual([]);
    expect(alone.warnings?.map((w) => w.code)).toEqual(['NESTED_SERIES']);
    expect((await db.selectFrom('library_roots').select('path').execute()).map((r) => r.path)).toEqual([lib]);
    expect((await db.selectFrom('series').select('path').orderBy('path').execute()).map((r) => path.relative(lib, r.path))).toEqual(['One Piece/Alabasta Saga', 'One Piece/East Blue Saga', 'Other']);
    await close();
  });

  test('a big folder is written in steps, with the event loop let through between them; every series and job is written', async () => {
    const { db, lib, deps, close } = await setup();
    const rootId = await insertRoot(db, { path: lib, kind: 'library', state: 'online', added_at: NOW, last_seen_at: NOW });
    const rows = Array.from({ length: 2000 }, (_, i) => newSeriesRow(path.join(lib, `Show ${i}`), rootId, NOW));
    // Counts the event loop's turns while each write runs (each turn runs the check phase once).
    const turnsDuring = async <T>(work: Promise<T>) => {
      let turns = 0;
      let done = false;
      const count = () => {
        turns++;
        if (!done) setImmediate(count);
      };
      setImmediate(count);
      const value = await work;
      done = true;
      return { value, turns };
    };
    // better-sqlite3 answers synchronously: without the steps, neither write would give up the loop once.
    const series = await turnsDuring(insertSeries(db, rows));
    expect(series.value).toHaveLength(2000);
    expect(series.turns).toBeGreaterThanOrEqual(4);
    const jobs = await turnsDuring(queueLoadJobs(db, series.value.map((s) => s.id), NOW));
    expect(jobs.value).toBe(2000);
    expect(jobs.turns).toBeGreaterThanOrEqual(3);
    expect(await jobsOf(db)).toHaveLength(2000);
    // And through addFolders: a folder of 1,500 series comes in whole.
    const other = path.join(lib, 'more');
    writeTree(other, Object.fromEntries(Array.from({ length: 1500 }, (_, i) => [`Other ${i}/e01.mkv`, ''])));
    expect((await addFolders(deps, [other])).added).toHaveLength(1500);
    await close();
  });

  test('adding a library folder again adds the series folders that appeared since, under the same root', async () => {
    const { db, lib, deps, close } = await setup();
    writeTree(lib, { 'A/e1.mkv': '', 'B/e1.mkv': '' });
    await addFolders(deps, [lib]);
    writeTree(lib, { 'C/e1.mkv': '' });
    const again = await addFolders(deps, [lib]);
    expect(again.added.map((s) => s.title)).toEqual(['C']);
    expect(again.skipped).toEqual([{ path: lib, reason: '2 series already in the library, kept as they are', kept: true }]);
    expect(await db.selectFrom('library_roots').select('path').execute()).toEqual([{ path: lib }]);
    expect(new Set((await db.selectFrom('series').select('root_id').execute()).map((r) => r.root_id)).size).toBe(1);
    expect(await jobsOf(db)).toHaveLength(3);
    await close();
  });

  test('one series folder added on its own is a series root', async () => {
    const { db, lib, deps, close } = await setup();
    writeTree(lib, { 'Show/e01.mkv': '' });
    const result = await addFolders(deps, [pathToFileURL(path.join(lib, 'Show')).href]);
    expect(result.added).toHaveLength(1);
    expect(await db.selectFrom('library_roots').select(['kind', 'path']).execute()).toEqual([{ kind: 'series', path: path.join(lib, 'Show') }]);
    await close();
  });

  test('adding the same folder twice adds nothing and says so; a folder inside a root adds only what is new', async () => {
    const { db, lib, deps, close } = await setup();
    writeTree(lib, { 'Group/A/e1.mkv': '', 'Group/B/e1.mkv': '' });
    expect((await addFolders(deps, [lib, lib])).skipped).toEqual([{ path: lib, reason: 'given more than once; added once' }]);
    expect(await addFolders(deps, [lib])).toEqual({ added: [], skipped: [{ path: lib, reason: 'already in the library; no new series found' }] });

    writeTree(lib, { 'Group/C/e1.mkv': '' });
    const nested = await addFolders(deps, [path.join(lib, 'Group')]);
    expect(nested.added.map((s) => s.title)).toEqual(['C']);
    expect(nested.skipped).toEqual([{ path: path.join(lib, 'Group'), reason: '2 series already in the library, kept as they are', kept: true }]);
    expect(await db.selectFrom('library_roots').select('path').execute()).toEqual([{ path: lib }]);

    const inside = await addFolders(deps, [path.join(lib, 'Group', 'A')]);
    expect(inside.skipped).toEqual([{ path: path.join(lib, 'Group', 'A'), reason: 'already in the library' }]);
    writeTree(lib, { 'Group/A/Season 2/e1.mkv': '' });
    const season = await addFolders(deps, [path.join(lib, 'Group', 'A', 'Season 2')]);
    expect(season.skipped[0]!.reason).toMatch(/is inside .*Group\/A, which is already in the library/);
    expect((await querySeries(db)).map((s) => s.title)).toEqual(['A', 'B', 'C']);
    expect(await jobsOf(db)).toHaveLength(3);
    await close();
  });

  test('bad inputs each get one clear reason and change nothing', async () => {
    const { db, lib, deps, close } = await setup();
    writeTree(lib, { 'file.mkv': '', 'Empty/': '' });
    const locked = unreadableDir(lib, 'Locked');
    const loop = path.join(lib, 'loop');
    fs.symlinkSync(loop, loop);
    const result = await addFolders(deps, [
      path.join(lib, 'nope'),
      path.join(lib, 'file.mkv'),
      locked,
      '/a\0b',
      `/${'x'.repeat(5000)}`,
      `${lib}/${'y'.repeat(300)}`,
      path.join(lib, 'Empty'),
      loop,
      deps.dataDir,
      '/',
      'smb://nas/anime',
      42,
    ]);
    expect(result.added).toEqual([]);
    expect(result.skipped.map((s) => s.code ?? s.reason)).toEqual([
      'NOT_FOUND', 'NOT_A_FOLDER', 'NOT_READABLE', 'BAD_PATH', 'BAD_PATH', 'BAD_PATH', 'no series found (no video files)', 'SYMLINK_LOOP', 'DATA_DIR', 'DRIVE_ROOT', 'BAD_PATH', 'BAD_PATH',
    ]);
    for (const s of result.skipped) expect(s.reason.length).toBeLessThan(400);
    expect(await db.selectFrom('series').select('id').execute()).toEqual([]);
    expect(await db.selectFrom('library_roots').select('id').execute()).toEqual([]);
    await close();
  });

  test('a season folder given on its own is refused with the series folder to add instead; a title that starts with S2 is a series', async () => {
    const { db, lib, deps, close } = await setup();
    writeTree(lib, { 'Frieren/Season 1/e01.mkv': '', 'Frieren/Specials/sp1.mkv': '', 'Mob/S02/e01.mkv': '', 'S2 Shingeki/e01.mkv': '' });
    const seasons = [path.join(lib, 'Frieren', 'Season 1'), path.join(lib, 'Frieren', 'Specials'), path.join(lib, 'Mob', 'S02')];
    const refused = await addFolders(deps, seasons);
    expect(refused.added).toEqual([]);
    expect(refused.skipped.map((s) => [s.code, s.instead])).toEqual([
      ['SEASON_FOLDER', path.join(lib, 'Frieren')],
      ['SEASON_FOLDER', path.join(lib, 'Frieren')],
      ['SEASON_FOLDER', path.join(lib, 'Mob')],
    ]);
    expect(refused.skipped[0]!.reason).toBe(
      `${seasons[0]} is a season folder of ${path.join(lib, 'Frieren')}; add the series folder ${path.join(lib, 'Frieren')} instead (Kodi reads a series' tvshow.nfo beside its season folders).`,
    );
    expect(await db.selectFrom('library_roots').select('id').execute()).toEqual([]);
    expect(fs.readdirSync(path.join(lib, 'Frieren', 'Season 1'))).toEqual(['e01.mkv']);

    // A disc given on its own: its series is the folder to add.
    writeTree(lib, { 'Discs/Season 1/Discs S01E01/VIDEO_TS/VIDEO_TS.IFO': '', 'Discs/Season 1/Discs S01E01/VIDEO_TS/VTS_01_1.VOB': '', 'Boxed/Disc 2/Boxed - 05.mkv': '' });
    const discs = await addFolders(deps, [path.join(lib, 'Discs/Season 1/Discs S01E01/VIDEO_TS'), path.join(lib, 'Boxed/Disc 2')]);
    expect(discs.added).toEqual([]);
    expect(discs.skipped.map((s) => [s.code, s.instead])).toEqual([['DISC_FOLDER', path.join(lib, 'Discs')], ['DISC_FOLDER', path.join(lib, 'Boxed')]]);
    expect(discs.skipped[1]!.reason).toBe(
      `${path.join(lib, 'Boxed/Disc 2')} is a disc of ${path.join(lib, 'Boxed')}; add the series folder ${path.join(lib, 'Boxed')} instead (a disc rip is one video of its series, as in Kodi).`,
    );

    const series = await addFolders(deps, [path.join(lib, 'S2 Shingeki'), path.join(lib, 'Frieren')]);
    expect(series.added.map((s) => s.title)).toEqual(['S2 Shingeki', 'Frieren']);
    await close();
  });

  test('a library folder looked through again stays a library when a stray season folder, video or tvshow.nfo appears at its top', async () => {
    const { db, lib, deps, close } = await setup();
    writeTree(lib, { 'A Show/e1.mkv': '', 'B Show/e1.mkv': '' });
    expect((await addFolders(deps, [lib])).added).toHaveLength(2);
    writeTree(lib, { 'Season 2/x - 01.mkv': '', 'stray.mkv': '', 'tvshow.nfo': '<tvshow/>', 'C Show/e1.mkv': '' });
    const again = await addFolders(deps, [lib]);
    expect(again.added.map((s) => s.title)).toEqual(['C Show']);
    expect(again.warnings).toEqual([
      { path: path.join(lib, 'Season 2'), reason: "skipped: it is a season folder outside any series folder, so it is not added; move it into its series' folder to have it read", code: 'STRAY_SEASON_FOLDER' },
      { path: path.join(lib, 'stray.mkv'), reason: "skipped: it is a video outside any series folder, so it is not added; move it into its series' folder to have it read", code: 'STRAY_VIDEO' },
    ]);
    expect((await db.selectFrom('series').select('path').orderBy('path').execute()).map((r) => r.path)).toEqual(['A Show', 'B Show', 'C Show'].map((s) => path.join(lib, s)));
    expect(await db.selectFrom('library_roots').select(['path', 'kind']).execute()).toEqual([{ path: lib, kind: 'library' }]);
    await close();
  });

  test('unreadable subfolders are reported as warnings while the rest is added', async () => {
    const { lib, deps, close } = await setup();
    writeTree(lib, { 'Good/e1.mkv': '' });
    const locked = unreadableDir(lib, 'Locked');
    const result = await addFolders(deps, [lib]);
    expect(result.added.map((s) => s.title)).toEqual(['Good']);
    expect(result.warnings).toEqual([{ path: locked, reason: 'skipped: Anishelf is not allowed to read it; check its permissions', code: 'EACCES' }]);
    await close();
  });

  test('a series folder whose name is not valid UTF-8 is reported with BAD_NAME_ENCODING, not dropped without a word', async () => {
    const { lib, deps, close } = await setup();
    writeTree(lib, { 'Good/e1.mkv': '' });
    // "Pokémon" written in Latin-1, as an old share may have it.
    const latin1 = Buffer.concat([Buffer.from(`${lib}/Pok`), Buffer.from([0xe9]), Buffer.from('mon')]);
    fs.mkdirSync(latin1);
    fs.writeFileSync(Buffer.concat([latin1, Buffer.from('/Pokemon - 01.mkv')]), '');
    const result = await addFolders(deps, [lib]);
    expect(result.added.map((s) => s.title)).toEqual(['Good']);
    expect(result.warnings).toEqual([
      { path: path.join(lib, 'Pok\uFFFDmon'), code: 'BAD_NAME_ENCODING', reason: 'skipped: its name is not valid UTF-8 (written in an older encoding, such as Latin-1); rename it to have it read' },
    ]);
    await close();
  });

  test('Japanese, emoji, NFC/NFD twins, a trailing dot and CON keep one row each', async () => {
    const { db, lib, deps, close } = await setup();
    const names = ['葬送のフリーレン', '🎌 Anime', 'Pokémon'.normalize('NFC'), 'Pokémon'.normalize('NFD'), 'Trailing.', 'CON'];
    for (const name of names) writeTree(lib, { [`${name}/e01.mkv`]: '' });
    const result = await addFolders(deps, [lib]);
    expect(result.added).toHaveLength(names.length);
    expect(new Set(result.added.map((s) => path.basename(s.path)))).toEqual(new Set(names));
    expect((await addFolders(deps, [lib])).added).toEqual([]);
    expect(await db.selectFrom('series').select('id').execute()).toHaveLength(names.length);
    await close();
  });

  test('a case-only rename of a series folder loses no row: the new spelling is added, the old one stays until removed', async () => {
    const { db, lib, deps, close } = await setup();
    writeTree(lib, { 'frieren/e01.mkv': '' });
    await addFolders(deps, [lib]);
    asUser(() => fs.renameSync(path.join(lib, 'frieren'), path.join(lib, 'Frieren')));
    const second = await addFolders(deps, [path.join(lib, 'Frieren')]);
    expect(second.added.map((s) => s.path)).toEqual([path.join(lib, 'Frieren')]);
    expect((await db.selectFrom('series').select('path').orderBy('path').execute()).map((r) => r.path)).toEqual([path.join(lib, 'Frieren'), path.join(lib, 'frieren')]);
    await close();
  });
});

describe('overlapping and unreadable folders', () => {
  test('a series whose only season folder is unreadable is reported like an unreadable series folder, not dropped silently', async () => {
    const { lib, deps, close } = await setup();
    writeTree(lib, { 'Good/e1.mkv': '' });
    const season = unreadableDir(path.join(lib, 'Closed Show'), 'Season 1');
    const result = await addFolders(deps, [lib]);
    expect(result.added.map((s) => s.title)).toEqual(['Good']);
    expect(result.warnings).toEqual([{ path: season, reason: 'skipped: Anishelf is not allowed to read it; check its permissions', code: 'EACCES' }]);
    await close();
  });

  test('adding a parent after its child merges the two roots: the child becomes part of the parent, its series keep their rows', async () => {
    const { db, lib, deps, close } = await setup();
    writeTree(lib, { 'Airing/A/e1.mkv': '', 'Airing/B/e1.mkv': '', 'Done/C/e1.mkv': '' });
    const child = await addFolders(deps, [path.join(lib, 'Airing')]);
    const before = await db.selectFrom('series').select(['id', 'path', 'added_at']).orderBy('id').execute();
    expect(child.added.map((s) => s.title)).toEqual(['A', 'B']);

    const parent = await addFolders(deps, [lib]);
    expect(parent.added.map((s) => s.title)).toEqual(['C']);
    expect(parent.skipped).toEqual([
      { path: path.join(lib, 'Airing'), reason: `was already in the library; it is now part of ${lib}`, kept: true },
      { path: lib, reason: '2 series already in the library, kept as they are', kept: true },
    ]);
    const roots = await db.selectFrom('library_roots').select(['id', 'path']).execute();
    expect(roots.map((r) => r.path)).toEqual([lib]);
    const after = await db.selectFrom('series').select(['id', 'path', 'added_at', 'root_id']).orderBy('id').execute();
    expect(after.slice(0, 2).map(({ id, path: p, added_at }) => ({ id, path: p, added_at }))).toEqual(before);
    expect(new Set(after.map((r) => r.root_id))).toEqual(new Set([roots[0]!.id]));
    expect(await jobsOf(db)).toHaveLength(3);
    await close();
  });

  test('many folders in one call (a drop) are read together but recorded in the order given, each seeing the ones before it', async () => {
    const { db, lib, deps, close } = await setup();
    const shows = Array.from({ length: 40 }, (_, i) => `Show ${String(i).padStart(2, '0')}`);
    writeTree(lib, Object.fromEntries(shows.map((s) => [`Drop/${s}/e1.mkv`, ''])));
    writeTree(lib, { 'Airing/A/e1.mkv': '', 'Airing/B/e1.mkv': '' });
    const drop = shows.map((s) => path.join(lib, 'Drop', s));
    // Child before parent: the child is added, then made part of the parent. Parent before child:
    // the child is already in. A folder given twice is added once; a file is refused in its place.
    const result = await addFolders(deps, [
      ...drop.slice(0, 20),
      path.join(lib, 'Airing', 'A'),
      path.join(lib, 'Airing'),
      path.join(lib, 'Airing', 'B'),
      drop[3],
      path.join(lib, 'Drop', 'Show 05', 'e1.mkv'),
      ...drop.slice(20),
    ]);
    expect(result.added.map((s) => s.title)).toEqual([...shows.slice(0, 20), 'A', 'B', ...shows.slice(20)]);
    expect(result.skipped).toEqual([
      { path: path.join(lib, 'Airing', 'A'), reason: `was already in the library; it is now part of ${path.join(lib, 'Airing')}`, kept: true },
      { path: path.join(lib, 'Airing'), reason: '1 series already in the library, kept as they are', kept: true },
      { path: path.join(lib, 'Airing', 'B'), reason: 'already in the library' },
      { path: drop[3], reason: 'given more than once; added once' },
      { path: path.join(lib, 'Drop', 'Show 05', 'e1.mkv'), reason: `${path.join(lib, 'Drop', 'Show 05', 'e1.mkv')} is a file, not a folder.`, code: 'NOT_A_FOLDER' },
    ]);
    const roots = await db.selectFrom('library_roots').select('path').orderBy('id').execute();
    expect(roots.map((r) => r.path)).toEqual([...drop.slice(0, 20), path.join(lib, 'Airing'), ...drop.slice(20)]);
    expect(await jobsOf(db)).toHaveLength(42);
    await close();
  });
});

describe('a folder whose drive or share stops answering', () => {
  // Long enough that no healthy call on a busy machine comes near it; the hung calls never answer.
  const TIMEOUT_MS = 1500;
  const never = new Promise<never>(() => {});

  /** The real calls, except that `hangs` decides which never answer, like a dead share's. */
  function hangingFs(hangs: (call: string, p: string) => boolean): FsOps {
    return {
      readdir: (p) => (hangs('readdir', p) ? never : asyncFsOps.readdir(p)),
      stat: (p) => (hangs('stat', p) ? never : asyncFsOps.stat(p)),
      statIfAny: (p) => (hangs('stat', p) ? never : asyncFsOps.statIfAny(p)),
      realpath: (p) => (hangs('realpath', p) ? never : asyncFsOps.realpath(p)),
      readStart: (p, length) => (hangs('readStart', p) ? never : asyncFsOps.readStart(p, length)),
    };
  }

  test('a folder whose first call hangs is refused with NOT_RESPONDING; the other folders of the same add are added', async () => {
    const { db, lib, deps, close } = await setup();
    writeTree(lib, { 'dead/Show A/e01.mkv': '', 'alive/Show B/e01.mkv': '' });
    const dead = path.join(lib, 'dead');
    const fsOps = hangingFs((call, p) => call === 'stat' && p === dead);
    const result = await addFolders({ ...deps, fs: fsOps, callTimeoutMs: TIMEOUT_MS }, [dead, path.join(lib, 'alive')]);
    expect(result.added.map((s) => s.title)).toEqual(['Show B']);
    expect(result.skipped).toEqual([{ path: dead, code: 'NOT_RESPONDING', reason: `${dead} did not answer within 2 s; is its drive or network share connected? Nothing was added from it.` }]);
    expect((await db.selectFrom('library_roots').select('path').execute()).map((r) => r.path)).toEqual([path.join(lib, 'alive')]);
    await close();
  });

  test('a share that stops answering during the walk adds nothing from it, not the part read before', async () => {
    const { db, lib, deps, close } = await setup();
    writeTree(lib, { 'Show A/e01.mkv': '', 'Show B/e01.mkv': '', 'Show C/e01.mkv': '' });
    const calls: string[] = [];
    const fsOps = hangingFs((call, p) => {
      calls.push(`${call} ${path.relative(lib, p)}`);
      return call === 'readdir' && p === path.join(lib, 'Show B');
    });
    const result = await addFolders({ ...deps, fs: fsOps, callTimeoutMs: TIMEOUT_MS }, [lib]);
    expect(result.added).toEqual([]);
    expect(result.skipped.map((s) => s.code)).toEqual(['NOT_RESPONDING']);
    expect(await db.selectFrom('series').select('id').execute()).toEqual([]);
    expect(await db.selectFrom('library_roots').select('id').execute()).toEqual([]);
    // The walk did reach the hanging folder (the refusal is not for some other reason).
    expect(calls).toContain('readdir Show B');
    await close();
  });
});

describe('removing', () => {
  test('removing series deletes rows only, never files; the root goes with its last series', async () => {
    const { db, lib, deps, close } = await setup();
    writeTree(lib, { 'A/e1.mkv': 'a', 'B/e1.mkv': 'b', 'B/tvshow.nfo': '<tvshow/>' });
    const { added } = await addFolders(deps, [lib]);
    const before = fs.readdirSync(lib, { recursive: true }).sort();
    await removeSeries(db, added[0]!.id);
    expect((await querySeries(db)).map((s) => s.title)).toEqual(['B']);
    expect(await db.selectFrom('library_roots').select('id').execute()).toHaveLength(1);
    await removeSeries(db, added[1]!.id);
    expect(await db.selectFrom('series').select('id').execute()).toEqual([]);
    expect(await db.selectFrom('library_roots').select('id').execute()).toEqual([]);
    expect(await db.selectFrom('jobs').select('id').execute()).toEqual([]);
    expect(fs.readdirSync(lib, { recursive: true }).sort()).toEqual(before);
    await close();
  });
});
