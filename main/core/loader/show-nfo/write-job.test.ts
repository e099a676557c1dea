import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { libraryDir, writeTree } from '../../testing/temp';
import { stampSeriesFolder } from '../../watch/folder-stamps';
import { syncFsOps } from '../../media/fs-ops';
import { writeShowNfoJob, type FolderBefore } from './write-job';

/** A series folder with one episode, and how a scan that listed it now saw it. */
async function scannedSeries(): Promise<{ folder: string; before: FolderBefore }> {
  const folder = path.join(libraryDir(), 'Mushishi');
  writeTree(folder, { 'Mushishi - 01.mkv': 'v', 'Season 02/Mushishi - S02E01.mkv': 'v' });
  // Dated back, as a folder last changed a while ago is: a change now moves its time.
  fs.utimesSync(folder, new Date(Date.now() - 3_600_000), new Date(Date.now() - 3_600_000));
  const stamp = await stampSeriesFolder(syncFsOps, folder);
  return { folder, before: { mtimeMs: stamp.folders[0]!.mtimeMs, names: stamp.names } };
}

const job = (folder: string, before?: FolderBefore) => ({
  series: { path: folder, title: 'Mushishi', year: 2005 },
  target: path.join(folder, 'tvshow.nfo'),
  ...(before ? { folderBefore: before } : {}),
});

test("the minimal tvshow.nfo's write gives the series folder's new time when nothing else changed the folder since the scan", async () => {
  const { folder, before } = await scannedSeries();
  const outcome = await writeShowNfoJob(job(folder, before));
  expect(outcome?.file.path).toBe(path.join(folder, 'tvshow.nfo'));
  expect(outcome?.folderMtimeMs).toBe(fs.statSync(folder).mtimeMs);
  expect(outcome?.folderMtimeMs).not.toBe(before.mtimeMs);
});

test('a file copied into the series folder after the scan leaves the folder time unrecorded, so a poll still finds it', async () => {
  const { folder, before } = await scannedSeries();
  writeTree(folder, { 'Mushishi - 02.mkv': 'v' });
  const outcome = await writeShowNfoJob(job(folder, before));
  expect(outcome?.file.path).toBe(path.join(folder, 'tvshow.nfo'));
  expect(outcome?.folderMtimeMs).toBeNull();
});

test('a name the scan did not see leaves the folder time unrecorded even when the time did not move (a change in the same clock tick)', async () => {
  const { folder, before } = await scannedSeries();
  const sameTime = { mtimeMs: before.mtimeMs, names: before.names.filter((name) => name !== 'Mushishi - 01.mkv') };
  const outcome = await writeShowNfoJob(job(folder, sameTime));
  expect(outcome?.file.path).toBe(path.join(folder, 'tvshow.nfo'));
  expect(outcome?.folderMtimeMs).toBeNull();
});

test('without the scan of this run (a load resumed after its scan) the folder time is left to the next poll', async () => {
  const { folder } = await scannedSeries();
  const outcome = await writeShowNfoJob(job(folder));
  expect(outcome?.file.path).toBe(path.join(folder, 'tvshow.nfo'));
  expect(outcome?.folderMtimeMs).toBeNull();
});
