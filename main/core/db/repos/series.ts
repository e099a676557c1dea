import { sql } from 'kysely';
import type { LibraryFilter, LibrarySort } from '../../../../shared/contract';
import { chunks } from '../../../../shared/chunks';
import type { ErrorInfo, LoadingStatus } from '../../../../shared/types';
import { AnishelfError } from '../../errors';
import type { DbOrTx } from '../handle';
import type { NewSeries, SeriesRow, SeriesUpdate } from '../schema';

/** The `series` table: every query on it lives here. */

export type StageFlag = 'episodes_loaded' | 'nfo_loaded' | 'logo_loaded' | 'images_loaded';

export interface SeriesQuery {
  search?: string | undefined;
  filter?: LibraryFilter | undefined;
  sort?: LibrarySort | undefined;
}

export async function getSeriesRow(db: DbOrTx, id: number): Promise<SeriesRow | undefined> {
  return db.selectFrom('series').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function requireSeriesRow(db: DbOrTx, id: number): Promise<SeriesRow> {
  const row = await getSeriesRow(db, id);
  if (!row) throw new AnishelfError('SERIES_NOT_FOUND', `There is no series with id ${id} in the library.`);
  return row;
}

/** The artwork recorded for a series, and its folder (undefined for an unknown id). */
export async function getArtworkPaths(db: DbOrTx, id: number) {
  return db.selectFrom('series').select(['path', 'poster_path', 'logo_path', 'fanart_path']).where('id', '=', id).executeTakeFirst();
}

export async function getSeriesRowByPath(db: DbOrTx, folder: string): Promise<SeriesRow | undefined> {
  return db.selectFrom('series').selectAll().where('path', '=', folder).executeTakeFirst();
}

/** The rows of these ids that still exist (in no particular order). */
export async function getSeriesRows(db: DbOrTx, ids: readonly number[]): Promise<SeriesRow[]> {
  const rows: SeriesRow[] = [];
  for (const batch of chunks(ids, 500)) rows.push(...(await db.selectFrom('series').selectAll().where('id', 'in', batch).execute()));
  return rows;
}

/** Which of these folders are series already. */
export async function existingSeriesPaths(db: DbOrTx, paths: readonly string[]): Promise<Set<string>> {
  const found = new Set<string>();
  for (const batch of chunks(paths, 500)) {
    for (const row of await db.selectFrom('series').select('path').where('path', 'in', batch).execute()) found.add(row.path);
  }
  return found;
}

/** The series whose folder is one of `folders`, the deepest first. */
export async function deepestSeriesAmong(db: DbOrTx, folders: readonly string[]): Promise<{ id: number; path: string } | undefined> {
  return db.selectFrom('series').select(['id', 'path']).where('path', 'in', folders).orderBy('path', 'desc').executeTakeFirst();
}

export async function insertSeries(db: DbOrTx, rows: readonly NewSeries[]): Promise<SeriesRow[]> {
  const inserted: SeriesRow[] = [];
  for (const batch of chunks(rows, 400)) inserted.push(...(await db.insertInto('series').values(batch).returningAll().execute()));
  return inserted;
}

export async function updateSeries(db: DbOrTx, id: number, update: SeriesUpdate): Promise<void> {
  await db.updateTable('series').set(update).where('id', '=', id).execute();
}

export async function deleteSeries(db: DbOrTx, id: number): Promise<void> {
  await db.deleteFrom('series').where('id', '=', id).execute();
}

export async function countSeriesInRoot(db: DbOrTx, rootId: number): Promise<number> {
  const row = await db.selectFrom('series').select(({ fn }) => fn.countAll<number>().as('n')).where('root_id', '=', rootId).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The library view's query: search title / original title / folder, one filter, one sort. */
export async function querySeries(db: DbOrTx, query: SeriesQuery = {}): Promise<SeriesRow[]> {
  let q = db.selectFrom('series').selectAll();
  const search = query.search?.trim();
  if (search) {
    const pattern = `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    q = q.where((eb) =>
      eb.or([
        eb(sql`title`, 'like', sql`${pattern} ESCAPE '\\'`),
        eb(sql`original_title`, 'like', sql`${pattern} ESCAPE '\\'`),
        eb(sql`folder_name`, 'like', sql`${pattern} ESCAPE '\\'`),
      ]),
    );
  }
  switch (query.filter ?? 'all') {
    case 'loading':
      q = q.where('loading_status', 'in', ['pending', 'loading']);
      break;
    case 'failed':
      q = q.where('loading_status', '=', 'failed');
      break;
    case 'missing-artwork':
      q = q.where((eb) => eb.or([eb('has_poster', '=', 0), eb('has_fanart', '=', 0), eb('has_logo', '=', 0)]));
      break;
    case 'missing-nfo':
      q = q.where('has_nfo', '=', 0);
      break;
    case 'offline':
      q = q.where('state', 'in', ['offline', 'missing']);
      break;
    case 'all':
      break;
  }
  const byTitle = sql`COALESCE(sort_title, title) COLLATE NOCASE`;
  switch (query.sort ?? 'title') {
    case 'added':
      q = q.orderBy('added_at', 'desc').orderBy('id', 'desc');
      break;
    case 'status':
      q = q.orderBy(STATUS_ORDER).orderBy(byTitle).orderBy('id');
      break;
    case 'title':
      q = q.orderBy(byTitle).orderBy('id');
      break;
  }
  return q.execute();
}

// Problems first when sorting by status: what needs the user's attention comes to the top.
const STATUS_ORDER = sql`CASE loading_status WHEN 'failed' THEN 0 WHEN 'loading' THEN 1 WHEN 'pending' THEN 2 WHEN 'cancelled' THEN 3 ELSE 4 END`;

/** How many series are in each loading status (every status present, zero when none). */
export async function countByLoadingStatus(db: DbOrTx): Promise<Record<LoadingStatus, number>> {
  const rows = await db
    .selectFrom('series')
    .select(['loading_status', ({ fn }) => fn.countAll<number>().as('n')])
    .groupBy('loading_status')
    .execute();
  const counts: Record<LoadingStatus, number> = { pending: 0, loading: 0, completed: 0, failed: 0, cancelled: 0 };
  for (const r of rows) counts[r.loading_status] = Number(r.n);
  return counts;
}

export async function countFailedSeries(db: DbOrTx): Promise<number> {
  const row = await db.selectFrom('series').select(({ fn }) => fn.countAll<number>().as('n')).where('loading_status', '=', 'failed').executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * Marks a series loading at its first stage whose flag is not set (`stages` in running order)
 * and returns its row (undefined if removed meanwhile).
 */
export async function markLoading(
  db: DbOrTx,
  seriesId: number,
  stages: ReadonlyArray<{ name: string; flag: StageFlag }>,
  nowIso: string,
): Promise<SeriesRow | undefined> {
  const firstUndone = sql<SeriesRow['loading_stage']>`CASE ${sql.join(
    stages.map((s) => sql`WHEN ${sql.ref(s.flag)} = 0 THEN ${s.name}`),
    sql` `,
  )} ELSE NULL END`;
  return db
    .updateTable('series')
    .set({
      loading_status: 'loading', loading_stage: firstUndone, loading_started_at: nowIso, loading_completed_at: null,
      loading_error_code: null, loading_error: null, updated_at: nowIso,
    })
    .where('id', '=', seriesId)
    .returningAll()
    .executeTakeFirst();
}

export async function markCompleted(db: DbOrTx, seriesId: number, nowIso: string): Promise<void> {
  await updateSeries(db, seriesId, { loading_status: 'completed', loading_stage: null, loading_completed_at: nowIso, loading_error_code: null, loading_error: null, updated_at: nowIso });
}

export async function markEnded(db: DbOrTx, seriesId: number, status: 'failed' | 'cancelled' | 'pending', error: ErrorInfo | null, nowIso: string): Promise<void> {
  await updateSeries(db, seriesId, {
    loading_status: status,
    loading_stage: null,
    loading_completed_at: status === 'pending' ? null : nowIso,
    loading_error_code: error?.code ?? null,
    loading_error: error?.message ?? null,
    updated_at: nowIso,
  });
}

/** A fresh load starts from the first stage: every stage flag is cleared. */
export async function resetForReload(db: DbOrTx, seriesId: number, flags: readonly StageFlag[], nowIso: string): Promise<void> {
  const cleared = Object.fromEntries(flags.map((f) => [f, 0])) as SeriesUpdate;
  await updateSeries(db, seriesId, {
    ...cleared,
    loading_status: 'pending', loading_stage: null, loading_started_at: null, loading_completed_at: null,
    loading_error_code: null, loading_error: null, updated_at: nowIso,
  });
}

/** After a crash: series left `loading` go back to `pending`; their stage flags stay. */
export async function resetInterruptedSeries(db: DbOrTx, nowIso: string): Promise<number> {
  const result = await db
    .updateTable('series')
    .set({ loading_status: 'pending', loading_stage: null, updated_at: nowIso })
    .where('loading_status', '=', 'loading')
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** Whether any series is marked `loading` (after a crash, one a dead loader left behind). */
export async function anyLoading(db: DbOrTx): Promise<boolean> {
  const row = await db.selectFrom('series').select('id').where('loading_status', '=', 'loading').limit(1).executeTakeFirst();
  return row !== undefined;
}
