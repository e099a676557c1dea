import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import type { MissingSeriesPrompt } from '../../../shared/types';
import { seriesFiles, testCore } from '../testing/core';
import { asUser } from '../testing/library-write-guard';
import { libraryDir, tempDir, writeTree } from '../testing/temp';
import { waitFor } from '../testing/wait';
import { nodeWatchFs, type WatchFs } from './probe';
import { runningWatchThread } from './root-watcher';
import { FAST_WATCH, waitForSeries, watchedLibrary } from './testing/watched-library';

const states = async (core: { listSeries(): Promise<Array<{ title: string; state: string }>> }) =>
  Object.fromEntries((await core.listSeries()).map((s) => [s.title, s.state]));

test('a root renamed away goes offline with every row kept, and comes back by itself', async () => {
  const w = await watchedLibrary(seriesFiles({ 'Show A': 1, 'Show B': 1 }));
  const prompts: MissingSeriesPrompt[] = [];
  w.core.on('library:missing', (p) => prompts.push(p));
  const away = `${w.lib}-away`;
  asUser(() => fs.renameSync(w.lib, away));
  await waitFor(async () => (await w.core.listRoots())[0]?.state === 'offline', { what: 'the root to go offline' });
  await waitFor(async () => Object.values(await states(w.core)).every((s) => s === 'offline'), { what: 'its series to go offline' });
  expect(Object.keys(await states(w.core)).sort()).toEqual(['Show A', 'Show B']);

  asUser(() => fs.renameSync(away, w.lib));
  await waitFor(async () => (await w.core.listRoots())[0]?.state === 'online', { what: 'the root to come back' });
  await waitFor(async () => Object.values(await states(w.core)).every((s) => s === 'present'), { what: 'its series to come back' });
  // Back online, each series was rescanned, and the watcher works again.
  await w.settle();
  expect([...w.scans].sort()).toEqual([await w.idOf('Show A'), await w.idOf('Show B')].sort());
  writeTree(w.lib, { 'Show A/Show A - 02.mkv': 'v' });
  await waitForSeries(w.core, 'Show A', (s) => s.videoCount === 2, 'an episode after the return');
  expect(prompts).toEqual([]);
  await w.close();
});

test('a root found at a new place (a drive mounted elsewhere) is watched there, with its series', async () => {
  const w = await watchedLibrary(seriesFiles({ 'Show A': 1, 'Show B': 1 }));
  const a = await w.idOf('Show A');
  const to = path.join(libraryDir(), 'remounted');
  asUser(() => fs.renameSync(w.lib, to));
  await waitFor(async () => (await w.core.listRoots())[0]?.state === 'offline', { what: 'the root to go offline' });
  const result = await w.core.addFolders([to]);
  expect(result.movedRoots).toMatchObject([{ from: w.lib, to, series: 2, found: 2 }]);
  await waitFor(async () => {
    const roots = await w.core.listRoots();
    return roots.length === 1 && roots[0]!.path === to && roots[0]!.state === 'online' && roots[0]!.watching;
  }, { what: 'the root to be watched at its new place' });
  // The move's own reload is done first: what follows is the watcher's doing.
  await w.core.whenLoaderIdle();
  await w.settle();
  writeTree(to, { 'Show A/Show A - 02.mkv': 'v' });
  await waitForSeries(w.core, 'Show A', (s) => s.videoCount === 2 && s.path === path.join(to, 'Show A'), 'an episode at the new place');
  expect(await w.idOf('Show A')).toBe(a);
  await w.close();
});

test('a watched root deleted and made again: the watcher survives and resumes', async () => {
  const w = await watchedLibrary(seriesFiles({ 'Show A': 1 }));
  asUser(() => fs.rmSync(w.lib, { recursive: true }));
  await waitFor(async () => (await w.core.listRoots())[0]?.state === 'offline', { what: 'the deleted root to go offline' });
  expect(await states(w.core)).toEqual({ 'Show A': 'offline' }); // offline, never gone
  writeTree(w.lib, seriesFiles({ 'Show A': 2 }));
  await waitForSeries(w.core, 'Show A', (s) => s.state === 'present' && s.videoCount === 2, 'the root to be watched again');
  writeTree(w.lib, { 'Show A/Show A - 03.mkv': 'v' });
  await waitForSeries(w.core, 'Show A', (s) => s.videoCount === 3, 'live events after the return');
  await w.close();
});

test('the watch thread ending under its watchers: the library is watched again, and what changed meanwhile is read', async () => {
  const w = await watchedLibrary(seriesFiles({ 'Show A': 1, 'Show B': 1 }));
  const thread = runningWatchThread();
  expect(thread).not.toBeNull();
  await thread!.terminate();
  // Made while nothing watches: no event reports it, the sweep after the new watches finds it.
  writeTree(w.lib, { 'Show A/Show A - 02.mkv': 'v' });
  await waitForSeries(w.core, 'Show A', (s) => s.videoCount === 2, 'the change made while unwatched');
  await waitFor(() => runningWatchThread() !== null && runningWatchThread() !== thread, { what: 'a new watch thread' });
  await w.settle();
  // And events flow again.
  writeTree(w.lib, { 'Show B/Show B - 02.mkv': 'v' });
  await waitForSeries(w.core, 'Show B', (s) => s.videoCount === 2, 'an event from the new thread');
  expect((await w.core.listRoots())[0]).toMatchObject({ state: 'online', watching: true });
  await w.close();
});

test('an emptied mount point is offline, not a mass deletion; the unlink burst removes nothing', async () => {
  const names = Array.from({ length: 12 }, (_, i) => `Show ${i + 1}`);
  const w = await watchedLibrary(seriesFiles(Object.fromEntries(names.map((n) => [n, 1]))));
  const prompts: MissingSeriesPrompt[] = [];
  w.core.on('library:missing', (p) => prompts.push(p));
  const elsewhere = tempDir('anishelf-unmounted-');
  asUser(() => names.forEach((n) => fs.renameSync(path.join(w.lib, n), path.join(elsewhere, n))));
  await waitFor(async () => (await w.core.listRoots())[0]?.state === 'offline', { what: 'the emptied root to go offline' });
  await waitFor(async () => Object.values(await states(w.core)).every((s) => s === 'offline'), { what: 'series offline' });
  expect((await w.core.listSeries())).toHaveLength(12);
  asUser(() => names.forEach((n) => fs.renameSync(path.join(elsewhere, n), path.join(w.lib, n))));
  await waitFor(async () => Object.values(await states(w.core)).every((s) => s === 'present'), { what: 'series back' });
  await w.settle();
  expect(prompts).toEqual([]);
  expect(new Set(w.scans).size).toBe(12);
  await w.close();
});

test('a series folder deleted on purpose is missing, and removed only after the user confirms', async () => {
  const names = Array.from({ length: 10 }, (_, i) => `Show ${i + 1}`);
  const w = await watchedLibrary(seriesFiles(Object.fromEntries(names.map((n) => [n, 1]))));
  const prompts: MissingSeriesPrompt[] = [];
  w.core.on('library:missing', (p) => prompts.push(p));
  asUser(() => fs.rmSync(path.join(w.lib, 'Show 3'), { recursive: true }));
  await waitFor(async () => (await states(w.core))['Show 3'] === 'missing', { what: 'the series to be missing' });
  await waitFor(() => prompts.length > 0, { what: 'the question' });
  expect(prompts).toHaveLength(1);
  expect(prompts[0]!.series.map((s) => s.title)).toEqual(['Show 3']);
  const row = await w.core.db.selectFrom('series').select(['id', 'missing_checks']).where('path', '=', path.join(w.lib, 'Show 3')).executeTakeFirstOrThrow();
  expect(row.missing_checks).toBeGreaterThanOrEqual(2);
  expect((await w.core.listSeries())).toHaveLength(10); // nothing removed before the answer
  expect((await w.core.roots.missing()).map((s) => s.title)).toEqual(['Show 3']);

  const removed = await w.core.roots.removeMissing([row.id, await w.idOf('Show 4')]);
  expect(removed.map((s) => s.title)).toEqual(['Show 3']); // Show 4 is there: kept
  expect((await w.core.listSeries()).map((s) => s.title)).not.toContain('Show 3');
  expect(fs.existsSync(path.join(w.lib, 'Show 4', 'Show 4 - 01.mkv'))).toBe(true);
  await w.close();
});

test('a series folder renamed while watched keeps its record at the new path; nothing is missing and nothing is asked', async () => {
  const names = Array.from({ length: 10 }, (_, i) => `Show ${i + 1}`);
  const w = await watchedLibrary(seriesFiles(Object.fromEntries(names.map((n) => [n, 2]))));
  const prompts: MissingSeriesPrompt[] = [];
  w.core.on('library:missing', (p) => prompts.push(p));
  const id = await w.idOf('Show 3');
  const renamed = path.join(w.lib, 'Show 3 (2019)');
  asUser(() => fs.renameSync(path.join(w.lib, 'Show 3'), renamed));
  await waitFor(async () => (await w.core.getSeries(id)).path === renamed, { what: 'the series to follow its folder' });
  await w.settle();
  const series = await w.core.getSeries(id);
  expect(series).toMatchObject({ state: 'present', loadingStatus: 'completed', videoCount: 2, year: 2019 });
  expect(series.episodes.map((e) => path.dirname(e.path))).toEqual([renamed, renamed]);
  expect(await w.core.listSeries()).toHaveLength(10);
  expect(await w.core.roots.missing()).toEqual([]);
  expect(prompts).toEqual([]);
  await w.close();
});

test('a series copied to another library folder, then deleted where it was, keeps its record at the copy; the copy gives way', async () => {
  const w = await watchedLibrary(seriesFiles({ 'Show X': 3, 'Show Z': 1 }));
  const prompts: MissingSeriesPrompt[] = [];
  w.core.on('library:missing', (p) => prompts.push(p));
  const x = await w.idOf('Show X');
  await w.core.missing.setNotWanted({ seriesId: x, season: 1, episode: 9 }, true);
  const other = libraryDir();
  writeTree(other, seriesFiles({ 'Show Y': 1 }));
  await w.core.addFolders([other]);
  await w.settle();

  // A move between drives: copied first (the watcher adds the copy as a new series), then deleted.
  fs.cpSync(path.join(w.lib, 'Show X'), path.join(other, 'Show X'), { recursive: true });
  const copied = path.join(other, 'Show X');
  await waitFor(async () => (await w.core.listSeries()).some((s) => s.path === copied && s.loadingStatus === 'completed'), { what: 'the copy to be added and loaded' });
  asUser(() => fs.rmSync(path.join(w.lib, 'Show X'), { recursive: true }));
  await waitFor(async () => (await w.core.getSeries(x)).path === copied, { what: 'the series to take its copy\'s place' });
  await w.settle();

  const all = await w.core.listSeries();
  expect(all.filter((s) => s.title === 'Show X').map((s) => [s.id, s.path, s.state, s.loadingStatus, s.videoCount])).toEqual([[x, copied, 'present', 'completed', 3]]);
  expect(all).toHaveLength(3);
  expect((await w.core.getSeries(x)).rootId).toBe((await w.core.listRoots()).find((r) => r.path === other)!.id);
  expect(await w.core.db.selectFrom('not_wanted').select(['series_id', 'episode']).execute()).toEqual([{ series_id: x, episode: 9 }]);
  expect(await w.core.roots.missing()).toEqual([]);
  expect(prompts).toEqual([]);
  // The copy's files are all there: only its row went.
  expect(fs.readdirSync(copied).filter((f) => f.endsWith('.mkv'))).toHaveLength(3);
  await w.close();
});

test('a series moved to another drive and linked back is offline while that drive is away, never missing, and back with it', async () => {
  const names = Array.from({ length: 10 }, (_, i) => `Show ${i + 1}`);
  // Counts the watcher's looks at the link, to know it checked again while the drive was away.
  let looksAtLink = 0;
  const io: WatchFs = { ...nodeWatchFs, lstat: (p) => ((looksAtLink += Number(p.endsWith(`${path.sep}Show 3`))), nodeWatchFs.lstat(p)) };
  const w = await watchedLibrary(seriesFiles(Object.fromEntries(names.map((n) => [n, 1]))), { watch: { fs: io } });
  await w.settle();
  const prompts: MissingSeriesPrompt[] = [];
  w.core.on('library:missing', (p) => prompts.push(p));
  const drive = tempDir('anishelf-drive-');
  asUser(() => fs.renameSync(path.join(w.lib, 'Show 3'), path.join(drive, 'Show 3')));
  fs.symlinkSync(path.join(drive, 'Show 3'), path.join(w.lib, 'Show 3'));
  await w.settle();
  expect((await states(w.core))['Show 3']).toBe('present');
  asUser(() => fs.renameSync(drive, `${drive}-away`));
  await waitFor(async () => (await states(w.core))['Show 3'] === 'offline', { what: 'the linked series to be offline' });
  // Checked again and again while the drive is away: still offline, never asked about.
  const looked = looksAtLink;
  await waitFor(() => looksAtLink >= looked + 6, { what: 'more checks of the link' });
  expect((await states(w.core))['Show 3']).toBe('offline');
  expect(prompts).toEqual([]);
  expect(await w.core.roots.missing()).toEqual([]);
  asUser(() => fs.renameSync(`${drive}-away`, drive));
  await waitFor(async () => (await states(w.core))['Show 3'] === 'present', { what: 'the linked series to be back' });
  expect(prompts).toEqual([]);
  await w.close();
});

test('when more than a tenth of a root vanishes at once, nothing is asked until it is checked again', async () => {
  const names = Array.from({ length: 10 }, (_, i) => `Show ${i + 1}`);
  const w = await watchedLibrary(seriesFiles(Object.fromEntries(names.map((n) => [n, 1]))));
  const checksAtPrompt: number[] = [];
  w.core.on('library:missing', (p) => {
    void w.core.db.selectFrom('series').select('missing_checks').where('id', 'in', p.series.map((s) => s.id)).execute().then((rows) => checksAtPrompt.push(...rows.map((r) => r.missing_checks)));
  });
  asUser(() => ['Show 1', 'Show 2', 'Show 3'].forEach((n) => fs.rmSync(path.join(w.lib, n), { recursive: true })));
  await waitFor(() => checksAtPrompt.length === 3, { what: 'the question about the three' });
  // Two checks would have been enough for one folder; a mass vanish waits for a third.
  expect(checksAtPrompt.every((n) => n >= 3)).toBe(true);
  await w.close();
});

test('a library offline at start-up keeps its series and comes online by itself', async () => {
  const lib = libraryDir();
  writeTree(lib, seriesFiles({ 'Show A': 1, 'Show B': 1 }));
  const dataDir = tempDir('anishelf-data-');
  const first = await testCore({ dataDir });
  await first.addFolders([lib]);
  await first.startLoader();
  await first.whenLoaderIdle();
  await first.close();

  const away = `${lib}-away`;
  asUser(() => fs.renameSync(lib, away));
  const core = await testCore({ dataDir, watch: FAST_WATCH });
  await core.startLoader();
  await core.roots.start();
  await waitFor(async () => Object.values(await states(core)).every((s) => s === 'offline'), { what: 'offline at start-up' });

  expect((await core.listRoots())[0]).toMatchObject({ state: 'offline', seriesCount: 2 });
  asUser(() => fs.renameSync(away, lib));
  await waitFor(async () => Object.values(await states(core)).every((s) => s === 'present'), { what: 'back online' });
  await core.close();
});

test('changes made while Anishelf was closed are found by the start-up sweep', async () => {
  const lib = libraryDir();
  writeTree(lib, seriesFiles({ 'Show A': 1, 'Show B': 1 }));
  const dataDir = tempDir('anishelf-data-');
  const first = await testCore({ dataDir, watch: FAST_WATCH });
  await first.addFolders([lib]);
  await first.startLoader();
  await first.whenLoaderIdle();
  await first.roots.start();
  await first.roots.service.idle(); // the first sweep records the folder times
  await first.close();

  writeTree(lib, { 'Show A/Show A - 02.mkv': 'v', ...seriesFiles({ 'Show C': 1 }) });
  const core = await testCore({ dataDir, watch: FAST_WATCH });
  await core.startLoader();
  await core.roots.start();
  await waitForSeries(core, 'Show A', (s) => s.videoCount === 2, 'the episode added while closed');
  await waitForSeries(core, 'Show C', (s) => s.loadingStatus === 'completed', 'the series added while closed');
  await core.close();
});

test('a stat that hangs on one root is bounded; that root goes offline and the other keeps working', async () => {
  const good = libraryDir();
  const dead = libraryDir();
  writeTree(good, seriesFiles({ 'Good Show': 1 }));
  writeTree(dead, seriesFiles({ 'Dead Show': 1 }));
  let hang = false;
  const never = new Promise<never>(() => undefined);
  const io: WatchFs = {
    stat: (p) => (hang && p.startsWith(dead) ? never : nodeWatchFs.stat(p)),
    lstat: (p) => (hang && p.startsWith(dead) ? never : nodeWatchFs.lstat(p)),
    readdir: (p) => (hang && p.startsWith(dead) ? never : nodeWatchFs.readdir(p)),
  };
  const core = await testCore({ watch: { ...FAST_WATCH, fs: io, statTimeoutMs: 300 } });
  await core.addFolders([good, dead]);
  await core.startLoader();
  await core.whenLoaderIdle();
  await core.roots.start();
  await core.roots.service.idle();

  hang = true;
  writeTree(dead, { 'Dead Show/Dead Show - 02.mkv': 'v' }); // the event makes the watcher look, and the look hangs
  await waitFor(async () => (await core.listRoots()).find((r) => r.path === dead)?.state === 'offline', { what: 'the hanging root offline' });
  writeTree(good, { 'Good Show/Good Show - 02.mkv': 'v' });
  await waitForSeries(core, 'Good Show', (s) => s.videoCount === 2, 'the other root to keep working');
  expect((await core.listRoots()).find((r) => r.path === good)?.state).toBe('online');
  await core.close();
});
