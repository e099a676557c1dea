import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import type { LoadingStage } from '../../../shared/types';
import { seriesFiles } from '../testing/core';
import { libraryDir, writeTree } from '../testing/temp';
import { waitFor } from '../testing/wait';
import { waitForSeries, watchedLibrary, type WatchedLibrary } from './testing/watched-library';

// One watch for three series folders: the library is polled from the start, as a share is.
const POLLED = { pollMs: 150, maxWatches: 1 };
const LIBRARY = seriesFiles({ 'Show 1': 1, 'Show 2': 1, 'Show 3': 1 });

/** Waits until a whole poll of the (only) library folder has ended after this call. */
async function aWholePoll(w: WatchedLibrary): Promise<void> {
  const checkedAt = async () => (await w.core.listRoots())[0]?.lastCheckedAt ?? null;
  const before = await checkedAt();
  await waitFor(async () => (await checkedAt()) !== before, { what: 'a whole poll of the library folder' });
}

// After the episodes stage has listed the folder: the copy lands during the rest of the load.
for (const stage of ['nfo', 'logo', 'images'] as const satisfies readonly LoadingStage[]) {
  test(`polling: an episode copied in during a series' first load (at its ${stage} stage, after the folder was listed) is seen by a later poll`, async () => {
    const lib = libraryDir();
    let copied = false;
    const w = await watchedLibrary(LIBRARY, {
      lib,
      watch: POLLED,
      onStage: (_id, at) => {
        if (at !== stage || copied || !fs.existsSync(path.join(lib, 'Show 2'))) return;
        copied = true;
        writeTree(lib, { 'Show 2/Show 2 - 09.mkv': 'v' });
      },
    });
    try {
      expect(copied).toBe(true);
      await waitForSeries(w.core, 'Show 2', (s) => s.videoCount === 2, 'the episode copied in during the load');
    } finally {
      await w.close();
    }
  });

  test(`polling: an episode copied in during a series' rescan (at its ${stage} stage) is seen by a later poll`, async () => {
    let rescanning: number | null = null;
    let copied = false;
    const w = await watchedLibrary(LIBRARY, {
      watch: POLLED,
      onStage: (id, at) => {
        if (id !== rescanning || at !== stage || copied) return;
        copied = true;
        writeTree(w.lib, { 'Show 2/Show 2 - 09.mkv': 'v' });
      },
    });
    try {
      rescanning = await w.idOf('Show 2');
      // A first new episode, found by a poll, sends the series to a rescan; the second comes during it.
      writeTree(w.lib, { 'Show 2/Show 2 - 02.mkv': 'v' });
      await waitFor(() => copied, { what: 'the rescan of Show 2' });
      await waitForSeries(w.core, 'Show 2', (s) => s.videoCount === 3, 'the episode copied in during the rescan');
    } finally {
      await w.close();
    }
  });
}

test("polling: a library just loaded is not read again by the polls that follow (the scans' folder times and Anishelf's own tvshow.nfo writes are recorded)", async () => {
  const scans: number[] = [];
  const w = await watchedLibrary(LIBRARY, { watch: POLLED, onStage: (id, stage) => void (stage === 'episodes' && scans.push(id)) });
  try {
    expect((await w.core.listRoots())[0]).toMatchObject({ watch: 'poll' });
    // Each series got a tvshow.nfo from its load and episode NFOs after it, all after its scan.
    for (const show of ['Show 1', 'Show 2', 'Show 3']) expect(fs.existsSync(path.join(w.lib, show, 'tvshow.nfo')), show).toBe(true);
    await w.core.episodeNfos.whenIdle();
    await aWholePoll(w);
    await aWholePoll(w);
    await w.settle();
    // Each series read once, by its first load.
    expect(scans.sort()).toEqual([...new Set(scans)].sort());
    expect(scans).toHaveLength(3);
  } finally {
    await w.close();
  }
});
