import type { Db } from '../db/handle';
import { folderTimesOfRoot, replaceFolderTimes } from '../db/repos/folder-times';
import { errnoCode } from '../errors';
import { mapLimit } from '../util/map-limit';
import { groupingFolders, lookAtSeries, type FolderStamp } from './folder-stamps';
import type { WatchFs } from './probe';

export interface SweepSeries {
  id: number;
  path: string;
  state: string;
  /** When the loader last read the folder (ISO); null while it never has. */
  scannedAt: string | null;
  /**
   * Its load is queued or under way: that load reads the folder, and writes in it (tvshow.nfo)
   * after a baseline taken now, which would then count as a change at the next sweep.
   */
  loading?: boolean;
}

export interface SweepResult {
  /** Series whose folders changed (or vanished) since they were last seen. */
  dirty: string[];
  /** The root or a grouping folder changed: there may be new series folders. */
  libraryChanged: boolean;
  /** The root stopped answering during the sweep (timeout, EIO…). */
  unreachable: boolean;
  foldersChecked: number;
}

/**
 * When Anishelf last finished with a series folder: the end of its load, when later than the
 * scan, since the loader's own NFO writes after the scan move the folder's time. Only for a
 * series whose folder times were never recorded (loaded by a version whose scans recorded none):
 * a scan now records the times it started from, which a poll compares instead.
 */
export function lastReadAt(row: { scanned_at: string | null; loading_completed_at: string | null }): string | null {
  if (!row.scanned_at || !row.loading_completed_at) return row.scanned_at;
  return row.loading_completed_at > row.scanned_at ? row.loading_completed_at : row.scanned_at;
}

/**
 * Whether a folder's time is later than a read stamped `readIso`. The stamp is in whole
 * milliseconds and the folder's time is finer: a write in the millisecond the read ended (the
 * loader's tvshow.nfo just before its completion stamp) is not later than it.
 */
export function changedSinceRead(mtimeMs: number, readIso: string): boolean {
  return Math.floor(mtimeMs) > Date.parse(readIso);
}

const CONCURRENCY = 8;

/**
 * One polling pass over a root: compares the modification time of every watched folder (root,
 * grouping layers, series and their direct subfolders) with the database. A folder's time moves
 * when an entry is added, removed or renamed in it, so a new episode shows without reading a file
 * list. Series never recorded get a baseline (and count as changed if their folder is newer than
 * their last scan): that is the start-up reconciliation of a library last seen by an older version.
 */
export async function sweepRoot(
  db: Db,
  io: WatchFs,
  root: { id: number; path: string; lastCheckedMs: number | null },
  series: readonly SweepSeries[],
): Promise<SweepResult> {
  const stored = new Map((await folderTimesOfRoot(db, root.id)).map((f) => [f.path, f]));
  const subfolders = new Map<number, string[]>();
  for (const f of stored.values()) {
    if (f.seriesId !== null) {
      const list = subfolders.get(f.seriesId) ?? [];
      list.push(f.path);
      subfolders.set(f.seriesId, list);
    }
  }
  const result: SweepResult = { dirty: [], libraryChanged: false, unreachable: false, foldersChecked: 0 };
  const baselines: Array<{ seriesId: number | null; folders: FolderStamp[] }> = [];
  const isAway = (err: unknown) => {
    const code = errnoCode(err);
    if (code === 'ENOENT' || code === 'ENOTDIR') return false;
    result.unreachable = true;
    return true;
  };

  await mapLimit(series.filter((s) => s.state !== 'offline'), CONCURRENCY, async (s) => {
    if (result.unreachable) return;
    const known = subfolders.get(s.id);
    if (!known || !stored.has(s.path)) {
      if (s.scannedAt === null || s.loading) return; // not loaded yet: its load reads it anyway
      try {
        const look = await lookAtSeries(io, s.path, { sizes: false });
        result.foldersChecked += look?.folders.length ?? 1;
        if (!look) return void result.dirty.push(s.path);
        const scannedAt = s.scannedAt;
        // A changed series gets no baseline: its rescan records the times it reads from, and until
        // then (a restart before it ran, say) the change is still found.
        if (look.folders.some((f) => changedSinceRead(f.mtimeMs, scannedAt))) result.dirty.push(s.path);
        else baselines.push({ seriesId: s.id, folders: look.folders });
      } catch (err) {
        if (!isAway(err)) result.dirty.push(s.path);
      }
      return;
    }
    // The series folder first, then its recorded subfolders (a new season changes the parent).
    for (const folder of [s.path, ...known.filter((p) => p !== s.path)]) {
      try {
        const stat = await io.stat(folder);
        result.foldersChecked++;
        if (stat.mtimeMs !== stored.get(folder)?.mtimeMs) return void result.dirty.push(s.path);
      } catch (err) {
        if (!isAway(err)) result.dirty.push(s.path);
        return;
      }
    }
  });
  if (result.unreachable) return result;

  const grouping: FolderStamp[] = [];
  const since = root.lastCheckedMs ?? 0;
  for (const folder of groupingFolders(root.path, series.map((s) => s.path))) {
    try {
      const stat = await io.stat(folder);
      result.foldersChecked++;
      grouping.push({ path: folder, mtimeMs: stat.mtimeMs });
      const before = stored.get(folder);
      if (before ? before.mtimeMs !== stat.mtimeMs : stat.mtimeMs > since) result.libraryChanged = true;
    } catch (err) {
      if (isAway(err)) return result;
      result.libraryChanged = true;
    }
  }
  baselines.push({ seriesId: null, folders: grouping });
  await replaceFolderTimes(db, root.id, baselines);
  return result;
}
