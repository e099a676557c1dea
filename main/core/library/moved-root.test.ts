import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { listNotWanted, setNotWanted } from '../db/repos/not-wanted';
import { isOurs } from '../db/repos/written-files';
import { asUser } from '../testing/library-write-guard';
import { loadedLibrary, testCore } from '../testing/core';
import { libraryDir, writeTree } from '../testing/temp';

// A whole library folder that moved: its series were offline where they were, never missing,
// and adding the new place must not make a second copy of each without what the user set.

const library = {
  'Alpha/Alpha - 01.mkv': 'a1',
  'Alpha/Alpha - 02.mkv': 'a22',
  'Beta/Season 1/Beta - S01E01.mkv': 'b1',
  'Gamma/Gamma - 01.mkv': 'g1',
};

/** Moves `lib` elsewhere as a remount would; an empty folder stays where it was (the bare mount point). */
function remount(lib: string): string {
  const to = path.join(libraryDir(), 'new-mount');
  asUser(() => fs.renameSync(lib, to));
  fs.mkdirSync(lib);
  return to;
}

describe('a library folder found at a new place', () => {
  test('keeps its series, ids and everything set on them; new series join it, and one not there is missing', async () => {
    const { core, lib, id } = await loadedLibrary(library);
    const alpha = id('Alpha');
    await core.saveMetadata(alpha, { title: 'Alpha (my title)', locked: true });
    await setNotWanted(core.db, { seriesId: id('Beta'), season: 1, episode: 2 }, true, new Date());
    const to = remount(lib);
    asUser(() => {
      fs.rmSync(path.join(to, 'Gamma'), { recursive: true });
      fs.mkdirSync(path.join(to, 'Delta'));
      fs.writeFileSync(path.join(to, 'Delta', 'Delta - 01.mkv'), 'd1');
    });

    const result = await core.addFolders([to]);
    expect(result.movedRoots).toEqual([{ rootId: expect.any(Number), from: lib, to, series: 3, found: 2 }]);
    expect(result.added.map((s) => s.title)).toEqual(['Delta']);
    expect(result.skipped).toEqual([]);
    expect((await core.db.selectFrom('library_roots').select('path').execute()).map((r) => r.path)).toEqual([to]);

    await core.whenLoaderIdle();
    await core.episodeNfos.whenIdle();
    const series = await core.listSeries();
    expect(series.map((s) => [s.title, s.path, s.state, s.loadingStatus]).sort()).toEqual([
      ['Alpha (my title)', path.join(to, 'Alpha'), 'present', 'completed'],
      ['Beta', path.join(to, 'Beta'), 'present', 'completed'],
      ['Delta', path.join(to, 'Delta'), 'present', 'completed'],
      ['Gamma', path.join(to, 'Gamma'), 'missing', expect.any(String)],
    ]);
    expect(series.find((s) => s.title === 'Alpha (my title)')!.id).toBe(alpha);
    expect(await listNotWanted(core.db)).toEqual([{ seriesId: id('Beta'), season: 1, episode: 2 }]);
    const detail = await core.getSeries(alpha);
    expect(detail.episodes.map((e) => e.path)).toEqual([path.join(to, 'Alpha', 'Alpha - 01.mkv'), path.join(to, 'Alpha', 'Alpha - 02.mkv')]);
    // The NFOs Anishelf wrote are still known as its own at their new place, so they stay its to update.
    const nfo = path.join(to, 'Alpha', 'Alpha - 01.nfo');
    expect(await isOurs(core.db, nfo, fs.readFileSync(nfo))).toBe(true);
    expect(fs.readdirSync(lib)).toEqual([]);
    await core.close();
  });

  test('a series the user removed stays out at the new place', async () => {
    const { core, lib, id } = await loadedLibrary(library);
    await core.removeSeries(id('Gamma'));
    const to = remount(lib);
    const result = await core.addFolders([to]);
    expect(result.movedRoots).toMatchObject([{ from: lib, to, series: 2, found: 2 }]);
    expect(result.added).toEqual([]);
    expect(result.skipped.map((s) => s.path)).toEqual([path.join(to, 'Gamma')]);
    expect((await core.listRoots()).map((r) => r.keptOut)).toEqual([[path.join(to, 'Gamma')]]);
    await core.close();
  });

  test('series added one by one, whose drive is then added as one library folder at its new place, keep their ids and settings', async () => {
    const core = await testCore();
    const lib = libraryDir();
    writeTree(lib, library);
    // Dropped as three series folders, not as their library folder.
    const { added } = await core.addFolders(['Alpha', 'Beta', 'Gamma'].map((name) => path.join(lib, name)));
    await core.startLoader();
    await core.whenLoaderIdle();
    const id = (name: string) => added.find((s) => path.basename(s.path) === name)!.id;
    await core.saveMetadata(id('Alpha'), { title: 'Alpha (my title)', locked: true });
    const to = remount(lib);
    asUser(() => fs.writeFileSync(path.join(to, 'Gamma', 'Gamma - 01.mkv'), 'another release, another size'));
    asUser(() => fs.mkdirSync(path.join(to, 'Delta')));
    asUser(() => fs.writeFileSync(path.join(to, 'Delta', 'Delta - 01.mkv'), 'd1'));

    const result = await core.addFolders([to]);
    expect(result.moved?.map((m) => [m.from, m.series.id, m.series.path])).toEqual([
      [path.join(lib, 'Alpha'), id('Alpha'), path.join(to, 'Alpha')],
      [path.join(lib, 'Beta'), id('Beta'), path.join(to, 'Beta')],
    ]);
    // Gamma holds other videos now: another series. The old Gamma stays where it was, offline.
    expect(result.added.map((s) => s.title).sort()).toEqual(['Delta', 'Gamma']);
    expect(result.skipped).toEqual([]);
    expect((await core.db.selectFrom('library_roots').select('path').orderBy('id').execute()).map((r) => r.path)).toEqual([path.join(lib, 'Gamma'), to]);
    await core.whenLoaderIdle();
    const detail = await core.getSeries(id('Alpha'));
    expect(detail).toMatchObject({ title: 'Alpha (my title)', path: path.join(to, 'Alpha'), state: 'present', loadingStatus: 'completed' });
    expect(detail.episodes.map((e) => e.path)).toEqual([path.join(to, 'Alpha', 'Alpha - 01.mkv'), path.join(to, 'Alpha', 'Alpha - 02.mkv')]);
    await core.close();
  });

  test('a copy beside a library that is still there is a library of its own, never a move', async () => {
    const { core, lib } = await loadedLibrary(library);
    const copy = path.join(libraryDir(), 'copy');
    fs.cpSync(lib, copy, { recursive: true });
    const result = await core.addFolders([copy]);
    expect(result.movedRoots).toBeUndefined();
    expect(result.added.map((s) => s.title).sort()).toEqual(['Alpha', 'Beta', 'Gamma']);
    expect((await core.db.selectFrom('library_roots').select('path').orderBy('id').execute()).map((r) => r.path)).toEqual([lib, copy]);
    await core.close();
  });

  test('series of the same names with other videos are other series: the old library folder stays where it was', async () => {
    const { core, lib } = await loadedLibrary(library);
    const to = remount(lib);
    asUser(() => {
      for (const file of ['Alpha/Alpha - 01.mkv', 'Alpha/Alpha - 02.mkv', 'Beta/Season 1/Beta - S01E01.mkv', 'Gamma/Gamma - 01.mkv']) fs.writeFileSync(path.join(to, file), 'another release, another size');
    });
    const result = await core.addFolders([to]);
    expect(result.movedRoots).toBeUndefined();
    expect(result.added).toHaveLength(3);
    expect((await core.db.selectFrom('library_roots').select('path').orderBy('id').execute()).map((r) => r.path)).toEqual([lib, to]);
    await core.close();
  });
});
