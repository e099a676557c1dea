import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { asUser } from '../testing/library-write-guard';
import { seriesFiles } from '../testing/core';
import { writeTree } from '../testing/temp';
import { waitFor } from '../testing/wait';
import { waitForSeries, watchedLibrary } from './testing/watched-library';

// Real folders, a real core and real chokidar: every test waits for what it expects, with a deadline.

test('a new episode copied into a series is counted without a reload', async () => {
  const w = await watchedLibrary(seriesFiles({ 'Show A': 2, 'Show B': 1 }));
  const a = await w.idOf('Show A');
  writeTree(w.lib, { 'Show A/Show A - 03.mkv': 'video' });
  await waitForSeries(w.core, 'Show A', (s) => s.videoCount === 3, 'the new episode to be counted');
  await w.settle();
  expect(w.scans).toEqual([a]); // only that series, once
  await w.close();
});

test('a new episode in a season folder, and a new season folder, are picked up', async () => {
  const w = await watchedLibrary({ 'Show A/Season 01/Show A - S01E01.mkv': 'v' });
  writeTree(w.lib, { 'Show A/Season 01/Show A - S01E02.mkv': 'v' });
  await waitForSeries(w.core, 'Show A', (s) => s.videoCount === 2, 'the season-folder episode');
  writeTree(w.lib, { 'Show A/Season 02/Show A - S02E01.mkv': 'v' });
  await waitForSeries(w.core, 'Show A', (s) => s.videoCount === 3, 'the new season');
  await w.close();
});

test('a new series folder is added as pending and loads, as an add would', async () => {
  const w = await watchedLibrary(seriesFiles({ 'Show A': 1 }));
  const seen: string[] = [];
  w.core.on('series:changed', (e) => seen.push(...e.series.filter((s) => s.title === 'Show C').map((s) => s.loadingStatus)));
  writeTree(w.lib, seriesFiles({ 'Show C': 2 }));
  await waitForSeries(w.core, 'Show C', (s) => s.loadingStatus === 'completed' && s.videoCount === 2, 'the new series to load');
  // The grid hears of it like of any added series: its badge moves on to completed.
  await waitFor(() => seen.includes('completed'), { what: 'the badge events' });
  const roots = await w.core.listRoots();
  expect(roots).toHaveLength(1);
  expect(roots[0]).toMatchObject({ seriesCount: 2, state: 'online', watch: 'native', watching: true });
  await w.close();
});

test('a series the user removed is not added back when a new episode lands in its folder', async () => {
  const w = await watchedLibrary(seriesFiles({ 'Show A': 1, 'Show B': 1 }));
  await w.core.removeSeries(await w.idOf('Show A'));
  writeTree(w.lib, { 'Show A/Show A - 02.mkv': 'v' });
  // A barrier: a new series written after it is added, so the library folder was looked through.
  writeTree(w.lib, seriesFiles({ 'Show C': 1 }));
  await waitForSeries(w.core, 'Show C', (s) => s.loadingStatus === 'completed', 'the barrier series');
  await w.settle();
  expect((await w.core.listSeries()).map((s) => s.title).sort()).toEqual(['Show B', 'Show C']);
  await w.close();
});

test('temporary and system names never trigger a rescan; a .part renamed to .mkv does, once', async () => {
  const w = await watchedLibrary(seriesFiles({ 'Show A': 1, 'Show B': 1 }));
  const a = await w.idOf('Show A');
  const b = await w.idOf('Show B');
  writeTree(w.lib, {
    'Show A/Show A - 02.mkv.part': 'partial', 'Show A/Show A - 03.!qB': 'x', 'Show A/e.crdownload': 'x', 'Show A/x.tmp': 'x', 'Show A/~$lock.docx': 'x',
    'Show A/@eaDir/thumb.jpg': 'x', '#recycle/Old/e.mkv': 'x', '.Trash-1000/files/e.mkv': 'x',
  });
  // A barrier: a real change elsewhere, made after the noise, is rescanned; the noise never was.
  writeTree(w.lib, { 'Show B/Show B - 02.mkv': 'v' });
  await waitForSeries(w.core, 'Show B', (s) => s.videoCount === 2, 'the barrier change');
  await w.settle();
  expect(w.scans).toEqual([b]);

  asUser(() => fs.renameSync(path.join(w.lib, 'Show A/Show A - 02.mkv.part'), path.join(w.lib, 'Show A/Show A - 02.mkv')));
  await waitForSeries(w.core, 'Show A', (s) => s.videoCount === 2, 'the finished download');
  await w.settle();
  expect(w.scans).toEqual([b, a]);
  await w.close();
});

test("a .plexignore written in a series is read at once; one in the library folder reaches every series below it", async () => {
  const w = await watchedLibrary(seriesFiles({ 'Show A': 3, 'Show B': 2 }));
  writeTree(w.lib, { 'Show A/.plexignore': 'Show A - 03.mkv\n' });
  await waitForSeries(w.core, 'Show A', (s) => s.videoCount === 2, "Show A's own rule to be read");
  writeTree(w.lib, { '.plexignore': '*- 01.mkv\n' });
  await waitForSeries(w.core, 'Show B', (s) => s.videoCount === 1, "the library's rule to reach Show B");
  await waitForSeries(w.core, 'Show A', (s) => s.videoCount === 1, "the library's rule to reach Show A");
  await w.close();
});

test('a file still being copied is scanned only once its size is stable', async () => {
  const sizesAtScan: number[] = [];
  let growing = '';
  const w = await watchedLibrary(seriesFiles({ 'Show A': 1 }), {
    onStage: (_id, stage) => {
      if (stage === 'episodes' && growing && fs.existsSync(growing)) sizesAtScan.push(fs.statSync(growing).size);
    },
  });
  growing = path.join(w.lib, 'Show A', 'Show A - 02.mkv');
  const chunk = Buffer.alloc(64 * 1024, 1);
  const handle = fs.openSync(growing, 'w');
  // A slow copy: a chunk at a time, each after the watcher has seen the previous one.
  for (let i = 0; i < 25; i++) {
    fs.writeSync(handle, chunk);
    await new Promise((resolve) => setTimeout(resolve, 40));
  }
  fs.closeSync(handle);
  const finalSize = fs.statSync(growing).size;
  await waitForSeries(w.core, 'Show A', (s) => s.videoCount === 2, 'the finished copy');
  await w.settle();
  expect(sizesAtScan.length).toBeGreaterThanOrEqual(1);
  expect(sizesAtScan.every((size) => size === finalSize)).toBe(true);
  await w.close();
});

test('an editor replacing tvshow.nfo atomically is one rescan; our own NFO write is none', async () => {
  const w = await watchedLibrary({ ...seriesFiles({ 'Show A': 1, 'Show B': 1, 'Show C': 1 }), 'Show A/tvshow.nfo': '<tvshow><title>Show A</title></tvshow>' });
  const a = await w.idOf('Show A');
  const b = await w.idOf('Show B');
  const c = await w.idOf('Show C');
  // The editor's way: write a temp file, rename it over the original.
  const temp = path.join(w.lib, 'Show A', 'tvshow.nfo.new');
  fs.writeFileSync(temp, '<tvshow><title>Edited Title</title></tvshow>');
  asUser(() => fs.renameSync(temp, path.join(w.lib, 'Show A', 'tvshow.nfo')));
  await waitForSeries(w.core, 'Edited Title', () => true, 'the edited title');
  await w.settle();
  expect(w.scans).toEqual([a]);

  // Our own write (the detail panel's save) must not come back as a change.
  await w.core.saveMetadata(b, { title: 'Saved By Anishelf' });
  writeTree(w.lib, { 'Show C/Show C - 02.mkv': 'v' }); // barrier
  await waitForSeries(w.core, 'Show C', (s) => s.videoCount === 2, 'the barrier change');
  await w.settle();
  expect(w.scans).toEqual([a, c]);
  await w.close();
});

test('a series that appears while watched loads once: the NFOs written for it (in worker threads) are no change', async () => {
  const w = await watchedLibrary(seriesFiles({ 'Show A': 1 }));
  const a = await w.idOf('Show A');
  writeTree(w.lib, seriesFiles({ 'Show C': 2 }));
  await waitForSeries(w.core, 'Show C', (s) => s.loadingStatus === 'completed' && s.hasNfo, 'the new series to load with its tvshow.nfo');
  await w.core.episodeNfos.whenIdle();
  const c = await w.idOf('Show C');
  expect(fs.existsSync(path.join(w.lib, 'Show C', 'tvshow.nfo'))).toBe(true);
  expect(fs.existsSync(path.join(w.lib, 'Show C', 'Show C - 02.nfo'))).toBe(true);
  writeTree(w.lib, { 'Show A/Show A - 02.mkv': 'v' }); // barrier
  await waitForSeries(w.core, 'Show A', (s) => s.videoCount === 2, 'the barrier change');
  await w.settle();
  expect(w.scans).toEqual([c, a]);
  await w.close();
});

test('a bulk rename of 10,000 files is one rescan per series', async () => {
  const files: Record<string, string> = {};
  for (let s = 1; s <= 4; s++) for (let e = 1; e <= 2500; e++) files[`Show ${s}/Show ${s} - ${e}.mkv`] = '';
  // Watcher events are the subject here, not the 20,000 episode NFOs a load would write. The
  // burst is timed as the app times it (2 s quiet, 60 s at most), not with the suite's short
  // delays: on a busy machine the watch thread's 20,000 events come over seconds, with pauses.
  const w = await watchedLibrary(files, { episodeNfos: false, watch: { quietMs: 2000, maxWaitMs: 60_000 } });
  const ids = await Promise.all([1, 2, 3, 4].map((s) => w.idOf(`Show ${s}`)));
  asUser(() => {
    for (let s = 1; s <= 4; s++) {
      for (let e = 1; e <= 2500; e++) {
        const dir = path.join(w.lib, `Show ${s}`);
        fs.renameSync(path.join(dir, `Show ${s} - ${e}.mkv`), path.join(dir, `Show ${s} - S01E${String(e).padStart(4, '0')}.mkv`));
      }
    }
  });
  await waitFor(() => w.scans.length >= 4, { what: 'the rescans' });
  await w.settle();
  expect([...w.scans].sort()).toEqual([...ids].sort());
  await w.close();
}, 600_000);
