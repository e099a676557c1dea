import { sql } from 'kysely';
import type { DbOrTx } from '../handle';
import { scopeBounds, type SeriesScope } from './series-scope';

/**
 * What the missing-episodes computation needs of a series' video files, nothing read from disk:
 * their paths, and their numbers packed flat, FILE_STRIDE values a file in path order: season
 * (null when the name gives none), special (0/1), special kind (null or "ncop", "pv"…), episode
 * numbers, absolute numbers. A number list is null when empty, a plain number when it holds one
 * number (most files), else an array. Packed so a whole library reads without an object per file.
 */
export interface EpisodeFileNumbers {
  paths: string[];
  numbers: ReadonlyArray<FileNumberValue>;
}
export type FileNumberValue = number | string | number[] | null;
export const FILE_STRIDE = 5;

// A file's numbers as JSON text. The number lists are stored as JSON arrays, so they are copied
// in as they are; the usual one-number and empty lists become a number and null (no array each).
const PACKED_FILE = sql<string>`ifnull(season, 'null') || ',' || special || ',' || json_quote(special_kind) || ',' ||
  CASE WHEN episodes = '[]' THEN 'null' WHEN episodes = '[' || episode || ']' THEN episode ELSE episodes END || ',' ||
  CASE WHEN absolute = '[]' THEN 'null' ELSE absolute END`;

/**
 * The files of every series (or a range), grouped by series. SQLite packs each series' files into
 * one string of paths (NUL cannot occur in a path) and one flat JSON array of numbers: over a
 * whole library far cheaper than a row or an object per file.
 */
export async function listEpisodeFileNumbers(db: DbOrTx, scope?: SeriesScope): Promise<Map<number, EpisodeFileNumbers>> {
  const bounds = scopeBounds(scope);
  // Files of series without an episode list cannot be missing anything: not read at all. The
  // series with a list come from one subquery over the same id range, and SQLite then seeks each
  // one's files (cheaper than an EXISTS per file row; an IN list of bound ids made SQLite walk
  // every listed series' files for each chunk).
  let listed = db.selectFrom('provider_lists').select('series_id');
  if (bounds) listed = listed.where('series_id', '>=', bounds.from).where('series_id', '<=', bounds.to);
  let query = db
    .selectFrom('episodes')
    // Both aggregates see the rows in the same order: the n-th path and the n-th numbers are one file.
    .select(['series_id', sql<string>`group_concat(path, char(0))`.as('paths'), sql<string>`'[' || group_concat(${PACKED_FILE}, ',') || ']'`.as('numbers')])
    .where('series_id', 'in', listed)
    .groupBy('series_id');
  if (bounds) query = query.where('series_id', '>=', bounds.from).where('series_id', '<=', bounds.to);
  const out = new Map<number, EpisodeFileNumbers>();
  for (const row of await query.execute()) {
    out.set(row.series_id, { paths: row.paths.split('\0'), numbers: JSON.parse(row.numbers) as FileNumberValue[] });
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
 * The lowest and highest episode numbers among a series' regular files of its first season, or of
 * no season (their absolute numbers when the names carry them): where a flat folder starts in a
 * sequel chain and how far along it it goes. `firstSeason` is 1, or the later season a folder of
 * that season alone stands for. Both are 0 without such files.
 */
export async function firstSeasonNumberRange(db: DbOrTx, seriesId: number, firstSeason = 1): Promise<{ lowest: number; highest: number }> {
  const row = await sql<{ lowest: number | null; highest: number | null }>`
    SELECT min(j.value) AS lowest, max(j.value) AS highest FROM episodes e,
      json_each(CASE WHEN json_array_length(e.absolute) > 0 THEN e.absolute ELSE e.episodes END) j
    WHERE e.series_id = ${seriesId} AND e.special = 0 AND (e.season IS NULL OR e.season = ${firstSeason})`.execute(db);
  return { lowest: Number(row.rows[0]?.lowest ?? 0), highest: Number(row.rows[0]?.highest ?? 0) };
}

/** The video files of one series with what their NFO is written from (name numbers, NFO path). */
export async function listEpisodeNfoSources(db: DbOrTx, seriesId: number) {
  return db
    .selectFrom('episodes')
    .select(['id', 'path', 'season', 'episodes', 'special', 'special_kind', 'title', 'parsed', 'nfo_path'])
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
