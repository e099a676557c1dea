import fs from 'node:fs/promises';
import path from 'node:path';
import { inTransaction, type Db, type DbOrTx } from '../db/handle';
import { replaceScopeFolderTimes } from '../db/repos/folder-times';
import { applyEpisodeChanges, listEpisodeFiles, type EpisodeChanges } from '../db/repos/episodes';
import { getRootPath } from '../db/repos/roots';
import { markEnded, requireSeriesRow, updateSeries } from '../db/repos/series';
import type { NewEpisode, SeriesRow, SeriesUpdate } from '../db/schema';
import { AnishelfError, errnoCode } from '../errors';
import { isInsideAny } from '../fs/inside';
import { asyncFsOps } from '../media/fs-ops';
import type { UnreadablePath } from '../media/videos';
import type { FolderStamp } from '../watch/folder-stamps';
import { folderAvailability, isOfflineError } from './availability';
import { removeLeftoverTemps } from './leftover-temps';
import { removeOwnLoneNfos } from './lone-nfos';
import { snapshotFolder, type FolderSnapshot, type ScannedVideo, type SnapshotFn } from './folder-snapshot';

export interface ScanResult {
  seriesId: number;
  videoCount: number;
  added: number;
  updated: number;
  removed: number;
  /** Anishelf's own episode NFOs removed because their video was gone. */
  removedNfos: string[];
  unreadable: UnreadablePath[];
}

export interface ScanDeps {
  db: Db;
  now?: () => Date;
}

export interface ScanOptions {
  signal?: AbortSignal;
  /** Where the folder is read: in this thread by default; the loader uses worker threads. */
  snapshot?: SnapshotFn;
  /** The user confirmed that every episode of the series is gone for good (`scan --confirm-removal`). */
  confirmRemoval?: boolean;
}

/** What reading a series folder found: the folder itself, and how the rows must change. */
export interface FolderScan {
  snapshot: FolderSnapshot;
  episodes: EpisodeChanges;
  /** The series columns the folder decides (media flags and paths, video count, scan time). */
  series: SeriesUpdate;
  /** The folder as it was before it was listed (null when it could not be read, or has no library folder). */
  folder: ScannedFolder | null;
}

/** What a scan records for the watcher's polls, in the transaction of its rows. */
export interface SeriesFolderTimes {
  rootId: number;
  seriesId: number;
  /** The series folder first, then its subfolders. */
  folders: FolderStamp[];
}

/** A series folder as its scan started from: the times it records, and the names in the folder then. */
export interface ScannedFolder {
  readonly times: SeriesFolderTimes;
  readonly names: readonly string[];
}

const inThread: SnapshotFn = (request) => snapshotFolder(request, asyncFsOps);

/**
 * Scans one series folder — never the rest of the library — and brings its episode rows and
 * media flags up to date in one transaction. A folder that cannot be reached marks the series
 * offline (or missing) and keeps every row.
 */
export async function scanSeries(deps: ScanDeps, seriesId: number, options: ScanOptions = {}): Promise<ScanResult> {
  const series = await requireSeriesRow(deps.db, seriesId);
  const scan = await readSeriesFolder(deps, series, options);
  await inTransaction(deps.db, async (trx) => {
    await applyEpisodeChanges(trx, scan.episodes);
    await updateSeries(trx, seriesId, scan.series);
    if (scan.folder) await recordScannedFolderTimes(trx, scan.folder.times);
  });
  return scanResult(seriesId, scan);
}

export function scanResult(seriesId: number, scan: FolderScan): ScanResult {
  const { snapshot, episodes } = scan;
  return { seriesId, videoCount: scan.series.video_count ?? snapshot.files.length, added: episodes.insert.length, updated: episodes.update.length, removed: episodes.remove.length, removedNfos: episodes.removedNfos ?? [], unreadable: snapshot.unreadable };
}

/**
 * Reads the folder and compares it with the rows. Writes no row, except marking a series whose
 * folder cannot be reached offline or missing before the error is thrown; in the folder, it
 * removes Anishelf's own episode NFOs left without their video (see removeOwnLoneNfos) and the
 * temp files of its writes that a killed process left (see removeLeftoverTemps).
 */
export async function readSeriesFolder(deps: ScanDeps, series: SeriesRow, options: ScanOptions = {}): Promise<FolderScan> {
  let snapshot: FolderSnapshot;
  // The library folder's .plexignore (and those between it and the series) apply to the series.
  const libraryFolder = series.root_id === null ? null : await getRootPath(deps.db, series.root_id);
  try {
    snapshot = await (options.snapshot ?? inThread)(
      { folder: series.path, folderName: series.folder_name, seasonHint: series.season_hint, libraryFolder },
      options.signal ? { signal: options.signal } : {},
    );
  } catch (err) {
    throw await unreachable(deps, series, err);
  }
  options.signal?.throwIfAborted();
  if (snapshot.excluded) throw excludedError(series.path);
  const existing = await listEpisodeFiles(deps.db, series.id);
  const { changes, kept } = episodeChanges(series, snapshot, existing);
  if (!options.confirmRemoval) await refuseMassRemoval(deps, series, snapshot, changes.remove.length);
  const removedNfos = await removeOwnLoneNfos(deps.db, series.path, snapshot.loneNfos);
  await removeLeftoverTemps(series.path, snapshot.leftoverTemps, (deps.now?.() ?? new Date()).getTime());
  if (removedNfos.length > 0) changes.removedNfos = removedNfos;
  return { snapshot, episodes: changes, series: { ...seriesColumns(snapshot, nowIso(deps)), video_count: snapshot.files.length + kept }, folder: scannedFolder(series, snapshot) };
}

/**
 * The folder times a poll compares with, taken before the listing (see FolderSnapshot.stamp): a
 * file added after it moves a time past them, so the next poll reads the series again. (Taken
 * after, or compared with the clock, a file copied in during the load was never seen: its time
 * was older than the load's end, and a share's clock need not be ours.) Anishelf's own writes
 * after the scan record the times they leave; a lone NFO or leftover temp file removed below moves
 * the time once, and the next poll's rescan finds the folder settled.
 */
function scannedFolder(series: SeriesRow, snapshot: FolderSnapshot): ScannedFolder | null {
  const { stamp } = snapshot;
  return series.root_id === null || !stamp ? null : { times: { rootId: series.root_id, seriesId: series.id, folders: stamp.folders }, names: stamp.names };
}

/** Keeps a scan's folder times, in the transaction that writes its rows. */
export function recordScannedFolderTimes(trx: DbOrTx, times: SeriesFolderTimes): Promise<void> {
  return replaceScopeFolderTimes(trx, times.rootId, { seriesId: times.seriesId, folders: times.folders });
}

/** A series the user left out of media libraries after adding it: its rows stay, nothing is written in it. */
function excludedError(folder: string): AnishelfError {
  return new AnishelfError(
    'SERIES_EXCLUDED',
    `${folder} is left out of media libraries (a .nomedia or .ignore file in it, or a .plexignore that leaves out its videos), so Anishelf leaves it alone. ` +
      'Remove it from the library, or take the rule out and retry.',
  );
}

/** Why the folder could not be read: offline or missing (kept, marked), else the error itself. */
async function unreachable(deps: ScanDeps, series: SeriesRow, err: unknown): Promise<unknown> {
  // errnoCode reads `code` also from an AnishelfError that carried it across a worker thread.
  const code = errnoCode(err);
  if (code !== 'ENOENT' && code !== 'ENOTDIR' && !isOfflineError(err)) return err;
  const rootPath = series.root_id === null ? null : await getRootPath(deps.db, series.root_id);
  const availability = await folderAvailability(series.path, rootPath);
  if (availability === 'present') return err;
  await updateSeries(deps.db, series.id, { state: availability, updated_at: nowIso(deps) });
  return availability === 'offline'
    ? new AnishelfError('SERIES_OFFLINE', `${series.path} cannot be reached; its drive or share seems to be offline. It loads again when it is back.`)
    : new AnishelfError('SERIES_MISSING', `${series.path} is no longer there; it was moved or deleted. Remove it from the library or put it back and reload.`);
}

/**
 * A scan never deletes more than it can explain. A folder that had episodes and is now empty (or
 * lost its videos and its NFO at once) is an unmounted share or an unplugged drive: offline. A
 * folder that lost every video but kept the rest is kept as it was until the user confirms.
 */
async function refuseMassRemoval(deps: ScanDeps, series: SeriesRow, snapshot: FolderSnapshot, episodes: number): Promise<void> {
  if (snapshot.files.length > 0) return;
  if (episodes === 0) return; // nothing would go (what could not be read is kept)
  const entries = await fs.readdir(series.path).catch(() => []);
  const lostNfo = series.has_nfo === 1 && !snapshot.media.nfo.exists;
  if (entries.length === 0 || lostNfo) {
    await updateSeries(deps.db, series.id, { state: 'offline', updated_at: nowIso(deps) });
    throw new AnishelfError(
      'SERIES_OFFLINE',
      `${series.path} is empty now; its drive or share seems to be offline, so Anishelf keeps its ${episodes} episodes. It loads again when the files are back.`,
    );
  }
  const error = new AnishelfError(
    'EPISODES_VANISHED',
    `All ${episodes} episodes of ${series.path} disappeared at once, so Anishelf kept them in the library. If they were removed on purpose, ` +
      `run \`anishelf scan ${series.id} --confirm-removal\`; if not, put them back and reload.`,
  );
  // Outside the loader (which records its own failures) the series is marked here, for the user to confirm.
  if (series.loading_status !== 'loading') await markEnded(deps.db, series.id, 'failed', error.toInfo(), nowIso(deps));
  throw error;
}

/**
 * How the rows must change to match the folder. A row under a path that could not be read (a
 * locked season folder, a link to a drive that is away) is kept as it is, not taken as gone:
 * `kept` counts them.
 */
function episodeChanges(series: SeriesRow, snapshot: FolderSnapshot, existing: KnownEpisodeFile[]): { changes: EpisodeChanges; kept: number } {
  const byPath = new Map(existing.map((e) => [e.path, e]));
  const changes: EpisodeChanges = { insert: [], update: [], remove: [] };
  // A fresh load re-parses every name (the parser may have improved); a rescan only what changed.
  const reparseAll = series.episodes_loaded === 0;
  const fresh: ScannedVideo[] = [];
  for (const file of snapshot.files) {
    const old = byPath.get(file.path);
    byPath.delete(file.path);
    if (!old) fresh.push(file);
    else if (reparseAll || old.size !== file.size || old.mtime_ms !== file.mtimeMs) changes.update.push({ id: old.id, row: newEpisodeRow(series.id, file) });
  }
  const unread = snapshot.unreadable.map((u) => u.path);
  const gone = [...byPath.values()].filter((e) => !isInsideAny(e.path, unread));
  const moved = fresh.length > 0 && gone.length > 0 ? movedVideos(gone, fresh) : new Map<ScannedVideo, KnownEpisodeFile>();
  for (const file of fresh) {
    const row = newEpisodeRow(series.id, file);
    const old = moved.get(file);
    if (!old) {
      changes.insert.push(row);
      continue;
    }
    changes.update.push({ id: old.id, row });
    if (old.nfo_path && file.nfoPath && path.basename(old.nfo_path) === path.basename(file.nfoPath)) (changes.movedNfos ??= []).push({ from: old.nfo_path, to: file.nfoPath });
  }
  const movedIds = new Set([...moved.values()].map((e) => e.id));
  changes.remove = gone.filter((e) => !movedIds.has(e.id)).map((e) => e.id);
  return { changes, kept: byPath.size - gone.length };
}

type KnownEpisodeFile = Awaited<ReturnType<typeof listEpisodeFiles>>[number];

/**
 * Videos that moved inside the series (a season folder renamed, "Season 1" to "Season 01"): the
 * same name, size and time under another folder. Each keeps its row, and its NFO, moved with it,
 * stays known as Anishelf's own. A name found twice either side is left as a new file.
 */
function movedVideos(gone: readonly KnownEpisodeFile[], fresh: readonly ScannedVideo[]): Map<ScannedVideo, KnownEpisodeFile> {
  const key = (name: string, size: number, mtimeMs: number) => `${size}:${mtimeMs}:${name}`;
  const goneByKey = uniqueBy(gone, (e) => key(path.basename(e.path), e.size, e.mtime_ms));
  const freshByKey = uniqueBy(fresh, (f) => key(path.basename(f.path), f.size, f.mtimeMs));
  const moved = new Map<ScannedVideo, KnownEpisodeFile>();
  for (const [k, file] of freshByKey) {
    const old = goneByKey.get(k);
    if (old) moved.set(file, old);
  }
  return moved;
}

/** Items by key, without the keys that more than one item has. */
function uniqueBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T> {
  const byKey = new Map<string, T | null>();
  for (const item of items) {
    const k = keyOf(item);
    byKey.set(k, byKey.has(k) ? null : item);
  }
  return new Map([...byKey].filter((entry): entry is [string, T] => entry[1] !== null));
}

/** The episode row a scanned video gets. */
export function newEpisodeRow(seriesId: number, file: ScannedVideo): NewEpisode {
  return {
    series_id: seriesId,
    path: file.path,
    size: file.size,
    mtime_ms: file.mtimeMs,
    season: file.season,
    episode: file.episodes[0] ?? null,
    episodes: JSON.stringify(file.episodes),
    absolute: JSON.stringify(file.absolute),
    special: file.special ? 1 : 0,
    title: file.title,
    version: file.version,
    special_kind: file.specialKind,
    parsed: JSON.stringify(file.details),
    nfo_path: file.nfoPath ?? null,
  };
}

function seriesColumns(snapshot: FolderSnapshot, now: string): SeriesUpdate {
  const { media } = snapshot;
  return {
    state: 'present',
    video_count: snapshot.files.length,
    has_nfo: media.nfo.exists ? 1 : 0,
    has_poster: media.poster.exists ? 1 : 0,
    has_logo: media.logo.exists ? 1 : 0,
    has_fanart: media.fanart.exists ? 1 : 0,
    nfo_path: media.nfo.path,
    poster_path: media.poster.path,
    logo_path: media.logo.path,
    fanart_path: media.fanart.path,
    unreadable_paths: JSON.stringify(snapshot.unreadable),
    scanned_at: now,
    updated_at: now,
  };
}

function nowIso(deps: ScanDeps): string {
  return (deps.now?.() ?? new Date()).toISOString();
}
