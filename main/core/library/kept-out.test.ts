import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { seriesFiles, testCore } from '../testing/core';
import { asUser } from '../testing/library-write-guard';
import { libraryDir, writeTree } from '../testing/temp';

// A series the user removed stays out of its library folder's rescans until its folder is added again.

async function library() {
  const lib = libraryDir();
  writeTree(lib, seriesFiles({ 'Show A': 1, 'Show B': 1 }));
  const core = await testCore();
  const { added } = await core.addFolders([lib]);
  const idOf = (title: string) => added.find((s) => s.title === title)!.id;
  const titles = async () => (await core.listSeries()).map((s) => s.title).sort();
  return { lib, core, idOf, titles };
}

test('a removed series is left out when its library folder is added again or rescanned, and says so', async () => {
  const { lib, core, idOf, titles } = await library();
  await core.removeSeries(idOf('Show A'));
  writeTree(lib, { 'Show A/Show A - 02.mkv': 'v', ...seriesFiles({ 'Show C': 1 }) });

  const again = await core.addFolders([lib]);
  expect(again.added.map((s) => s.title)).toEqual(['Show C']);
  expect(again.skipped).toContainEqual({ path: path.join(lib, 'Show A'), reason: 'was removed from the library, so it is left out; add this folder itself to have it back' });
  const rescan = await core.roots.rescan(lib);
  expect(rescan.added).toBe(0);
  expect(rescan.root.keptOut).toEqual([path.join(lib, 'Show A')]);
  expect(await titles()).toEqual(['Show B', 'Show C']);
  await core.close();
});

test('adding the removed series folder itself brings it back; removed again, it is left out again', async () => {
  const { lib, core, idOf, titles } = await library();
  await core.removeSeries(idOf('Show A'));
  const back = await core.addFolders([path.join(lib, 'Show A')]);
  expect(back.added.map((s) => [s.title, s.rootId])).toEqual([['Show A', (await core.listRoots())[0]!.id]]);
  expect((await core.listRoots())[0]!.keptOut).toEqual([]);
  expect((await core.addFolders([lib])).skipped.map((s) => s.reason)).toEqual(['already in the library; no new series found']);
  await core.removeSeries(back.added[0]!.id);
  expect((await core.addFolders([lib])).added).toEqual([]);
  expect(await titles()).toEqual(['Show B']);
  await core.close();
});

test('removing the last series of a library folder takes the folder out: added again, it comes back whole', async () => {
  const { lib, core, idOf } = await library();
  await core.removeSeries(idOf('Show A'));
  await core.removeSeries(idOf('Show B'));
  expect(await core.listRoots()).toEqual([]);
  expect((await core.addFolders([lib])).added.map((s) => s.title).sort()).toEqual(['Show A', 'Show B']);
  await core.close();
});

test('a removed series whose folder is then deleted is forgotten at the next rescan, not listed as left out for ever', async () => {
  const { lib, core, idOf } = await library();
  await core.removeSeries(idOf('Show A'));
  expect((await core.listRoots())[0]!.keptOut).toEqual([path.join(lib, 'Show A')]);
  asUser(() => fs.rmSync(path.join(lib, 'Show A'), { recursive: true }));
  await core.roots.rescan(lib);
  expect((await core.listRoots())[0]!.keptOut).toEqual([]);
  await core.close();
});

test('a library folder removed and added again comes back whole', async () => {
  const { lib, core, idOf, titles } = await library();
  await core.removeSeries(idOf('Show A'));
  await core.roots.remove((await core.listRoots())[0]!.id);
  expect(await titles()).toEqual([]);
  expect((await core.addFolders([lib])).added.map((s) => s.title).sort()).toEqual(['Show A', 'Show B']);
  await core.close();
});

test('a series added on its own and removed leaves nothing behind: added again, it is back', async () => {
  const lib = libraryDir();
  writeTree(lib, seriesFiles({ 'Show A': 1 }));
  const core = await testCore();
  const [series] = (await core.addFolders([path.join(lib, 'Show A')])).added;
  await core.removeSeries(series!.id);
  expect(await core.listRoots()).toEqual([]);
  expect((await core.addFolders([lib])).added.map((s) => s.title)).toEqual(['Show A']);
  await core.close();
});
