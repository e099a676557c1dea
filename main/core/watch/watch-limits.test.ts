import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import type { RootStatus } from '../../../shared/types';
import { seriesFiles } from '../testing/core';
import { asUser } from '../testing/library-write-guard';
import { libraryDir, writeTree } from '../testing/temp';
import { waitFor } from '../testing/wait';
import { countInotifyWatches } from './inotify-watches';
import { waitForSeries, watchedLibrary, type WatchedLibrary } from './testing/watched-library';

/** Waits until two whole polls of the root have ended after the loader, the NFO writer and the watcher were idle, and they are again. */
async function settledPolls(w: WatchedLibrary, rootId: number): Promise<void> {
  const checkedAt = async () => (await w.core.listRoots()).find((r) => r.id === rootId)?.lastCheckedAt ?? null;
  await w.core.episodeNfos.whenIdle();
  await w.settle();
  for (let poll = 0; poll < 2; poll++) {
    const before = await checkedAt();
    await waitFor(async () => (await checkedAt()) !== before, { what: 'a whole poll of the library folder' });
  }
  await w.core.episodeNfos.whenIdle();
  await w.settle();
}

const manySeries = (n: number) => seriesFiles(Object.fromEntries(Array.from({ length: n }, (_, i) => [`Show ${i + 1}`, 1])));

test('out of watches: the root falls back to polling, the user is told how to raise the limit, and changes are still seen', async () => {
  const events: RootStatus[][] = [];
  const w = await watchedLibrary(manySeries(60), { watch: { maxWatches: 20, pollMs: 200 } });
  w.core.on('roots:changed', (e) => events.push(e.roots));
  const root = await waitFor(async () => (await w.core.listRoots()).find((r) => r.problem), { what: 'the watch-limit problem' });
  expect(root).toMatchObject({ state: 'polling', watch: 'poll', problem: { code: 'WATCH_LIMIT' } });
  expect(root.problem!.message).toContain('fs.inotify.max_user_watches');
  // The polls that follow the load settle first: one that meets the episode NFOs written just
  // after it sends their series to a rescan, and this test is about a change polled while
  // nothing else happens (a change made during a load is a case of its own:
  // change-during-load.test.ts).
  await settledPolls(w, root.id);
  // Polling by folder times finds a new episode without any event.
  writeTree(w.lib, { 'Show 42/Show 42 - 02.mkv': 'v' });
  await waitForSeries(w.core, 'Show 42', (s) => s.videoCount === 2, 'the polled change');
  await waitFor(() => events.some((roots) => roots.some((r) => r.problem?.code === 'WATCH_LIMIT')), { what: 'the banner event' });
  await w.close();
});

test('after a watch-limit fallback, native watching is tried again later and takes over once the folders fit', async () => {
  const w = await watchedLibrary(manySeries(60), { watch: { maxWatches: 20, nativeRetryMs: 300 } });
  await waitFor(async () => (await w.core.listRoots()).find((r) => r.problem?.code === 'WATCH_LIMIT'), { what: 'the watch-limit fallback' });
  // The library shrinks below the limit (as when the user raises it): 50 series folders move away.
  const away = libraryDir();
  asUser(() => {
    for (let i = 11; i <= 60; i++) fs.renameSync(path.join(w.lib, `Show ${i}`), path.join(away, `Show ${i}`));
  });
  const native = await waitFor(async () => (await w.core.listRoots()).find((r) => r.watch === 'native' && !r.problem), { what: 'native watching again' });
  expect(native).toMatchObject({ state: 'online', watch: 'native', problem: null });
  // The poll interval is the default (minutes), so only a native event can show this episode now.
  writeTree(w.lib, { 'Show 3/Show 3 - 02.mkv': 'v' });
  await waitForSeries(w.core, 'Show 3', (s) => s.videoCount === 2, 'the change seen through the native watch');
  await w.close();
});

test('a polling root sees a change made behind its back (another machine writing to a share)', async () => {
  const w = await watchedLibrary(manySeries(3), { watch: { pollMs: 150 } });
  const [root] = await w.core.listRoots();
  const polled = await w.core.setRootWatch(root!.id, 'poll', 10);
  expect(polled).toMatchObject({ state: 'polling', watch: 'poll', watchSetting: 'poll', pollMinutes: 10, watching: true });
  writeTree(w.lib, { 'Show 2/Season 02/Show 2 - S02E01.mkv': 'v', ...seriesFiles({ 'New On Share': 1 }) });
  await waitForSeries(w.core, 'Show 2', (s) => s.videoCount === 2, 'the polled episode');
  await waitForSeries(w.core, 'New On Share', (s) => s.loadingStatus === 'completed', 'the polled new series');
  const off = await w.core.setRootWatch(root!.id, 'off');
  expect(off).toMatchObject({ watch: 'off', watchSetting: 'off' });
  await w.close();
});

test('one OS watch per folder, not per file; symlink loops are bounded and add no duplicates', async () => {
  const files: Record<string, string> = {};
  for (let s = 1; s <= 30; s++) for (let e = 1; e <= 20; e++) files[`Show ${s}/Season 1/Show ${s} - S01E${e}.mkv`] = 'v';
  const before = countInotifyWatches();
  const w = await watchedLibrary(files);
  fs.symlinkSync(w.lib, path.join(w.lib, 'loop'));
  fs.symlinkSync(path.join(w.lib, 'Show 2'), path.join(w.lib, 'Show 2 again'));
  await w.core.roots.service.stop();
  await w.core.roots.start();
  await w.core.roots.service.idle();
  const folders = 1 + 30 * 2; // root, series, seasons
  if (before !== null) {
    const held = countInotifyWatches()! - before;
    expect(held).toBeGreaterThanOrEqual(folders);
    expect(held).toBeLessThanOrEqual(Math.ceil(folders * 1.2)); // 600 files would be 600 more
  }
  // The loop and the second link add no series, and a change inside still lands on the real one.
  writeTree(w.lib, { 'Show 1/Season 1/Show 1 - S01E21.mkv': 'v' });
  await waitForSeries(w.core, 'Show 1', (s) => s.videoCount === 21, 'a change beside the loop');
  expect((await w.core.listSeries()).filter((s) => s.title === 'Show 2' || s.title === 'Show 2 again')).toHaveLength(1);
  expect(await w.core.listSeries()).toHaveLength(30);
  await w.close();
});

// A real kernel limit: a user namespace may lower its own inotify watch limit (Linux).
const canLowerLimit = process.platform === 'linux' && spawnSync('unshare', ['--user', '--map-root-user', 'sh', '-c', 'echo 40 > /proc/sys/user/max_inotify_watches'], { encoding: 'utf8' }).status === 0;

test.runIf(canLowerLimit)('a real, lowered inotify limit gives ENOSPC, which the watcher turns into polling', async () => {
  const { runWatchUnderLimit } = await import('./testing/limit-child');
  const result = await runWatchUnderLimit(40, manySeries(100));
  expect(result).toMatchObject({ state: 'polling', problem: 'WATCH_LIMIT' });
}, 600_000);
