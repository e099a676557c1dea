import fs from 'node:fs/promises';
import type { Kysely } from 'kysely';
import type { Database, NewEpisode, SeriesRow, SeriesUpdate } from '../db/schema';
import { AnishelfError, errnoCode } from '../errors';
import { requireSeriesRow } from '../library/series-repo';
import { markEnded } from '../loader/series-status-repo';
import { asyncFsOps } from '../media/fs-ops';
import type { UnreadablePath } from '../media/videos';
import { chunks } from '../util/chunks';
import { folderAvailability, isOfflineError } from './availability';
import { snapshotFolder, type FolderSnapshot, type SnapshotFn } from './folder-snapshot';

export interface ScanResult {
  seriesId: number;
  videoCount: number;
  added: number;
  updated: number;
  removed: number;
  unreadable: UnreadablePath[];
}

export interface ScanDeps {
  db: Kysely<Database>;
  now?: () => Date;
}

export interface ScanOptions {
  signal?: AbortSignal;
  /** Where the folder is read: in this thread by default; the loader uses worker threads. */
  snapshot?: SnapshotFn;
  /** The row, when the caller has it already (the loader does). */
  series?: SeriesRow;
  /** More columns to set in the same transaction (the loader's stage bookkeeping). */
  alsoSet?: SeriesUpdate;
  /** The user confirmed that every episode of the series is gone for good (`scan --confirm-removal`). */
  confirmRemoval?: boolean;
}

const inThread: SnapshotFn = (request) => snapshotFolder(request, asyncFsOps);

/**
 * Scans one series folder — never the rest of the library — and brings its episode rows and
 * media flags up to date in one transaction. A folder that cannot be reached marks the series
 * offline (or missing) and keeps every row.
 */
export async function scanSeries(deps: ScanDeps, seriesId: number, options: ScanOptions = {}): Promise<ScanResult> {
  const { db } = deps;
  const series = options.series ?? (await requireSeriesRow(db, seriesId));
  let snapshot: FolderSnapshot;
  try {
    snapshot = await (options.snapshot ?? inThread)(
      { folder: series.path, folderName: series.folder_name, seasonHint: series.season_hint },
      options.signal ? { signal: options.signal } : {},
    );
  } catch (err) {
    throw await unreachable(deps, series, err);
  }
  options.signal?.throwIfAborted();
  if (!options.confirmRemoval) await refuseMassRemoval(deps, series, snapshot);
  const counts = await applySnapshot(deps, series, snapshot, options.alsoSet ?? {});
  return { seriesId, videoCount: snapshot.files.length, ...counts, unreadable: snapshot.unreadable };
}

/** Why the folder could not be read: offline or missing (kept, marked), else the error itself. */
async function unreachable(deps: ScanDeps, series: SeriesRow, err: unknown): Promise<unknown> {
  // errnoCode reads `code` also from an AnishelfError that carried it across a worker thread.
  const code = errnoCode(err);
  if (code !== 'ENOENT' && code !== 'ENOTDIR' && !isOfflineError(err)) return err;
  const root = series.root_id === null ? null : await deps.db.selectFrom('library_roots').select('path').where('id', '=', series.root_id).executeTakeFirst();
  const availability = await folderAvailability(series.path, root?.path ?? null);
  if (availability === 'present') return err;
  await deps.db.updateTable('series').set({ state: availability, updated_at: nowIso(deps) }).where('id', '=', series.id).execute();
  return availability === 'offline'
    ? new AnishelfError('SERIES_OFFLINE', `${series.path} cannot be reached; its drive or share seems to be offline. It loads again when it is back.`)
    : new AnishelfError('SERIES_MISSING', `${series.path} is no longer there; it was moved or deleted. Remove it from the library or put it back and reload.`);
}

/**
 * A scan never deletes more than it can explain. A folder that had episodes and is now empty (or
 * lost its videos and its NFO at once) is an unmounted share or an unplugged drive: offline. A
 * folder that lost every video but kept the rest is kept as it was until the user confirms.
 */
async function refuseMassRemoval(deps: ScanDeps, series: SeriesRow, snapshot: FolderSnapshot): Promise<void> {
  if (snapshot.files.length > 0) return;
  const known = await deps.db.selectFrom('episodes').select(({ fn }) => fn.countAll<number>().as('n')).where('series_id', '=', series.id).executeTakeFirstOrThrow();
  const episodes = Number(known.n);
  if (episodes === 0) return;
  const entries = await fs.readdir(series.path).catch(() => []);
  const lostNfo = series.has_nfo === 1 && !snapshot.media.nfo.exists;
  if (entries.length === 0 || lostNfo) {
    await deps.db.updateTable('series').set({ state: 'offline', updated_at: nowIso(deps) }).where('id', '=', series.id).execute();
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

async function applySnapshot(deps: ScanDeps, series: SeriesRow, snapshot: FolderSnapshot, alsoSet: SeriesUpdate) {
  const { db } = deps;
  const existing = await db.selectFrom('episodes').select(['id', 'path', 'size', 'mtime_ms']).where('series_id', '=', series.id).execute();
  const byPath = new Map(existing.map((e) => [e.path, e]));
  const inserts: NewEpisode[] = [];
  const updates: Array<{ id: number; row: NewEpisode }> = [];
  // A fresh load re-parses every name (the parser may have improved); a rescan only what changed.
  const reparseAll = series.episodes_loaded === 0;
  for (const file of snapshot.files) {
    const row: NewEpisode = {
      series_id: series.id,
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
    const old = byPath.get(file.path);
    byPath.delete(file.path);
    if (!old) inserts.push(row);
    else if (reparseAll || old.size !== file.size || old.mtime_ms !== file.mtimeMs) updates.push({ id: old.id, row });
  }
  const gone = [...byPath.values()].map((e) => e.id);
  const { media } = snapshot;
  await db.transaction().execute(async (trx) => {
    for (const batch of chunks(inserts, 300)) await trx.insertInto('episodes').values(batch).execute();
    for (const { id, row } of updates) await trx.updateTable('episodes').set(row).where('id', '=', id).execute();
    for (const batch of chunks(gone, 500)) await trx.deleteFrom('episodes').where('id', 'in', batch).execute();
    await trx
      .updateTable('series')
      .set({
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
        scanned_at: nowIso(deps),
        updated_at: nowIso(deps),
        ...alsoSet,
      })
      .where('id', '=', series.id)
      .execute();
  });
  return { added: inserts.length, updated: updates.length, removed: gone.length };
}

function nowIso(deps: ScanDeps): string {
  return (deps.now?.() ?? new Date()).toISOString();
}
