import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { folderTimesOfSeries, replaceFolderTimes } from '../db/repos/folder-times';
import { listRoots } from '../db/repos/roots';
import { getSeriesRow } from '../db/repos/series';
import { setSetting } from '../db/repos/settings';
import { WRITE_EPISODE_NFOS_SETTING } from '../loader/stages/episode-nfos';
import { seriesFiles, testCore } from '../testing/core';
import { libraryDir, writeTree } from '../testing/temp';
import { keepingFolderTimes } from './own-folder-writes';
import { nodeWatchFs } from './probe';
import { lastReadAt, sweepRoot } from './sweep';
import { watchedLibrary } from './testing/watched-library';
import { startFakeProviders } from '../metadata/testing/providers';
import { writeFileAtomic } from '../fs/atomic-write';
import { asUser } from '../testing/library-write-guard';

/**
 * A loaded library whose series' folder times are not recorded (episode NFOs off, no watch, the
 * times its scans recorded dropped, as in a library loaded by a version that recorded none), with
 * a sweep over its root that says which series folders it finds changed.
 */
async function loadedLibrary(folders: Record<string, number>) {
  const lib = libraryDir();
  writeTree(lib, seriesFiles(folders));
  const core = await testCore();
  await setSetting(core.db, WRITE_EPISODE_NFOS_SETTING, false);
  const { added } = await core.addFolders([lib]);
  await core.startLoader();
  await core.whenLoaderIdle();
  const root = (await listRoots(core.db))[0]!;
  await replaceFolderTimes(core.db, root.id, added.map((s) => ({ seriesId: s.id, folders: [] })));
  const sweep = async (options: { loading?: boolean } = {}) => {
    const rows = await Promise.all(added.map(async (s) => (await getSeriesRow(core.db, s.id))!));
    const series = rows.map((row) => ({ id: row.id, path: row.path, state: row.state, scannedAt: lastReadAt(row), ...options }));
    const result = await sweepRoot(core.db, nodeWatchFs, { id: root.id, path: root.path, lastCheckedMs: null }, series);
    return result.dirty.map((p) => path.basename(p)).sort();
  };
  // Folder times are whole seconds on some file systems, and a file's time can trail the clock:
  // tests date folders an hour back (before their last read) or ahead (a change after it).
  const at = (folder: string, offsetMs: number) => fs.utimesSync(path.join(lib, folder), new Date(Date.now() + offsetMs), new Date(Date.now() + offsetMs));
  const id = (title: string) => added.find((s) => s.title === title)!.id;
  return { lib, core, id, sweep, at };
}

test("a sweep after Anishelf's own episode NFOs reads no series again", async () => {
  const w = await watchedLibrary(seriesFiles({ Alpha: 3, Bravo: 2, Charlie: 1 }));
  try {
    expect(fs.readdirSync(path.join(w.lib, 'Alpha')).filter((f) => f.endsWith('.nfo')).length).toBeGreaterThan(3);
    for (const root of await w.core.roots.service.statuses()) await w.core.roots.service.checkRoot(root.id);
    await w.settle();
    expect(w.scans).toEqual([]);
  } finally {
    await w.close();
  }
});

test("a sweep after Anishelf's own artwork downloads reads no series again", async () => {
  const server = await startFakeProviders();
  // Matched by their folder ids; the fake AniList has their posters and banners. The episode
  // NFOs are written meanwhile by the other writer, into the same folders.
  const w = await watchedLibrary(seriesFiles({ 'Sousou no Frieren [anilistid-154587]': 2, 'Shingeki no Kyojin [anilistid-16498]': 2 }), {
    env: { ANISHELF_PROVIDERS: 'on', ANISHELF_ANILIST_URL: server.anilistUrl, ANISHELF_TMDB_URL: server.tmdbUrl, ANISHELF_ANILIST_PER_MIN: '600' },
  });
  try {
    await w.core.identifyQueue.whenIdle();
    await w.settle();
    for (const folder of fs.readdirSync(w.lib)) expect(fs.existsSync(path.join(w.lib, folder, 'poster.jpg')), folder).toBe(true);
    const scansBefore = [...w.scans];
    for (const root of await w.core.roots.service.statuses()) await w.core.roots.service.checkRoot(root.id);
    await w.settle();
    expect(w.scans).toEqual(scansBefore);
  } finally {
    await w.close();
    await server.close();
  }
});

test("Anishelf's own writes keep a series' folder times only when nobody changed the folder before them", async () => {
  const { lib, core, id, sweep, at } = await loadedLibrary({ Alpha: 1, Bravo: 1, Charlie: 1, Delta: 1 });
  try {
    const own = (title: string, file: string) => keepingFolderTimes(core.db, id(title), () => writeFileAtomic(path.join(lib, title, file), '<x/>'));
    for (const title of ['Alpha', 'Bravo', 'Charlie', 'Delta']) at(title, -3_600_000);

    // Not recorded yet (compared with the last read): Alpha written by Anishelf, Bravo by someone
    // else, Charlie changed by someone else before Anishelf wrote in it.
    await own('Alpha', 'a.nfo');
    fs.writeFileSync(path.join(lib, 'Bravo', 'b.nfo'), '<x/>');
    at('Bravo', 3_600_000);
    fs.writeFileSync(path.join(lib, 'Charlie', 'Charlie - 02.mkv'), 'v');
    at('Charlie', 3_600_000);
    await own('Charlie', 'c.nfo');
    expect(await sweep()).toEqual(['Bravo', 'Charlie']);

    // Alpha and Delta recorded by that sweep: the same again against the recorded times. Bravo and
    // Charlie got no baseline (their rescans, not run here, record theirs) and are still found.
    await own('Alpha', 'a2.nfo');
    fs.writeFileSync(path.join(lib, 'Delta', 'Delta - 02.mkv'), 'v');
    at('Delta', 7_200_000);
    await own('Delta', 'd.nfo');
    fs.writeFileSync(path.join(lib, 'Bravo', 'b2.nfo'), '<x/>');
    at('Bravo', 7_200_000);
    expect(await sweep()).toEqual(['Bravo', 'Charlie', 'Delta']);
  } finally {
    await core.close();
  }
});

test("overlapping own writes in one series (episode NFOs and artwork) keep its folder times together", async () => {
  const { lib, core, id, sweep, at } = await loadedLibrary({ Alpha: 1, Bravo: 1 });
  try {
    // Each write dates the folder later than the last, as a write would on a coarse clock.
    const writeIn = async (folder: string, file: string, offsetMs: number) => {
      await writeFileAtomic(path.join(lib, folder, file), '<x/>');
      at(folder, offsetMs);
    };
    for (const folder of ['Alpha', 'Bravo']) at(folder, -3_600_000);
    const gate = () => {
      let open!: () => void;
      return { opened: new Promise<void>((resolve) => (open = resolve)), open: () => open() };
    };
    const firstWrote = gate();
    const releaseFirst = gate();
    const secondJoined = gate();
    const releaseSecond = gate();
    const alpha = id('Alpha');
    // The first writer writes and holds; the second starts after that write, writes once the
    // first has ended, and ends last.
    const first = keepingFolderTimes(core.db, alpha, async () => {
      await writeIn('Alpha', 'episode.nfo', 3_600_000);
      firstWrote.open();
      await releaseFirst.opened;
    });
    await firstWrote.opened;
    const second = keepingFolderTimes(core.db, alpha, async () => {
      secondJoined.open();
      await releaseSecond.opened;
      await writeIn('Alpha', 'poster.jpg', 7_200_000);
    });
    await secondJoined.opened;
    releaseFirst.open();
    await first;
    releaseSecond.open();
    await second;
    // Someone else's change in Bravo is still found.
    fs.writeFileSync(path.join(lib, 'Bravo', 'notes.txt'), 'x');
    at('Bravo', 3_600_000);
    expect(await sweep()).toEqual(['Bravo']);
  } finally {
    await core.close();
  }
});

test('a file that someone else adds or removes while Anishelf writes in the folder leaves its times unrecorded, so a sweep still finds it', async () => {
  const { lib, core, id, sweep, at } = await loadedLibrary({ Alpha: 1, Bravo: 1, Charlie: 2 });
  try {
    for (const folder of ['Alpha', 'Bravo', 'Charlie']) at(folder, -3_600_000);
    expect(await sweep()).toEqual([]); // the baselines
    const ownWriteWhile = (folder: string, meanwhile: () => void) =>
      keepingFolderTimes(core.db, id(folder), async () => {
        await writeFileAtomic(path.join(lib, folder, 'episode.nfo'), '<x/>');
        meanwhile();
        at(folder, 3_600_000);
      });
    // An episode copied onto the share in the middle of the writes; one deleted; nothing else.
    await ownWriteWhile('Alpha', () => fs.writeFileSync(path.join(lib, 'Alpha', 'Alpha - 02.mkv'), 'v'));
    await ownWriteWhile('Charlie', () => asUser(() => fs.unlinkSync(path.join(lib, 'Charlie', 'Charlie - 02.mkv'))));
    await ownWriteWhile('Bravo', () => undefined);
    expect(await sweep()).toEqual(['Alpha', 'Charlie']);
  } finally {
    await core.close();
  }
});

test('a sweep takes no baseline of a series whose load is queued or under way, nor of one it finds changed', async () => {
  const { core, id, sweep, at } = await loadedLibrary({ Alpha: 1 });
  try {
    // Its load is to write in the folder after this sweep (as the nfo stage writes tvshow.nfo).
    at('Alpha', 3_600_000);
    expect(await sweep({ loading: true })).toEqual([]);
    expect(await folderTimesOfSeries(core.db, id('Alpha'))).toEqual(new Map());
    // Once loaded, the same folder is a change after the read, and still no baseline is taken:
    // its rescan records the times it reads from, and until then every sweep finds the change.
    expect(await sweep()).toEqual(['Alpha']);
    expect(await folderTimesOfSeries(core.db, id('Alpha'))).toEqual(new Map());
    expect(await sweep()).toEqual(['Alpha']);
    // Unchanged folders get theirs.
    at('Alpha', -3_600_000);
    expect(await sweep()).toEqual([]);
    expect((await folderTimesOfSeries(core.db, id('Alpha'))).size).toBe(1);
  } finally {
    await core.close();
  }
});

