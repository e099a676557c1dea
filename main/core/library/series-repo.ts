import type { Kysely } from 'kysely';
import type { EpisodeSummary, SeriesDetail, SeriesMetadata, SeriesSummary } from '../../../shared/types';
import type { Database, SeriesRow } from '../db/schema';
import { AnishelfError } from '../errors';
import { toSeriesSummary } from './summary';

export async function getSeriesRow(db: Kysely<Database>, id: number): Promise<SeriesRow | undefined> {
  return db.selectFrom('series').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function requireSeriesRow(db: Kysely<Database>, id: number): Promise<SeriesRow> {
  const row = await getSeriesRow(db, id);
  if (!row) throw new AnishelfError('SERIES_NOT_FOUND', `There is no series with id ${id} in the library.`);
  return row;
}

/** A series by id ("12") or by folder path, as the CLI accepts either. */
export async function findSeries(db: Kysely<Database>, idOrPath: string): Promise<SeriesRow> {
  if (/^\d+$/.test(idOrPath)) return requireSeriesRow(db, Number(idOrPath));
  const row = await db.selectFrom('series').selectAll().where('path', '=', idOrPath.replace(/[\\/]+$/, '')).executeTakeFirst();
  if (!row) throw new AnishelfError('SERIES_NOT_FOUND', `${idOrPath} is not a series in the library (give its id or its folder path).`);
  return row;
}

export async function getSeriesDetail(db: Kysely<Database>, id: number): Promise<SeriesDetail> {
  const row = await requireSeriesRow(db, id);
  const rows = await db
    .selectFrom('episodes')
    .select(['path', 'season', 'episode', 'episodes', 'absolute', 'special', 'special_kind', 'version', 'title'])
    .where('series_id', '=', id)
    .orderBy('season')
    .orderBy('episode')
    .orderBy('path')
    .execute();
  const episodes = rows.map(
    (e): EpisodeSummary => ({
      path: e.path,
      season: e.season,
      episodes: JSON.parse(e.episodes),
      absolute: JSON.parse(e.absolute),
      special: e.special === 1,
      specialKind: e.special_kind,
      version: e.version,
      title: e.title,
    }),
  );
  return {
    ...toSeriesSummary(row),
    episodes,
    metadata: toMetadata(row),
    nfo: { state: row.nfo_state, problems: JSON.parse(row.nfo_problems) },
    duplicates: findDuplicates(episodes),
    unplaced: episodes.filter((e) => e.episodes.length === 0 && e.absolute.length === 0 && !e.special).map((e) => e.path),
  };
}

export function toMetadata(row: SeriesRow): SeriesMetadata {
  return {
    title: row.title,
    originalTitle: row.original_title,
    sortTitle: row.sort_title,
    year: row.year,
    plot: row.plot,
    genres: JSON.parse(row.genres),
    providerIds: JSON.parse(row.provider_ids),
    locked: row.locked === 1,
  };
}

/**
 * Files that hold the same episode (a v1 beside a v2, two releases of one episode). Specials and
 * extras are numbered on their own, per kind: "OVA 1" is never the same as episode 1 or "NCOP 1".
 */
export function findDuplicates(episodes: readonly EpisodeSummary[]): string[][] {
  const byNumber = new Map<string, string[]>();
  for (const e of episodes) {
    const space = e.special ? `special:${e.specialKind ?? ''}:${e.season ?? 'x'}` : `${e.season ?? 'x'}`;
    const numbers = e.episodes.length > 0 ? e.episodes.map((n) => `${space}:${n}`) : e.absolute.map((n) => `${e.special ? space : 'abs'}:abs${n}`);
    for (const key of numbers) byNumber.set(key, [...(byNumber.get(key) ?? []), e.path]);
  }
  const groups = new Map<string, string[]>();
  for (const paths of byNumber.values()) if (paths.length > 1) groups.set(paths.join('\n'), paths);
  return [...groups.values()];
}

/** Removes a series from the library: rows only, never a file. */
export async function removeSeries(db: Kysely<Database>, id: number): Promise<SeriesSummary> {
  const row = await requireSeriesRow(db, id);
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('series').where('id', '=', id).execute();
    // A root added as this one series has nothing left to stand for.
    if (row.root_id !== null) {
      await trx
        .deleteFrom('library_roots')
        .where('id', '=', row.root_id)
        .where(({ not, exists, selectFrom }) => not(exists(selectFrom('series').select('id').where('root_id', '=', row.root_id))))
        .execute();
    }
  });
  return toSeriesSummary(row);
}

/** Removes a library root and the rows of its series: rows only, never a file. */
export async function removeRoot(db: Kysely<Database>, rootId: number): Promise<number> {
  const count = await db.selectFrom('series').select(({ fn }) => fn.countAll<number>().as('n')).where('root_id', '=', rootId).executeTakeFirstOrThrow();
  const result = await db.deleteFrom('library_roots').where('id', '=', rootId).executeTakeFirst();
  if (Number(result.numDeletedRows) === 0) throw new AnishelfError('ROOT_NOT_FOUND', `There is no library folder with id ${rootId}.`);
  return Number(count.n);
}
