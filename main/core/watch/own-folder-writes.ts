import type { Db } from '../db/handle';
import { folderTimesOfSeries, replaceFolderTimes } from '../db/repos/folder-times';
import { getSeriesRow } from '../db/repos/series';
import { lookAtSeries, type SeriesLook } from './folder-stamps';
import { nodeWatchFs, type WatchFs } from './probe';
import { changedSinceRead, lastReadAt } from './sweep';

/**
 * Runs `write`, Anishelf writing into a series folder after its load (episode NFOs, a matched
 * tvshow.nfo), then records the series' folder times as the write left them, so the next sweep
 * does not take Anishelf's own files for a change and read the series again (at 10,000 series,
 * a second import). Only when the folders were unchanged just before the write (times as
 * recorded, or none newer than the last read): a change someone else made before it is left for
 * the sweep to find. A change made during the write itself, in the same folder, is taken as
 * Anishelf's; with the watch on, its own event still reads the series.
 */
export async function keepingFolderTimes<T>(db: Db, seriesId: number, write: () => Promise<T>, io: WatchFs = nodeWatchFs): Promise<T> {
  const row = await getSeriesRow(db, seriesId);
  const before = row?.state === 'present' ? await lookAtSeries(io, row.path, { sizes: false }).catch(() => null) : null;
  const unchanged = row && before ? await unchangedSinceRead(db, row, before) : false;
  const result = await write();
  if (row?.root_id != null && unchanged) {
    const after = await lookAtSeries(io, row.path, { sizes: false }).catch(() => null);
    if (after) await replaceFolderTimes(db, row.root_id, [{ seriesId, folders: after.folders }]);
  }
  return result;
}

async function unchangedSinceRead(db: Db, row: { id: number; path: string; scanned_at: string | null; loading_completed_at: string | null }, look: SeriesLook): Promise<boolean> {
  const recorded = await folderTimesOfSeries(db, row.id);
  if (recorded.has(row.path)) return look.folders.every((f) => recorded.get(f.path) === f.mtimeMs);
  // Not recorded yet: the sweep compares the folders with the last read (see sweepRoot).
  const read = lastReadAt(row);
  return read !== null && !look.folders.some((f) => changedSinceRead(f.mtimeMs, read));
}
