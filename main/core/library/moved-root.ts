import path from 'node:path';
import type { Db } from '../db/handle';
import { inTransaction } from '../db/handle';
import { moveKeptOutBelow } from '../db/repos/kept-out-folders';
import { listRoots, setRootPath } from '../db/repos/roots';
import { countSeriesInRoot, seriesNamed, seriesOfRoot } from '../db/repos/series';
import { moveSeriesFolder } from '../db/repos/series-move';
import type { LibraryRootRow } from '../db/schema';
import { errnoCode } from '../errors';
import { isInsideFolder } from '../fs/inside';
import type { FsOps } from '../media/fs-ops';
import { yieldToEventLoop } from '../util/yield';
import { folderNameColumns } from './folder-name';
import { KnownVideos, videoKeys } from './moved-series';

// A library folder that moved as a whole: a NAS share mounted under another path, a disk that
// got another drive letter or mount point, a library copied to a bigger disk and the old one
// unplugged. Its series are offline where they were (a drive away is never a deletion), so the
// per-series move detection, which only pairs series found gone, never sees them, and adding the
// new place made a second copy of every series without the matches, picks, locks and not-wanted
// marks the user set (Kodi users know this as path substitution; tinyMediaManager asks to
// "exchange the data source").

/** How many of the series found at the same places have their videos compared on disk. */
const SERIES_COMPARED = 8;

export interface RootMove {
  root: LibraryRootRow;
  to: string;
  /** Every series of the root, with the path it takes under `to` (the same place inside it). */
  series: Array<{ id: number; from: string; to: string }>;
  /** How many of them the new folder holds. */
  found: number;
}

/**
 * The library folder that `folder`, added now, is the new place of: one that cannot be reached
 * where it was (gone, or an empty mount point), of the same kind, at least half of whose series
 * are in `folder` at the same places, and whose series compared on disk (a few, spread over the
 * library) hold the same videos. Null when none is.
 */
export async function findMovedRoot(db: Db, fs: FsOps, folder: string, kind: LibraryRootRow['kind'], discovered: readonly string[]): Promise<RootMove | null> {
  // First by folder names alone, from the index: only library folders holding series of these
  // names are looked at further.
  const named = new Map<number, number>();
  for (const s of await seriesNamed(db, discovered.map((p) => path.basename(p)), ['present', 'offline', 'missing'])) {
    if (s.root_id !== null) named.set(s.root_id, (named.get(s.root_id) ?? 0) + 1);
  }
  if (named.size === 0) return null;
  const here = new Set(discovered);
  let best: RootMove | null = null;
  for (const root of await listRoots(db)) {
    const names = named.get(root.id) ?? 0;
    if (names === 0 || root.kind !== kind || isInsideFolder(folder, root.path) || isInsideFolder(root.path, folder)) continue;
    if (names * 2 < (await countSeriesInRoot(db, root.id)) || !(await isUnreachable(fs, root.path))) continue;
    const series = await seriesOfRoot(db, root.id);
    // A series in a loader's hands now is left to it; the next add tries again.
    if (series.length === 0 || series.some((s) => s.loading_status === 'loading')) continue;
    const moved = series.map((s) => ({ id: s.id, from: s.path, to: placeUnder(folder, root.path, s.path) }));
    const found = moved.filter((s) => here.has(s.to));
    if (found.length * 2 < series.length || (best && found.length <= best.found)) continue;
    if (!(await sameVideos(db, fs, found))) continue;
    best = { root, to: folder, series: moved, found: found.length };
  }
  return best;
}

/** A series added on its own (its own library folder), found in a library folder added now. */
export interface SeriesRootMove {
  id: number;
  from: string;
  to: string;
  /** The library folder it was alone in, which goes once the series is in the new one. */
  oldRootId: number;
}

/**
 * Series added one by one (each series folder its own library folder) that cannot be reached
 * where they were, found under `folder` by name with the same videos: the drive that held them,
 * added now as one library folder at its new place. `candidates` are the series folders found
 * there that the library does not know.
 */
export async function findMovedSeriesRoots(db: Db, fs: FsOps, folder: string, candidates: readonly string[]): Promise<SeriesRootMove[]> {
  // A name found twice in the folder ("A/Show", "B/Show") says nothing about which is which.
  const byName = new Map<string, string | null>();
  for (const p of candidates) byName.set(path.basename(p), byName.has(path.basename(p)) ? null : p);
  const roots = new Map((await listRoots(db)).map((r) => [r.id, r]));
  const moves: SeriesRootMove[] = [];
  for (const s of await seriesNamed(db, [...byName.keys()], ['present', 'offline', 'missing'])) {
    const root = s.root_id === null ? undefined : roots.get(s.root_id);
    const to = byName.get(s.folder_name);
    if (!root || root.kind !== 'series' || root.path !== s.path || !to || s.loading_status === 'loading') continue;
    if (isInsideFolder(root.path, folder) || !(await isUnreachable(fs, root.path))) continue;
    if (!(await sameVideos(db, fs, [{ id: s.id, from: s.path, to }]))) continue;
    moves.push({ id: s.id, from: s.path, to, oldRootId: root.id });
    byName.set(s.folder_name, null);
  }
  return moves;
}

/** Points the root at its new folder and moves each series record with it (see moveSeriesFolder). */
export async function moveRoot(db: Db, move: RootMove, nowIso: string): Promise<void> {
  await inTransaction(db, async (trx) => {
    await setRootPath(trx, move.root.id, move.to, nowIso);
    // The series the user removed from it stay out at its new place.
    await moveKeptOutBelow(trx, move.root.path, move.to);
    for (const [i, s] of move.series.entries()) {
      // The event loop runs between steps, as in insertSeries: a library of thousands is long work.
      if (i > 0 && i % 200 === 0) await yieldToEventLoop();
      await moveSeriesFolder(trx, { ...s, rootId: move.root.id }, folderNameColumns(path.basename(s.to)), nowIso);
    }
  });
}

/** `seriesPath`, which was under `oldRoot`, at the same place under `folder`. */
function placeUnder(folder: string, oldRoot: string, seriesPath: string): string {
  const rel = path.relative(oldRoot, seriesPath);
  return rel === '' ? folder : path.join(folder, rel);
}

/** Gone, or an empty folder (a mount point with nothing mounted); a folder that does not answer is not known to be either. */
async function isUnreachable(fs: FsOps, folder: string): Promise<boolean> {
  try {
    return (await fs.readdir(folder)).length === 0;
  } catch (err) {
    const code = errnoCode(err);
    return code === 'ENOENT' || code === 'ENOTDIR';
  }
}

/** Whether the series compared hold, at their new places, the videos on record (see KnownVideos). */
async function sameVideos(db: Db, fs: FsOps, found: ReadonlyArray<{ id: number; from: string; to: string }>): Promise<boolean> {
  const step = Math.max(1, Math.floor(found.length / SERIES_COMPARED));
  let compared = 0;
  for (let i = 0; i < found.length && compared < SERIES_COMPARED; i += step) {
    const s = found[i]!;
    const known = new KnownVideos();
    await known.addSeries(db, { id: s.id, path: s.from });
    if (known.empty) continue; // never loaded: nothing on record to compare
    if (known.bestFor(await videoKeys(fs, s.to)) === null) return false;
    compared++;
  }
  return compared > 0;
}
