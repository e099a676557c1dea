import fs from 'node:fs/promises';
import path from 'node:path';
import type { AddResult, MovedRoot, MovedSeries, SkippedPath } from '../../../shared/types';
import { describeUnreadable } from '../../../shared/unreadable';
import { inTransaction, type Db } from '../db/handle';
import { queueLoadJobs } from '../db/repos/jobs';
import { forgetKeptOutGone, keptOutAmong, letIn } from '../db/repos/kept-out-folders';
import { deepestRootAmong, deleteRootIfEmpty, findRootAt, insertRoot, listRoots, mergeRootsInto, rootsInside } from '../db/repos/roots';
import { deepestSeriesAmong, existingSeriesPaths, getSeriesRows, insertSeries, seriesFolderNames, seriesPathsInside } from '../db/repos/series';
import { moveSeriesFolder } from '../db/repos/series-move';
import type { NewSeries } from '../db/schema';
import { AnishelfError, errnoCode } from '../errors';
import { CallDeadline } from '../fs/call-deadline';
import { OUTSIDE_CODE } from '../fs/inside';
import { discIndexName } from '../media/disc';
import { isBareDiscFolderName, isBareSeasonFolderName, isEpisodePartFolderName } from '../media/folders';
import { asyncFsOps, boundedFsOps, type FsOps } from '../media/fs-ops';
import type { UnreadablePath } from '../media/videos';
import { toFsPath } from '../media/to-path';
import { discoverSeries, type Discovery } from './discover';
import { folderNameColumns } from './folder-name';
import { findMovedRoot, findMovedSeriesRoots, moveRoot } from './moved-root';
import { findMovedSeries } from './moved-series';
import { withoutNestedSeries } from './nested-series';
import { SAMPLE_FOLDER } from './sample-library';
import { toSeriesSummary } from './summary';
import { mapLimit } from '../util/map-limit';

export interface AddDeps {
  db: Db;
  dataDir: string;
  now?: () => Date;
  /** The file-system calls on the folders added (tests pass ones that hang, like a dead share). */
  fs?: FsOps;
  /** How long one call on a folder may go unanswered before that folder is given up. */
  callTimeoutMs?: number;
}

/**
 * A call unanswered this long means the share or drive has stopped responding. Generous: a
 * sleeping NAS disk takes 10 to 20 s to spin up on its first read.
 */
export const ADD_CALL_TIMEOUT_MS = 30_000;

/** A folder given to add, read from disk: refused, or its real path and what its walk found. */
type ReadFolder = { input: string; problem: AnishelfError } | { input: string; real: string; walk: Discovery | AnishelfError };

/** An add of many folders is mostly waiting on the disk, so several are read at once. */
const FOLDERS_READ_AT_ONCE = 8;

/**
 * Adds folders to the library and returns at once: each folder is checked, its series are
 * discovered (several folders at a time), and for each folder in turn its root, `pending` series
 * rows and their load jobs are written in one transaction. Nothing waits for the loader. Every
 * refused path comes back in `skipped` with a reason.
 */
export async function addFolders(deps: AddDeps, inputs: readonly unknown[]): Promise<AddResult> {
  const skipped: SkippedPath[] = [];
  const warnings: SkippedPath[] = [];
  const dataDir = await fs.realpath(deps.dataDir).catch(() => path.resolve(deps.dataDir));
  const added: AddResult['added'] = [];
  const moved: MovedSeries[] = [];
  const movedRoots: MovedRoot[] = [];
  const seenInCall = new Set<string>();

  // Read once for the whole add (a drop may hold 1,000 folders): a library folder added or looked
  // through again stays one, whatever appeared at its top.
  const libraries = new Set((await listRoots(deps.db)).filter((r) => r.kind === 'library').map((r) => r.path));
  // The library's series folder names, read once for the whole add when a folder needs them: a
  // library folder found at a new place has series of the same names (see moved-root.ts).
  let knownNames: Promise<Set<string>> | null = null;
  const names = () => (knownNames ??= seriesFolderNames(deps.db));
  const folders = await mapLimit(inputs, FOLDERS_READ_AT_ONCE, (input) => readFolder(deps, input, dataDir, libraries));
  // The database is written one folder at a time, in the order given: results read in that
  // order, and each folder sees what the ones before it added.
  for (const folder of folders) {
    if ('problem' in folder) {
      skipped.push({ path: folder.input, reason: folder.problem.message, code: folder.problem.code });
      continue;
    }
    if (seenInCall.has(folder.real)) {
      skipped.push({ path: folder.input, reason: 'given more than once; added once' });
      continue;
    }
    seenInCall.add(folder.real);
    const outcome = await addOne(deps, folder, names);
    added.push(...outcome.added);
    skipped.push(...outcome.skipped);
    warnings.push(...outcome.warnings);
    moved.push(...(outcome.moved ?? []));
    movedRoots.push(...(outcome.movedRoots ?? []));
  }
  return { added, skipped, ...(warnings.length ? { warnings } : {}), ...(moved.length ? { moved } : {}), ...(movedRoots.length ? { movedRoots } : {}) };
}

/** Checks one input and walks it, each call bounded so a share that stops answering ends it. */
async function readFolder(deps: AddDeps, input: unknown, dataDir: string, libraries: ReadonlySet<string>): Promise<ReadFolder> {
  const shown = typeof input === 'string' ? input : input instanceof URL ? input.href : String(input);
  const deadline = new CallDeadline(deps.callTimeoutMs ?? ADD_CALL_TIMEOUT_MS);
  const io = boundedFsOps(deps.fs ?? asyncFsOps, deadline);
  let real: string;
  try {
    real = await checkFolder(input, dataDir, io, deadline);
  } catch (err) {
    if (!(err instanceof AnishelfError)) throw err;
    return { input: shown, problem: err };
  }
  return { input: shown, real, walk: await walkFolder(real, dataDir, io, deadline, libraries.has(real)) };
}

async function walkFolder(real: string, dataDir: string, io: FsOps, deadline: CallDeadline, library: boolean): Promise<Discovery | AnishelfError> {
  try {
    const discovery = await discoverSeries(real, { exclude: [dataDir], fs: io, library, isRealPath: true });
    // The walk skips a folder whose call timed out: what it found is not the whole folder.
    return deadline.timedOut ? notResponding(real, deadline) : discovery;
  } catch (err) {
    // Its entries cannot be read (a folder locked to this user), or it went away since checkFolder.
    return folderError(real, err, deadline);
  }
}

/** Why a folder given to add cannot be used, from the error its stat, realpath or first read gave. */
function folderError(folder: string, err: unknown, deadline: CallDeadline): AnishelfError {
  if (deadline.timedOut) return notResponding(folder, deadline);
  const code = errnoCode(err);
  if (code === 'ENOENT' || code === 'ENOTDIR') return new AnishelfError('NOT_FOUND', `${folder} does not exist.`);
  if (code === 'EACCES' || code === 'EPERM') return new AnishelfError('NOT_READABLE', `${folder} cannot be read (permission denied).`);
  if (code === 'ENAMETOOLONG') return new AnishelfError('BAD_PATH', `The path ${folder.slice(0, 80)}… is too long.`);
  if (code === 'ELOOP') return new AnishelfError('SYMLINK_LOOP', `${folder} is a symbolic link that loops back on itself.`);
  return new AnishelfError('NOT_READABLE', `${folder} cannot be read (${code ?? 'unknown error'}).`);
}

/** Validates one input and returns its real path, or throws AnishelfError with the reason. */
async function checkFolder(input: unknown, dataDir: string, io: FsOps, deadline: CallDeadline): Promise<string> {
  if (typeof input !== 'string' && !(input instanceof URL)) {
    throw new AnishelfError('BAD_PATH', 'A folder must be given as a path.');
  }
  const absolute = toFsPath(input);
  let real: string;
  // Whether its entries can be read is found by the walk (walkFolder), which reads them anyway.
  try {
    const stat = await io.stat(absolute);
    if (!stat.isDirectory()) throw new AnishelfError('NOT_A_FOLDER', `${absolute} is a file, not a folder.`);
    real = await io.realpath(absolute);
  } catch (err) {
    if (err instanceof AnishelfError) throw err;
    throw folderError(absolute, err, deadline);
  }
  const sample = path.join(dataDir, SAMPLE_FOLDER);
  const isSample = real === sample || real.startsWith(sample + path.sep);
  if (!isSample && (real === dataDir || real.startsWith(dataDir + path.sep))) {
    throw new AnishelfError('DATA_DIR', `${absolute} is Anishelf's own data folder, not a library.`);
  }
  if (await isPseudoFileSystem(real, deadline)) {
    throw new AnishelfError('SYSTEM_FOLDER', `${absolute} is a system folder (/proc, /sys, /dev), not a library; add the folder that holds your series.`);
  }
  if (isWholeSystemDrive(real)) {
    throw new AnishelfError('DRIVE_ROOT', `${absolute} is the system drive; add the folder that holds your series instead.`);
  }
  return real;
}

// proc, sysfs, devtmpfs/devpts, debugfs, securityfs, cgroup, cgroup2, tracefs, bpf: file systems the kernel makes up.
const PSEUDO_FS_TYPES = new Set([0x9fa0, 0x62656572, 0x1373, 0x1cd1, 0x64626720, 0x73636673, 0x27e0eb, 0x63677270, 0x74726163, 0xcafe4a11]);

/** /proc, /sys and /dev (and paths resolving into them, or such a file system mounted elsewhere). */
async function isPseudoFileSystem(real: string, deadline: CallDeadline): Promise<boolean> {
  if (process.platform === 'win32') return false;
  if (['/proc', '/sys', '/dev'].some((dir) => real === dir || real.startsWith(`${dir}/`))) return true;
  const stat = await deadline.run(() => fs.statfs(real)).catch(() => null);
  return stat !== null && PSEUDO_FS_TYPES.has(Number(stat.type));
}

function isWholeSystemDrive(real: string): boolean {
  if (process.platform === 'win32') {
    const systemDrive = (process.env.SystemDrive ?? 'C:').toUpperCase();
    return real.replace(/[\\/]+$/, '').toUpperCase() === systemDrive;
  }
  return real === '/';
}

function notResponding(folder: string, deadline: CallDeadline): AnishelfError {
  const seconds = Math.round(deadline.timeoutMs / 1000);
  return new AnishelfError('NOT_RESPONDING', `${folder} did not answer within ${seconds} s; is its drive or network share connected? Nothing was added from it.`);
}

async function addOne(deps: AddDeps, folder: Extract<ReadFolder, { real: string }>, knownNames: () => Promise<Set<string>>): Promise<Omit<AddResult, 'warnings'> & { warnings: SkippedPath[] }> {
  const { db } = deps;
  const skipped: SkippedPath[] = [];
  const warnings: SkippedPath[] = [];

  // A library root added again is looked through for new series folders (a rescan, not a no-op).
  let sameRoot = await findRootAt(db, folder.real);
  // One query for both: the folder itself sorts after every folder above it.
  const seriesAtOrAbove = await deepestSeriesAmong(db, [folder.real, ...parentFolders(folder.real)]);
  if (seriesAtOrAbove?.path === folder.real) {
    return { added: [], skipped: [{ path: folder.input, reason: 'already in the library' }], warnings };
  }
  if (seriesAtOrAbove) {
    return { added: [], skipped: [{ path: folder.input, reason: `is inside ${seriesAtOrAbove.path}, which is already in the library` }], warnings };
  }

  if (folder.walk instanceof AnishelfError) {
    return { added: [], skipped: [{ path: folder.input, reason: folder.walk.message, code: folder.walk.code }], warnings };
  }
  const discovery = folder.walk;
  const seasonOf = discovery.kind === 'series' ? seriesAboveSeasonFolder(folder.real) : null;
  if (seasonOf) {
    const reason = `${folder.input} is a season folder of ${seasonOf}; add the series folder ${seasonOf} instead (Kodi reads a series' tvshow.nfo beside its season folders).`;
    return { added: [], skipped: [{ path: folder.input, reason, code: 'SEASON_FOLDER', instead: seasonOf }], warnings };
  }
  const discOf = seriesAboveDiscFolder(folder.real, discovery.kind);
  if (discOf) {
    const reason = `${folder.input} is a disc of ${discOf}; add the series folder ${discOf} instead (a disc rip is one video of its series, as in Kodi).`;
    return { added: [], skipped: [{ path: folder.input, reason, code: 'DISC_FOLDER', instead: discOf }], warnings };
  }
  for (const u of discovery.unreadable) {
    warnings.push(
      u.code === OUTSIDE_CODE
        ? { path: u.path, reason: outsideLinkReason(u, folder.real), code: OUTSIDE_CODE }
        : { path: u.path, reason: `skipped: ${describeUnreadable(u.code)}`, code: u.code },
    );
  }
  if (discovery.series.length === 0) {
    const why = discovery.emptyFolders > 0 ? `no series found (${discovery.emptyFolders} folders without video files)` : 'no series found (no video files)';
    return { added: [], skipped: [{ path: folder.input, reason: why }], warnings };
  }

  const nowIso = (deps.now?.() ?? new Date()).toISOString();
  // The roots above the folder: only a moved root (below) changes roots, and never those above it.
  const rootAbove = await deepestRootAmong(db, parentFolders(folder.real));
  // A library folder found at a new place (a drive mounted elsewhere) takes its series with it;
  // then it is looked through again as that library folder.
  let movedRoot: MovedRoot | null = null;
  if (!sameRoot && !rootAbove && (await knownNamesAmong(knownNames, discovery.series))) {
    const move = await findMovedRoot(db, boundedFs(deps), folder.real, discovery.kind, discovery.series);
    if (move) {
      await moveRoot(db, move, nowIso);
      sameRoot = await findRootAt(db, folder.real);
      movedRoot = { rootId: move.root.id, from: move.root.path, to: move.to, series: move.series.length, found: move.found };
    }
  }
  const done = (outcome: Omit<AddResult, 'warnings'> & { warnings: SkippedPath[] }) => (movedRoot ? { ...outcome, movedRoots: [movedRoot] } : outcome);

  const existing = await existingSeriesPaths(db, discovery.series);
  const notInLibrary = discovery.series.filter((p) => !existing.has(p));
  // Series the user removed stay out when their library folder is looked through again; the
  // folder added on its own comes back.
  const keptOut = await keptOutAmong(db, notInLibrary);
  // A library folder read whole: removed series whose folders went away are forgotten.
  if (sameRoot && discovery.unreadable.length === 0) await forgetKeptOutGone(db, folder.real, new Set(discovery.series));
  const letBackIn = keptOut.delete(folder.real);
  const unknown = keptOut.size > 0 ? notInLibrary.filter((p) => !keptOut.has(p)) : notInLibrary;
  for (const p of keptOut) skipped.push({ path: p, reason: 'was removed from the library, so it is left out; add this folder itself to have it back' });
  // Series added one by one before, whose drive is added now as one library folder at its new place.
  const rootMoves = discovery.kind === 'library' && (await knownNamesAmong(knownNames, unknown)) ? await findMovedSeriesRoots(db, boundedFs(deps), folder.real, unknown) : [];
  const unclaimed = rootMoves.length > 0 ? unknown.filter((p) => !rootMoves.some((m) => m.to === p)) : unknown;
  // A library folder looked through again: a new folder may be a series renamed or moved in it.
  const moves = [...(sameRoot ? await findMovedSeries(db, boundedFs(deps), sameRoot.id, discovery.series, unclaimed) : []), ...rootMoves];
  const movedTo = new Set(moves.map((m) => m.to));
  const found = unknown.filter((p) => !movedTo.has(p));
  // A folder found that holds series of the library, or lies inside one, would share their videos.
  const nestedCheck = withoutNestedSeries(found, found.length > 0 ? await seriesPathsInside(db, folder.real) : []);
  warnings.push(...nestedCheck.skipped);
  const fresh = nestedCheck.addable;
  // A series folder given on its own that holds series of the library is not added, nor made a library folder.
  if (discovery.kind === 'series' && fresh.length === 0 && nestedCheck.skipped.length > 0) return { added: [], skipped, warnings };
  const enclosingRoot = sameRoot ?? rootAbove;
  // Folders added before inside this one become part of it: one root, their series kept as they are.
  const nested = enclosingRoot ? [] : await rootsInside(db, folder.real);
  for (const root of nested) skipped.push({ path: root.path, reason: `was already in the library; it is now part of ${folder.real}`, kept: true });
  if (movedRoot && unknown.length === 0) return done({ added: [], skipped, warnings });
  if (sameRoot && unknown.length === 0) return { added: [], skipped: [...skipped, { path: folder.input, reason: 'already in the library; no new series found' }], warnings };
  if (existing.size > 0 && !movedRoot) skipped.push({ path: folder.input, reason: `${existing.size} series already in the library, kept as they are`, kept: true });
  if (fresh.length === 0 && nested.length === 0 && moves.length === 0) return done({ added: [], skipped, warnings });

  const rows = await inTransaction(db, async (trx) => {
    // insertRoot is idempotent: another process adding the same folder at the same moment is no error.
    const rootId = enclosingRoot
      ? enclosingRoot.id
      : await insertRoot(trx, { path: folder.real, kind: discovery.kind, state: 'online', added_at: nowIso, last_seen_at: nowIso });
    if (nested.length > 0) await mergeRootsInto(trx, nested.map((r) => r.id), rootId);
    for (const move of moves) {
      await moveSeriesFolder(trx, { ...move, rootId }, folderNameColumns(path.basename(move.to)), nowIso);
      if ('oldRootId' in move) await deleteRootIfEmpty(trx, move.oldRootId);
    }
    // Both write in steps and let the event loop through between them (a folder of 10,000
    // series is otherwise one long task that holds every other request).
    const inserted = await insertSeries(trx, fresh.map((p) => newSeriesRow(p, rootId, nowIso)));
    await queueLoadJobs(trx, inserted.map((r) => r.id), nowIso);
    if (letBackIn) await letIn(trx, [folder.real]);
    return inserted;
  });
  // Rows just inserted: none has a match yet.
  const added = rows.map((row) => toSeriesSummary({ ...row, match_state: null }));
  if (moves.length === 0) return done({ added, skipped, warnings });
  const movedRows = new Map((await getSeriesRows(db, moves.map((m) => m.id))).map((r) => [r.id, r]));
  const moved = moves.flatMap((m) => (movedRows.has(m.id) ? [{ from: m.from, series: toSeriesSummary(movedRows.get(m.id)!) }] : []));
  return done({ added, skipped, warnings, moved });
}

/** The file system for one look through a folder, each call bounded (a share that stops answering). */
function boundedFs(deps: AddDeps): FsOps {
  return boundedFsOps(deps.fs ?? asyncFsOps, new CallDeadline(deps.callTimeoutMs ?? ADD_CALL_TIMEOUT_MS));
}

/** Whether any of the series folders found has the name of a series in the library. */
async function knownNamesAmong(knownNames: () => Promise<Set<string>>, seriesFolders: readonly string[]): Promise<boolean> {
  const names = await knownNames();
  return seriesFolders.some((p) => names.has(path.basename(p)));
}

/** A folder link out of the library is skipped: Anishelf writes only inside the folder added. */
function outsideLinkReason(link: UnreadablePath, root: string): string {
  const instead = link.target ? `; add ${link.target} itself to include it` : '';
  return `is a link that leads outside ${root}; skipped (folder links are followed only inside the folder you add, which is the only place Anishelf writes${instead})`;
}

/** A new series folder's row, as an add writes it: pending, titled from its folder name. */
export function newSeriesRow(seriesPath: string, rootId: number, nowIso: string): NewSeries {
  return {
    root_id: rootId,
    path: seriesPath,
    ...folderNameColumns(path.basename(seriesPath)),
    sort_title: null,
    original_title: null,
    has_nfo: 0, has_poster: 0, has_logo: 0, has_fanart: 0,
    nfo_path: null, poster_path: null, logo_path: null, fanart_path: null,
    video_count: 0,
    state: 'present',
    loading_status: 'pending',
    loading_stage: null,
    episodes_loaded: 0, nfo_loaded: 0, logo_loaded: 0, images_loaded: 0,
    loading_started_at: null, loading_completed_at: null, loading_error_code: null, loading_error: null,
    added_at: nowIso,
    scanned_at: null,
    updated_at: nowIso,
  };
}

/**
 * The folder above a season folder given on its own ("Frieren/Season 1"), or null. Added as a
 * series, it would be titled "Season 1" and get a tvshow.nfo where Kodi never looks; adding its
 * parent instead would write outside the folder the user gave, so the add says what to add.
 */
function seriesAboveSeasonFolder(real: string): string | null {
  const parent = path.dirname(real);
  return parent !== real && isBareSeasonFolderName(path.basename(real)) ? parent : null;
}

/**
 * The folder to add instead of a disc given on its own (a disc structure folder such as VIDEO_TS,
 * or a bare "Disc 1"): the first folder above it that is no season, disc or episode folder.
 * Null for any other folder.
 */
function seriesAboveDiscFolder(real: string, kind: Discovery['kind']): string | null {
  const name = path.basename(real);
  if (discIndexName(name) === null && !(kind === 'series' && isBareDiscFolderName(name))) return null;
  let series = path.dirname(real);
  while (series !== path.dirname(series) && isSeriesPartName(path.basename(series))) series = path.dirname(series);
  return series === real ? null : series;
}

function isSeriesPartName(name: string): boolean {
  return isBareSeasonFolderName(name) || isEpisodePartFolderName(name);
}

/** Every folder above `real`, up to the file-system root. */
function parentFolders(real: string): string[] {
  const parents: string[] = [];
  for (let dir = path.dirname(real); ; dir = path.dirname(dir)) {
    parents.push(dir);
    if (dir === path.dirname(dir)) break;
  }
  return parents;
}
