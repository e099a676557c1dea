import { sql } from 'kysely';
import type { DbOrTx } from '../handle';
import { scopeBounds, type SeriesScope } from './series-scope';

/** What the missing-episodes computation needs of each video file: its numbers, nothing read from disk. */
export interface EpisodeFileNumbers {
  path: string;
  season: number | null;
  episodes: number[];
  absolute: number[];
  special: boolean;
  specialKind: string | null;
}

type FileTuple = [string, number | null, number[], number[], number, string | null];

/**
 * The files of every series (or one), grouped by series. SQLite packs each series' files into
 * one JSON array: over a whole library that reads several times faster than one row per file.
 */
export async function listEpisodeFileNumbers(db: DbOrTx, scope?: SeriesScope): Promise<Map<number, EpisodeFileNumbers[]>> {
  let query = db
    .selectFrom('episodes')
    .select(['series_id', sql<string>`json_group_array(json_array(path, season, json(episodes), json(absolute), special, special_kind))`.as('files')])
    // Files of series without an episode list cannot be missing anything: not read at all. A
    // correlated EXISTS, so a chunk of ids reads that chunk's files only (an IN list made SQLite
    // walk every listed series' files for each chunk).
    .where(({ exists, selectFrom }) => exists(selectFrom('provider_lists as l').select('l.id').whereRef('l.series_id', '=', 'episodes.series_id')))
    .groupBy('series_id');
  const bounds = scopeBounds(scope);
  if (bounds) query = query.where('series_id', '>=', bounds.from).where('series_id', '<=', bounds.to);
  const out = new Map<number, EpisodeFileNumbers[]>();
  for (const row of await query.execute()) {
    const files = (JSON.parse(row.files) as FileTuple[]).map(
      ([path, season, episodes, absolute, special, specialKind]): EpisodeFileNumbers => ({ path, season, episodes, absolute, special: special === 1, specialKind }),
    );
    out.set(row.series_id, files);
  }
  return out;
}

/** Id, title and folder of one series or of all, for reports over the library. */
export async function listSeriesHeads(db: DbOrTx, scope?: SeriesScope): Promise<Array<{ id: number; title: string; path: string }>> {
  let query = db.selectFrom('series').select(['id', 'title', 'path']);
  const bounds = scopeBounds(scope);
  if (bounds) query = query.where('id', '>=', bounds.from).where('id', '<=', bounds.to);
  return query.orderBy('id').execute();
}

export async function listSeriesIds(db: DbOrTx): Promise<number[]> {
  return (await db.selectFrom('series').select('id').orderBy('id').execute()).map((r) => r.id);
}

/**
 * The highest episode number among a series' regular files outside later seasons' folders (its
 * absolute numbers when the names carry them): how far along a sequel chain a flat folder goes.
 */
export async function highestFirstSeasonNumber(db: DbOrTx, seriesId: number): Promise<number> {
  const row = await sql<{ n: number | null }>`
    SELECT max(j.value) AS n FROM episodes e,
      json_each(CASE WHEN json_array_length(e.absolute) > 0 THEN e.absolute ELSE e.episodes END) j
    WHERE e.series_id = ${seriesId} AND e.special = 0 AND (e.season IS NULL OR e.season = 1)`.execute(db);
  return Number(row.rows[0]?.n ?? 0);
}

/** The video files of one series with what their NFO is written from (name numbers, NFO path). */
export async function listEpisodeNfoSources(db: DbOrTx, seriesId: number) {
  return db
    .selectFrom('episodes')
    .select(['id', 'path', 'season', 'episodes', 'special', 'title', 'nfo_path'])
    .where('series_id', '=', seriesId)
    .orderBy('path')
    .execute();
}

/**
 * Series that are loaded and still have videos without an NFO: the episode-NFO writer's to-do
 * list after a restart (a video it could not write for stays on it; the writer looks once per run).
 */
export async function seriesWithEpisodesWithoutNfo(db: DbOrTx): Promise<number[]> {
  const rows = await db
    .selectFrom('series as s')
    .select('s.id')
    .where('s.state', '=', 'present')
    .where('s.loading_status', '=', 'completed')
    .where(({ exists, selectFrom }) => exists(selectFrom('episodes as e').select('e.id').whereRef('e.series_id', '=', 's.id').where('e.nfo_path', 'is', null)))
    .orderBy('s.id')
    .execute();
  return rows.map((r) => r.id);
}
