import { sql, type Kysely } from 'kysely';
import type { Database } from '../schema';

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
export async function listEpisodeFileNumbers(db: Kysely<Database>, seriesId?: number): Promise<Map<number, EpisodeFileNumbers[]>> {
  let query = db
    .selectFrom('episodes')
    .select(['series_id', sql<string>`json_group_array(json_array(path, season, json(episodes), json(absolute), special, special_kind))`.as('files')])
    .groupBy('series_id');
  if (seriesId !== undefined) query = query.where('series_id', '=', seriesId);
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
export async function listSeriesHeads(db: Kysely<Database>, seriesId?: number): Promise<Array<{ id: number; title: string; path: string }>> {
  let query = db.selectFrom('series').select(['id', 'title', 'path']);
  if (seriesId !== undefined) query = query.where('id', '=', seriesId);
  return query.orderBy('id').execute();
}
