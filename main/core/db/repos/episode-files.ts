import type { Kysely } from 'kysely';
import type { Database } from '../schema';

/** What the missing-episodes computation needs of each video file: its numbers, nothing read from disk. */
export interface EpisodeFileNumbers {
  seriesId: number;
  path: string;
  season: number | null;
  episodes: number[];
  absolute: number[];
  special: boolean;
  specialKind: string | null;
  version: number | null;
}

export async function listEpisodeFileNumbers(db: Kysely<Database>, seriesId?: number): Promise<EpisodeFileNumbers[]> {
  let query = db.selectFrom('episodes').select(['series_id', 'path', 'season', 'episodes', 'absolute', 'special', 'special_kind', 'version']);
  if (seriesId !== undefined) query = query.where('series_id', '=', seriesId);
  const rows = await query.orderBy('series_id').execute();
  return rows.map((r) => ({
    seriesId: r.series_id,
    path: r.path,
    season: r.season,
    episodes: r.episodes === '[]' ? [] : (JSON.parse(r.episodes) as number[]),
    absolute: r.absolute === '[]' ? [] : (JSON.parse(r.absolute) as number[]),
    special: r.special === 1,
    specialKind: r.special_kind,
    version: r.version,
  }));
}

/** Id, title and folder of one series or of all, for reports over the library. */
export async function listSeriesHeads(db: Kysely<Database>, seriesId?: number): Promise<Array<{ id: number; title: string; path: string }>> {
  let query = db.selectFrom('series').select(['id', 'title', 'path']);
  if (seriesId !== undefined) query = query.where('id', '=', seriesId);
  return query.orderBy('id').execute();
}
