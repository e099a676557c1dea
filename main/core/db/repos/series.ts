import { pathsBelow } from './below-folder';
import { sql } from 'kysely';
import type { LibraryFilter, LibrarySort } from '../../../../shared/library-view';
import { chunks } from '../../../../shared/chunks';
import { yieldToEventLoop } from '../../util/yield';
import type { ErrorInfo, LoadingStatus, MatchState, SeriesState } from '../../../../shared/types';
import { AnishelfError } from '../../errors';
import type { DbOrTx } from '../handle';
import { updateById } from '../compiled-writes';
import { selectRowsAsArrays } from '../rows-as-arrays';
import { matchStateColumn } from './matches';
import { changesNames, refreshSeriesNameKeys, seriesNameKeys, seriesSearchCondition } from './series-name-keys';
import type { NewSeries, SeriesRow, SeriesUpdate } from '../schema';

/** The `series` table: every query on it lives here. */

/** Each load stage's done flag; all cleared, a load starts from the first stage. */
export const STAGE_FLAGS = ['episodes_loaded', 'nfo_loaded', 'logo_loaded', 'images_loaded'] as const;
export type StageFlag = (typeof STAGE_FLAGS)[number];

/** The columns a library list shows (a row has twice as many): at 10,000 series, building row objects is most of a list's cost. */
export const SERIES_LIST_COLUMNS = [
  'id', 'root_id', 'path', 'title', 'year', 'video_count', 'has_nfo', 'has_poster', 'has_logo', 'has_fanart', 'state',
  'loading_status', 'loading_stage', 'loading_error_code', 'loading_error', 'episodes_loaded', 'nfo_loaded',
  'logo_loaded', 'images_loaded', 'added_at', 'broken_artwork', 'artwork_versions', 'season_hint',
] as const satisfies readonly (keyof SeriesRow)[];

/** A list row with the series' own match state (null before identification ran). */
export type SeriesListRow = Pick<SeriesRow, (typeof SERIES_LIST_COLUMNS)[number]> & { match_state: MatchState | null };

/** A whole series row with its own match state: what a series' public shape is made from. */
export type SeriesRowWithMatch = SeriesRow & { match_state: MatchState | null };

/** A row of `querySeries` from its values: SERIES_LIST_COLUMNS in order, then the match state. */
function listRowFromValues(v: unknown[]): SeriesListRow {
  return {
    id: v[0], root_id: v[1], path: v[2], title: v[3], year: v[4], video_count: v[5], has_nfo: v[6], has_poster: v[7],
    has_logo: v[8], has_fanart: v[9], state: v[10], loading_status: v[11], loading_stage: v[12], loading_error_code: v[13],
    loading_error: v[14], episodes_loaded: v[15], nfo_loaded: v[16], logo_loaded: v[17], images_loaded: v[18],
    added_at: v[19], broken_artwork: v[20], artwork_versions: v[21], season_hint: v[22], match_state: v[23],
  } as SeriesListRow;
}

export interface SeriesQuery {
  search?: string | undefined;
  filter?: LibraryFilter | undefined;
  sort?: LibrarySort | undefined;
  /** At most this many, from the start of the order. */
  limit?: number | undefined;
}

export async function getSeriesRow(db: DbOrTx, id: number): Promise<SeriesRow | undefined> {
  return db.selectFrom('series').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The paths the series' last folder read could not read (a locked season, a link to a drive that is away). */
export async function unreadablePathsOf(db: DbOrTx, id: number): Promise<string[]> {
  const row = await db.selectFrom('series').select('unreadable_paths').where('id', '=', id).executeTakeFirst();
  return row ? (JSON.parse(row.unreadable_paths) as Array<{ path: string }>).map((u) => u.path) : [];
}

export async function requireSeriesRow(db: DbOrTx, id: number): Promise<SeriesRow> {
  const row = await getSeriesRow(db, id);
  if (!row) throw new AnishelfError('SERIES_NOT_FOUND', `There is no series with id ${id} in the library.`);
  return row;
}

/** The same with the series' match state, for its public shape (`show --json`, a removal's answer). */
export async function requireSeriesRowWithMatch(db: DbOrTx, id: number): Promise<SeriesRowWithMatch> {
  const row = await db.selectFrom('series').selectAll().select(matchStateColumn).where('id', '=', id).executeTakeFirst();
  if (!row) throw new AnishelfError('SERIES_NOT_FOUND', `There is no series with id ${id} in the library.`);
  return row;
}

/** The artwork recorded for a series, and its folder (undefined for an unknown id). */
/** Whether the disk stages have read the series' folder (its images stage has run). */
export async function imagesLoaded(db: DbOrTx, id: number): Promise<boolean> {
  const row = await db.selectFrom('series').select('images_loaded').where('id', '=', id).executeTakeFirst();
  return row?.images_loaded === 1;
}

export async function getArtworkPaths(db: DbOrTx, id: number) {
  return db.selectFrom('series').select(['path', 'poster_path', 'logo_path', 'fanart_path']).where('id', '=', id).executeTakeFirst();
}

export async function getSeriesRowByPath(db: DbOrTx, folder: string): Promise<SeriesRow | undefined> {
  return db.selectFrom('series').selectAll().where('path', '=', folder).executeTakeFirst();
}

/** The rows of these ids that still exist (in no particular order). */
export async function getSeriesRows(db: DbOrTx, ids: readonly number[]): Promise<SeriesRowWithMatch[]> {
  const rows: SeriesRowWithMatch[] = [];
  for (const batch of chunks(ids, 500)) rows.push(...(await db.selectFrom('series').selectAll().select(matchStateColumn).where('id', 'in', batch).execute()));
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

/** The folders of the series below `folder` (not `folder` itself). */
export async function seriesPathsInside(db: DbOrTx, folder: string): Promise<string[]> {
  const { from, before } = pathsBelow(folder);
  const rows = await db.selectFrom('series').select('path').where('path', '>=', from).where('path', '<', before).execute();
  return rows.map((r) => r.path);
}

/** The series whose folder is one of `folders`, the deepest first. */
export async function deepestSeriesAmong(db: DbOrTx, folders: readonly string[]): Promise<{ id: number; path: string } | undefined> {
  return db.selectFrom('series').select(['id', 'path']).where('path', 'in', folders).orderBy('path', 'desc').executeTakeFirst();
}

export async function insertSeries(db: DbOrTx, rows: readonly NewSeries[]): Promise<SeriesRow[]> {
  const inserted: SeriesRow[] = [];
  // A folder another process inserted a moment ago is skipped, not an error (concurrent adds).
  for (const [i, batch] of chunks(rows, 400).entries()) {
    // The event loop runs between steps: 10,000 rows in one go held it for about a second.
    if (i > 0) await yieldToEventLoop();
    const keyed = batch.map((row) => ({ ...row, ...seriesNameKeys(row) }));
    inserted.push(...(await db.insertInto('series').values(keyed).onConflict((oc) => oc.column('path').doNothing()).returningAll().execute()));
  }
  return inserted;
}

export async function updateSeries(db: DbOrTx, id: number, update: SeriesUpdate): Promise<void> {
  await updateById(db, 'series', id, update);
  if (changesNames(update)) await refreshSeriesNameKeys(db, id);
}

export async function deleteSeries(db: DbOrTx, id: number): Promise<void> {
  await db.deleteFrom('series').where('id', '=', id).execute();
}

export async function countSeriesInRoot(db: DbOrTx, rootId: number): Promise<number> {
  const row = await db.selectFrom('series').select(({ fn }) => fn.countAll<number>().as('n')).where('root_id', '=', rootId).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The library view's query: search title / original title / folder, one filter, one sort. */
export async function querySeries(db: DbOrTx, query: SeriesQuery = {}): Promise<SeriesListRow[]> {
  // Rows as arrays, each made one object literal: at 10,000 series it reads the list in about a third of the time.
  const rows = await selectRowsAsArrays(db, viewQuery(db, query).select(SERIES_LIST_COLUMNS).select(matchStateColumn));
  return rows.map(listRowFromValues);
}

/** The same view as `querySeries`, its ids only: a search over a list the window already holds. */
export async function querySeriesIds(db: DbOrTx, query: SeriesQuery = {}): Promise<number[]> {
  return (await viewQuery(db, query).select('id').execute()).map((row) => row.id);
}

function viewQuery(db: DbOrTx, query: SeriesQuery) {
  let q = db.selectFrom('series');
  const search = query.search?.trim();
  if (search) q = q.where((eb) => seriesSearchCondition(eb, search));
  switch (query.filter ?? 'all') {
    // An offline series shows (and counts) as offline only, whatever its loading status.
    case 'loading':
      q = q.where('loading_status', 'in', ['pending', 'loading']).where('state', '=', 'present');
      break;
    case 'failed':
      q = q.where('loading_status', '=', 'failed').where('state', '=', 'present');
      break;
    case 'missing-artwork':
      q = q.where((eb) => eb.or([eb('has_poster', '=', 0), eb('has_fanart', '=', 0), eb('has_logo', '=', 0), eb('broken_artwork', '!=', '[]')]));
      break;
    case 'missing-nfo':
      q = q.where('has_nfo', '=', 0);
      break;
    case 'offline':
      q = q.where('state', 'in', ['offline', 'missing']);
      break;
    case 'needs-review':
      q = q.where((eb) => eb.exists(eb.selectFrom('matches').select('matches.id').whereRef('matches.series_id', '=', 'series.id').where('matches.season', 'is', null).where('matches.state', '=', 'needs_review')));
      break;
    case 'all':
      break;
  }
  // See series-name-keys.ts: folded, leading article gone, numbers in order.
  const byTitle = sql.ref('sort_key');
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
  if (query.limit !== undefined) q = q.limit(query.limit);
  return q;
}

// Problems first when sorting by status: what needs the user's attention comes to the top.
const STATUS_ORDER = sql`CASE loading_status WHEN 'failed' THEN 0 WHEN 'loading' THEN 1 WHEN 'pending' THEN 2 WHEN 'cancelled' THEN 3 ELSE 4 END`;

/**
 * How many series are in each loading status (every status present, zero when none); with
 * `presentOnly`, of the series whose folder is there (the window counts the others as offline).
 */
export async function countByLoadingStatus(db: DbOrTx, options: { presentOnly?: boolean } = {}): Promise<Record<LoadingStatus, number>> {
  const rows = await db
    .selectFrom('series')
    .select(['loading_status', ({ fn }) => fn.countAll<number>().as('n')])
    .$if(options.presentOnly === true, (q) => q.where('state', '=', 'present'))
    .groupBy('loading_status')
    .execute();
  const counts: Record<LoadingStatus, number> = { pending: 0, loading: 0, completed: 0, failed: 0, cancelled: 0 };
  for (const r of rows) counts[r.loading_status] = Number(r.n);
  return counts;
}

/** Failed series whose folder is there; an offline or missing one counts as that only (countAwaySeries). */
export async function countFailedSeries(db: DbOrTx): Promise<number> {
  const row = await db.selectFrom('series').select(({ fn }) => fn.countAll<number>().as('n')).where('loading_status', '=', 'failed').where('state', '=', 'present').executeTakeFirstOrThrow();
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
  // SQL text, as the claim it follows: the query builder's work cost more than SQLite's here.
  const firstUndone = sql.join(stages.map((s) => sql`WHEN ${sql.ref(s.flag)} = 0 THEN ${s.name}`), sql` `);
  const { rows } = await sql<SeriesRow>`
    UPDATE series SET loading_status = 'loading', loading_stage = CASE ${firstUndone} ELSE NULL END, loading_started_at = ${nowIso},
      loading_completed_at = NULL, loading_error_code = NULL, loading_error = NULL, updated_at = ${nowIso}
    WHERE id = ${seriesId}
    RETURNING *`.execute(db);
  return rows[0];
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

// Watching: series states by root (see main/core/watch/).

export interface WatchedSeries {
  id: number;
  path: string;
  state: SeriesState;
  missing_checks: number;
  scanned_at: string | null;
  loading_completed_at: string | null;
  loading_status: LoadingStatus;
}

export async function seriesOfRoot(db: DbOrTx, rootId: number): Promise<WatchedSeries[]> {
  return db.selectFrom('series').select(['id', 'path', 'state', 'missing_checks', 'scanned_at', 'loading_completed_at', 'loading_status']).where('root_id', '=', rootId).execute();
}

/**
 * Moves every series of a root offline (present or missing ones) or back to present (offline
 * ones), keeping every row, match and lock. Returns the ids that changed.
 */
export async function setSeriesStateOfRoot(db: DbOrTx, rootId: number, to: 'offline' | 'present', nowIso: string): Promise<number[]> {
  const from: SeriesState[] = to === 'offline' ? ['present', 'missing'] : ['offline'];
  const changed = await db.updateTable('series').set({ state: to, missing_checks: 0, updated_at: nowIso }).where('root_id', '=', rootId).where('state', 'in', from).returning('id').execute();
  return changed.map((r) => r.id);
}

/** Records one more check that found these series folders gone (state `missing`). */
export async function markMissing(db: DbOrTx, ids: readonly number[], nowIso: string): Promise<void> {
  for (const batch of chunks(ids, 500)) {
    await db.updateTable('series').set((eb) => ({ state: 'missing', missing_checks: eb('missing_checks', '+', 1), updated_at: nowIso })).where('id', 'in', batch).execute();
  }
}

/**
 * Series folders seen again (present), or links that lead nowhere now, their drive away
 * (offline, never missing): the missing count reset.
 */
export async function setSeriesState(db: DbOrTx, ids: readonly number[], to: 'present' | 'offline', nowIso: string): Promise<void> {
  for (const batch of chunks(ids, 500)) {
    await db.updateTable('series').set({ state: to, missing_checks: 0, updated_at: nowIso }).where('id', 'in', batch).execute();
  }
}

/** Series by folder name (a series moved between library folders keeps its name), in `states`. */
export async function seriesNamed(db: DbOrTx, folderNames: readonly string[], states: readonly SeriesState[]): Promise<Array<Pick<SeriesRow, 'id' | 'path' | 'root_id' | 'folder_name' | 'state' | 'loading_status' | 'episodes_loaded' | 'added_at'>>> {
  const rows = [];
  for (const batch of chunks([...new Set(folderNames)], 500)) {
    rows.push(...(await db.selectFrom('series').select(['id', 'path', 'root_id', 'folder_name', 'state', 'loading_status', 'episodes_loaded', 'added_at']).where('folder_name', 'in', batch).where('state', 'in', states).execute()));
  }
  return rows;
}

/** Every series folder name in the library, read from the index alone. */
export async function seriesFolderNames(db: DbOrTx): Promise<Set<string>> {
  const rows = await db.selectFrom('series').select('folder_name').distinct().execute();
  return new Set(rows.map((r) => r.folder_name));
}

export async function countMissingByRoot(db: DbOrTx): Promise<Map<number | null, number>> {
  const rows = await db.selectFrom('series').select(['root_id', ({ fn }) => fn.countAll<number>().as('n')]).where('state', '=', 'missing').groupBy('root_id').execute();
  return new Map(rows.map((r) => [r.root_id, Number(r.n)]));
}

export async function listMissingSeries(db: DbOrTx, rootId?: number): Promise<SeriesRowWithMatch[]> {
  let query = db.selectFrom('series').selectAll().select(matchStateColumn).where('state', '=', 'missing');
  if (rootId !== undefined) query = query.where('root_id', '=', rootId);
  return query.orderBy('path').execute();
}
