import type { Kysely } from 'kysely';
import type { Database, NewEpisode } from '../db/schema';
import { AnishelfError } from '../errors';
import { requireSeriesRow } from '../library/series-repo';
import { checkMediaFiles } from '../media/check';
import { listVideoFiles, type UnreadablePath } from '../media/videos';
import { chunks } from '../util/chunks';
import { folderAvailability } from './availability';
import { episodeNumbersFor } from './episode-numbers';

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

/**
 * Scans one series folder — never the rest of the library — and brings its episode rows and
 * media flags up to date in one transaction. A folder that cannot be reached marks the series
 * offline (or missing) and keeps every row.
 */
export async function scanSeries(deps: ScanDeps, seriesId: number, options: { signal?: AbortSignal } = {}): Promise<ScanResult> {
  const { db } = deps;
  const series = await requireSeriesRow(db, seriesId);
  const root = series.root_id === null ? null : await db.selectFrom('library_roots').select('path').where('id', '=', series.root_id).executeTakeFirst();
  const availability = await folderAvailability(series.path, root?.path ?? null);
  if (availability !== 'present') {
    await db.updateTable('series').set({ state: availability, updated_at: nowIso(deps) }).where('id', '=', seriesId).execute();
    throw availability === 'offline'
      ? new AnishelfError('SERIES_OFFLINE', `${series.path} cannot be reached; its drive or share seems to be offline. It loads again when it is back.`)
      : new AnishelfError('SERIES_MISSING', `${series.path} is no longer there; it was moved or deleted. Remove it from the library or put it back and reload.`);
  }

  const walk = await listVideoFiles(series.path, options.signal ? { signal: options.signal } : {});
  const media = await checkMediaFiles(series.path);
  options.signal?.throwIfAborted();

  const existing = await db.selectFrom('episodes').select(['id', 'path', 'size', 'mtime_ms']).where('series_id', '=', seriesId).execute();
  const byPath = new Map(existing.map((e) => [e.path, e]));
  const inserts: NewEpisode[] = [];
  const updates: Array<{ id: number; row: NewEpisode }> = [];
  for (const file of walk.files) {
    const numbers = episodeNumbersFor(file.relPath, series.season_hint);
    const row: NewEpisode = {
      series_id: seriesId,
      path: file.path,
      size: file.size,
      mtime_ms: file.mtimeMs,
      season: numbers.season,
      episode: numbers.episodes[0] ?? null,
      episodes: JSON.stringify(numbers.episodes),
      absolute: JSON.stringify(numbers.absolute),
      special: numbers.special ? 1 : 0,
      title: numbers.title,
    };
    const old = byPath.get(file.path);
    byPath.delete(file.path);
    if (!old) inserts.push(row);
    else if (old.size !== file.size || old.mtime_ms !== file.mtimeMs || series.episodes_loaded === 0) updates.push({ id: old.id, row });
  }
  const gone = [...byPath.values()].map((e) => e.id);

  await db.transaction().execute(async (trx) => {
    for (const batch of chunks(inserts, 300)) await trx.insertInto('episodes').values(batch).execute();
    for (const { id, row } of updates) await trx.updateTable('episodes').set(row).where('id', '=', id).execute();
    for (const batch of chunks(gone, 500)) await trx.deleteFrom('episodes').where('id', 'in', batch).execute();
    await trx
      .updateTable('series')
      .set({
        state: 'present',
        video_count: walk.files.length,
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
      })
      .where('id', '=', seriesId)
      .execute();
  });
  return { seriesId, videoCount: walk.files.length, added: inserts.length, updated: updates.length, removed: gone.length, unreadable: walk.unreadable };
}

function nowIso(deps: ScanDeps): string {
  return (deps.now?.() ?? new Date()).toISOString();
}
