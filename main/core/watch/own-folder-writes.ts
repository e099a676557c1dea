import type { Db } from '../db/handle';
import { folderTimesOfSeries, replaceFolderTimes } from '../db/repos/folder-times';
import { getSeriesRow } from '../db/repos/series';
import { lookAtSeries, type SeriesLook } from './folder-stamps';
import { nodeWatchFs, type WatchFs } from './probe';
import { changedSinceRead, lastReadAt } from './sweep';

/** The own writes under way in one series' folders, which record its folder times together. */
interface WriteGroup {
  /** Whether the folders were unchanged before the group's first write (and where the series is). */
  readonly start: Promise<{ rootId: number; path: string } | null>;
  writers: number;
  failed: boolean;
  /** Set once the last writer left: the folder times are being recorded. */
  closing: Promise<void> | null;
}

const groups = new WeakMap<Db, Map<number, WriteGroup>>();

/**
 * Runs `write`, Anishelf writing into a series folder after its load (episode NFOs, a matched
 * tvshow.nfo, artwork), then records the series' folder times as the write left them, so the next
 * sweep does not take Anishelf's own files for a change and read the series again (at 10,000
 * series, a second import). Only when the folders were unchanged just before the write (times as
 * recorded, or none newer than the last read): a change someone else made before it is left for
 * the sweep to find. A change made during the write itself, in the same folder, is taken as
 * Anishelf's; with the watch on, its own event still reads the series.
 *
 * Writers that overlap in one series (the episode-NFO filler and an artwork download) join one
 * group: each alone would see the other's files as someone else's change, or record the times
 * before the other was done, and the next sweep would read the series again.
 */
export async function keepingFolderTimes<T>(db: Db, seriesId: number, write: () => Promise<T>, io: WatchFs = nodeWatchFs): Promise<T> {
  const group = await joinGroup(db, seriesId, io);
  let ok = false;
  try {
    await group.start;
    const result = await write();
    ok = true;
    return result;
  } finally {
    if (!ok) group.failed = true;
    if (--group.writers === 0) await closeGroup(db, seriesId, group, io);
  }
}

async function joinGroup(db: Db, seriesId: number, io: WatchFs): Promise<WriteGroup> {
  let series = groups.get(db);
  if (!series) groups.set(db, (series = new Map()));
  for (;;) {
    const current = series.get(seriesId);
    if (!current) break;
    if (!current.closing) {
      current.writers++;
      return current;
    }
    await current.closing.catch(() => undefined); // the times it records must not include this writer's files
  }
  const group: WriteGroup = { start: startLook(db, seriesId, io), writers: 1, failed: false, closing: null };
  series.set(seriesId, group);
  return group;
}

async function startLook(db: Db, seriesId: number, io: WatchFs): Promise<{ rootId: number; path: string } | null> {
  const row = await getSeriesRow(db, seriesId);
  if (row?.state !== 'present' || row.root_id == null) return null;
  const before = await lookAtSeries(io, row.path, { sizes: false }).catch(() => null);
  if (process.env.ZZ_DEBUG) console.log('[zz] start', seriesId, JSON.stringify(before?.folders), row.scanned_at, row.loading_completed_at, JSON.stringify([...(await folderTimesOfSeries(db, row.id))]), new Error().stack?.split('\n').slice(2,9).join(' | '));
  return before && (await unchangedSinceRead(db, row, before)) ? { rootId: row.root_id, path: row.path } : null;
}

function closeGroup(db: Db, seriesId: number, group: WriteGroup, io: WatchFs): Promise<void> {
  group.closing = (async () => {
    try {
      const start = await group.start.catch(() => null);
      if (!start || group.failed) return;
      const after = await lookAtSeries(io, start.path, { sizes: false }).catch(() => null);
      if (process.env.ZZ_DEBUG) console.log('[zz] record', seriesId, JSON.stringify(after?.folders));
      if (after) await replaceFolderTimes(db, start.rootId, [{ seriesId, folders: after.folders }]);
    } finally {
      groups.get(db)?.delete(seriesId);
    }
  })();
  return group.closing;
}

async function unchangedSinceRead(db: Db, row: { id: number; path: string; scanned_at: string | null; loading_completed_at: string | null }, look: SeriesLook): Promise<boolean> {
  const recorded = await folderTimesOfSeries(db, row.id);
  if (recorded.has(row.path)) return look.folders.every((f) => recorded.get(f.path) === f.mtimeMs);
  // Not recorded yet: the sweep compares the folders with the last read (see sweepRoot).
  const read = lastReadAt(row);
  return read !== null && !look.folders.some((f) => changedSinceRead(f.mtimeMs, read));
}
