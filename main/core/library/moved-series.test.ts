import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { loadedLibrary, seriesFiles } from '../testing/core';
import { asUser } from '../testing/library-write-guard';
import { libraryDir, writeTree } from '../testing/temp';
import { markMissing } from '../db/repos/series';

// Real folders, a real core and its SQLite file: the user renames folders as they would in a file manager.

function rename(lib: string, from: string, to: string): void {
  fs.mkdirSync(path.dirname(path.join(lib, to)), { recursive: true });
  asUser(() => fs.renameSync(path.join(lib, from), path.join(lib, to)));
}

test('a series folder renamed in its library keeps its record: id, lock, not-wanted marks, settings; every stored path follows it', async () => {
  const { core, lib, id } = await loadedLibrary(seriesFiles({ 'Show A': 3, 'Show B': 2 }));
  const a = id('Show A');
  await core.saveMetadata(a, { title: 'My Own Title', locked: true });
  await core.missing.setNotWanted({ seriesId: a, season: 1, episode: 5 }, true);
  await core.missing.setShowSpecials(a, false);
  const oursBefore = await core.db.selectFrom('written_files').select(['path', 'hash']).where('path', 'like', `${lib}/Show A/%`).orderBy('path').execute();
  expect(oursBefore.map((w) => path.basename(w.path))).toContain('tvshow.nfo');

  // Renamed, and moved under a new grouping folder ("Airing/"), as a user tidying up might.
  rename(lib, 'Show A', 'Airing/Show A (2024)');
  const result = await core.addFolders([lib]);
  const moved = path.join(lib, 'Airing', 'Show A (2024)');
  expect(result.added).toEqual([]);
  expect(result.moved).toEqual([{ from: path.join(lib, 'Show A'), series: expect.objectContaining({ id: a, path: moved, title: 'My Own Title' }) }]);
  await core.whenLoaderIdle();

  const all = await core.listSeries();
  expect(all.map((s) => [s.id, s.path, s.state, s.loadingStatus, s.videoCount])).toEqual([
    [a, moved, 'present', 'completed', 3],
    [id('Show B'), path.join(lib, 'Show B'), 'present', 'completed', 2],
  ]);
  const detail = await core.getSeries(a);
  expect(detail).toMatchObject({ title: 'My Own Title', metadata: { locked: true } });
  expect((await core.db.selectFrom('series').select('nfo_path').where('id', '=', a).executeTakeFirstOrThrow()).nfo_path).toBe(path.join(moved, 'tvshow.nfo'));
  expect(await core.db.selectFrom('not_wanted').select(['series_id', 'season', 'episode']).execute()).toEqual([{ series_id: a, season: 1, episode: 5 }]);
  expect(await core.db.selectFrom('series_settings').select(['series_id', 'show_specials']).execute()).toEqual([{ series_id: a, show_specials: 0 }]);
  const episodes = await core.db.selectFrom('episodes').select(['path', 'nfo_path']).where('series_id', '=', a).orderBy('path').execute();
  expect(episodes.map((e) => path.relative(moved, e.path))).toEqual(['Show A - 01.mkv', 'Show A - 02.mkv', 'Show A - 03.mkv']);
  expect(episodes.every((e) => e.nfo_path?.startsWith(moved + path.sep))).toBe(true);
  // The files Anishelf wrote are still known as its own at their new place, with the same bytes.
  const oursAfter = await core.db.selectFrom('written_files').select(['path', 'hash']).where('path', 'like', `${moved}/%`).orderBy('path').execute();
  expect(oursAfter.map((w) => path.relative(moved, w.path))).toEqual(oursBefore.map((w) => path.relative(path.join(lib, 'Show A'), w.path)));
  expect(await core.db.selectFrom('written_files').select('path').where('path', 'like', `${lib}/Show A/%`).execute()).toEqual([]);
  expect(await core.db.selectFrom('folder_times').select('path').where('series_id', '=', a).execute()).not.toContainEqual({ path: path.join(lib, 'Show A') });
  expect(await core.roots.missing((await core.listRoots())[0]!.id)).toEqual([]);
  await core.close();
});

test('two series renamed at once are each paired with their own folder', async () => {
  const { core, lib, id } = await loadedLibrary(seriesFiles({ 'Show A': 2, 'Show B': 4 }));
  rename(lib, 'Show A', 'Show A renamed');
  rename(lib, 'Show B', 'Show B renamed');
  const result = await core.addFolders([lib]);
  expect(result.added).toEqual([]);
  expect(result.moved?.map((m) => [m.series.id, path.basename(m.from), path.basename(m.series.path)]).sort()).toEqual([
    [id('Show A'), 'Show A', 'Show A renamed'],
    [id('Show B'), 'Show B', 'Show B renamed'],
  ]);
  await core.close();
});

test('what is not a rename stays as before: other files, a copy, or files merged into a bigger folder are new series', async () => {
  const { core, lib, id } = await loadedLibrary(seriesFiles({ 'Show A': 2, 'Show B': 2, 'Show C': 2 }));
  // Show A gone, and a new folder whose files are other ones (renamed by a renamer, say).
  asUser(() => fs.rmSync(path.join(lib, 'Show A'), { recursive: true }));
  writeTree(lib, seriesFiles({ 'Show D': 2 }));
  // Show B copied: its folder is still there.
  fs.cpSync(path.join(lib, 'Show B'), path.join(lib, 'Show B copy'), { recursive: true });
  // Show C renamed, and three times as many other videos put beside its two.
  rename(lib, 'Show C', 'Show C and more');
  writeTree(lib, { 'Show C and more/x - 01.mkv': 'v', 'Show C and more/x - 02.mkv': 'v', 'Show C and more/x - 03.mkv': 'v', 'Show C and more/x - 04.mkv': 'v' });

  const result = await core.addFolders([lib]);
  expect(result.moved).toBeUndefined();
  expect(result.added.map((s) => path.basename(s.path)).sort()).toEqual(['Show B copy', 'Show C and more', 'Show D']);
  const a = (await core.listSeries()).find((s) => s.id === id('Show A'));
  expect(a?.path).toBe(path.join(lib, 'Show A')); // left for the watcher to find missing, and the user to remove
  await core.close();
});

test('a series already missing from one library folder is found again in another under its folder name, and keeps its record', async () => {
  const { core, lib, id } = await loadedLibrary(seriesFiles({ 'Show X': 3, 'Show Z': 1 }));
  const x = id('Show X');
  await core.missing.setNotWanted({ seriesId: x, season: 1, episode: 9 }, true);
  const other = libraryDir();
  writeTree(other, seriesFiles({ 'Show Y': 1 }));
  await core.addFolders([other]);
  await core.whenLoaderIdle();
  // Moved to the other drive while Anishelf was closed; the watcher found it gone first.
  asUser(() => fs.renameSync(path.join(lib, 'Show X'), path.join(other, 'Show X')));
  await markMissing(core.db, [x], new Date().toISOString());

  const result = await core.addFolders([other]);
  expect(result.added).toEqual([]);
  const otherRoot = (await core.listRoots()).find((r) => r.path === other)!;
  expect(result.moved).toEqual([{ from: path.join(lib, 'Show X'), series: expect.objectContaining({ id: x, path: path.join(other, 'Show X'), rootId: otherRoot.id, state: 'present' }) }]);
  await core.whenLoaderIdle();
  expect((await core.listSeries()).map((s) => [s.id, s.path, s.videoCount])).toEqual([
    [x, path.join(other, 'Show X'), 3],
    [(await core.listSeries()).find((s) => s.title === 'Show Y')!.id, path.join(other, 'Show Y'), 1],
    [id('Show Z'), path.join(lib, 'Show Z'), 1],
  ]);
  expect(await core.db.selectFrom('not_wanted').select(['series_id', 'episode']).execute()).toEqual([{ series_id: x, episode: 9 }]);
  await core.close();
});

test('a season folder renamed inside a series: its episodes keep their rows, and their NFOs stay known as Anishelf\'s', async () => {
  const { core, lib, id } = await loadedLibrary({ 'Show A/Season 1/Show A - S01E01.mkv': 'v1', 'Show A/Season 1/Show A - S01E02.mkv': 'v22', 'Show A/Show A - S00E01.mkv': 'sp' });
  const a = id('Show A');
  const rows = () => core.db.selectFrom('episodes').select(['id', 'path', 'nfo_path']).where('series_id', '=', a).orderBy('id').execute();
  const before = await rows();
  const ours = () => core.db.selectFrom('written_files').select(['path', 'hash']).where('kind', '=', 'episode-nfo').orderBy('path').execute();
  const oursBefore = await ours();
  expect(oursBefore).toHaveLength(3);

  rename(lib, 'Show A/Season 1', 'Show A/Season 01');
  const scan = await core.scanSeries(a);
  expect(scan).toMatchObject({ added: 0, updated: 2, removed: 0 });
  const after = await rows();
  const renamed = (p: string | null) => p!.replace(`${path.sep}Season 1${path.sep}`, `${path.sep}Season 01${path.sep}`);
  expect(after).toEqual(before.map((e) => ({ id: e.id, path: renamed(e.path), nfo_path: renamed(e.nfo_path) })));
  expect(await ours()).toEqual(oursBefore.map((w) => ({ path: renamed(w.path), hash: w.hash })).sort((x, y) => (x.path < y.path ? -1 : 1)));
  await core.close();
});
