import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { asyncFsOps, syncFsOps } from '../media/fs-ops';
import { libraryDir, writeTree } from '../testing/temp';
import { lookAtSeries, stampSeriesFolder } from './folder-stamps';
import { nodeWatchFs } from './probe';

test("a scan's stamp of a series folder names the folders the watcher's look compares, with the same times, and the folder's entries", async () => {
  const folder = path.join(libraryDir(), 'Mushishi');
  writeTree(folder, {
    'Mushishi - 01.mkv': 'v',
    'tvshow.nfo': '<tvshow/>',
    'Season 02/Mushishi - S02E01.mkv': 'v',
    'Extras/Making of.mkv': 'v',
    '@eaDir/thumb.jpg': 'x',
  });
  fs.symlinkSync(path.join(folder, 'Season 02'), path.join(folder, 'Season 2 link'));
  const look = await lookAtSeries(nodeWatchFs, folder, { sizes: false });
  // The same on both sides of a worker: the synchronous calls and the promise API.
  for (const io of [syncFsOps, asyncFsOps]) {
    const stamp = await stampSeriesFolder(io, folder);
    expect(stamp.folders).toEqual(look!.folders);
    expect(stamp.folders.map((f) => path.relative(folder, f.path)).sort()).toEqual(['', 'Extras', 'Season 02']);
    expect(stamp.names.sort()).toEqual(['@eaDir', 'Extras', 'Mushishi - 01.mkv', 'Season 02', 'Season 2 link', 'tvshow.nfo']);
  }
});

test('a series folder that cannot be read gives no stamp but its error', async () => {
  const gone = path.join(libraryDir(), 'Gone');
  await expect(stampSeriesFolder(syncFsOps, gone)).rejects.toMatchObject({ code: 'ENOENT' });
});
