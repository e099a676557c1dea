import path from 'node:path';
import type { Db } from '../db/handle';
import { folderTimesOfSeries, replaceFolderTimes } from '../db/repos/folder-times';
import { getSeriesRow } from '../db/repos/series';
import { lookAtSeries, type FolderStamp, type SeriesLook } from './folder-stamps';
import { isAtomicTempName } from '../fs/atomic-write';
import { ownWrites } from '../fs/own-writes';
import { nodeWatchFs, type WatchFs } from './probe';
import { changedSinceRead, lastReadAt } from './sweep';

/** The own writes under way in one series' folders, which record its folder times together. */
interface WriteGroup {
  /** Whether the folders were unchanged before the group's first write (where the series is, what its folders held). */
  readonly start: Promise<{ rootId: number; path: string; entries: Set<string> } | null>;
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
 * the sweep to find. Nor when a file that Anishelf did not write came or went during the writes
 * (an episode copied onto a share meanwhile): polling has no event to tell of it but the
 * folder's time, which must then stay unrecorded.
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

async function startLook(db: Db, seriesId: number, io: WatchFs): Promise<{ rootId: number; path: string; entries: Set<string> } | null> {
  const row = await getSeriesRow(db, seriesId);
  if (row?.state !== 'present' || row.root_id == null) return null;
  const before = await lookAtSeries(io, row.path, { sizes: false, entries: true }).catch(() => null);
  return before && (await unchangedSinceRead(db, row, before)) ? { rootId: row.root_id, path: row.path, entries: before.entries } : null;
}

function closeGroup(db: Db, seriesId: number, group: WriteGroup, io: WatchFs): Promise<void> {
  group.closing = (async () => {
    try {
      const start = await group.start.catch(() => null);
      if (!start || group.failed) return;
      const after = await lookAtSeries(io, start.path, { sizes: false, entries: true }).catch(() => null);
      if (after && onlyOwnChanges(start.entries, after.entries)) await replaceFolderTimes(db, start.rootId, [{ seriesId, folders: after.folders }]);
    } finally {
      groups.get(db)?.delete(seriesId);
    }
  })();
  return group.closing;
}

/** Whether every entry that came since `before` is a file Anishelf wrote, and none went but its own temp files. */
function onlyOwnChanges(before: ReadonlySet<string>, after: ReadonlySet<string>): boolean {
  for (const entry of after) if (!before.has(entry) && !ownWrites.has(entry)) return false;
  for (const entry of before) if (!after.has(entry) && !isAtomicTempName(path.basename(entry))) return false;
  return true;
}

/**
 * Whether a series' folders have the times recorded for them: Anishelf's own writes recorded what
 * they left, or nothing changed since its scan. False when none are recorded.
 */
export async function foldersAsRecorded(db: Db, series: { id: number; path: string }, folders: readonly FolderStamp[]): Promise<boolean> {
  const recorded = await folderTimesOfSeries(db, series.id);
  return recorded.has(series.path) && timesAsRecorded(recorded, folders);
}

function timesAsRecorded(recorded: ReadonlyMap<string, number>, folders: readonly FolderStamp[]): boolean {
  return folders.every((f) => recorded.get(f.path) === f.mtimeMs);
}

async function unchangedSinceRead(db: Db, row: { id: number; path: string; scanned_at: string | null; loading_completed_at: string | null }, look: SeriesLook): Promise<boolean> {
  const recorded = await folderTimesOfSeries(db, row.id);
  if (recorded.has(row.path)) return timesAsRecorded(recorded, look.folders);
  // Not recorded yet: the sweep compares the folders with the last read (see sweepRoot).
  const read = lastReadAt(row);
  return read !== null && !look.folders.some((f) => changedSinceRead(f.mtimeMs, read));
}
