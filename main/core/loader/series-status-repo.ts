import { sql, type Kysely, type Transaction } from 'kysely';
import type { ErrorInfo, LoadingStage, LoadingStatusInfo } from '../../../shared/types';
import type { Database, SeriesRow, SeriesUpdate } from '../db/schema';
import { loadingErrorOf, loadingProgress } from '../library/summary';

type Db = Kysely<Database> | Transaction<Database>;

export const STAGE_FLAG: Record<LoadingStage, 'episodes_loaded' | 'nfo_loaded' | 'logo_loaded' | 'images_loaded'> = {
  episodes: 'episodes_loaded',
  nfo: 'nfo_loaded',
  logo: 'logo_loaded',
  images: 'images_loaded',
};

// The first stage whose flag is not set: where a fresh, retried or resumed load starts.
const FIRST_UNDONE_STAGE = sql<LoadingStage | null>`CASE
  WHEN episodes_loaded = 0 THEN 'episodes' WHEN nfo_loaded = 0 THEN 'nfo'
  WHEN logo_loaded = 0 THEN 'logo' WHEN images_loaded = 0 THEN 'images' ELSE NULL END`;

/** Marks a series loading at its first undone stage and returns its row (undefined if removed). */
export async function markLoading(db: Db, seriesId: number, nowIso: string): Promise<SeriesRow | undefined> {
  return db
    .updateTable('series')
    .set({
      loading_status: 'loading', loading_stage: FIRST_UNDONE_STAGE, loading_started_at: nowIso, loading_completed_at: null,
      loading_error_code: null, loading_error: null, updated_at: nowIso,
    })
    .where('id', '=', seriesId)
    .returningAll()
    .executeTakeFirst();
}

/**
 * The columns that close a stage: its flag, and either the next stage or, after the last one,
 * the completed status. Written with the stage's own findings in one statement.
 */
export function stageDoneColumns(stage: LoadingStage, next: LoadingStage | null, nowIso: string): SeriesUpdate {
  const columns: SeriesUpdate = { [STAGE_FLAG[stage]]: 1, loading_stage: next, updated_at: nowIso };
  if (next === null) Object.assign(columns, { loading_status: 'completed', loading_completed_at: nowIso, loading_error_code: null, loading_error: null });
  return columns;
}

export async function markCompleted(db: Db, seriesId: number, nowIso: string): Promise<void> {
  await db
    .updateTable('series')
    .set({ loading_status: 'completed', loading_stage: null, loading_completed_at: nowIso, loading_error_code: null, loading_error: null, updated_at: nowIso })
    .where('id', '=', seriesId)
    .execute();
}

export async function markEnded(db: Db, seriesId: number, status: 'failed' | 'cancelled' | 'pending', error: ErrorInfo | null, nowIso: string): Promise<void> {
  await db
    .updateTable('series')
    .set({
      loading_status: status,
      loading_stage: null,
      loading_completed_at: status === 'pending' ? null : nowIso,
      loading_error_code: error?.code ?? null,
      loading_error: error?.message ?? null,
      updated_at: nowIso,
    })
    .where('id', '=', seriesId)
    .execute();
}

/** A fresh load starts from the first stage. */
export async function resetForReload(db: Db, seriesId: number, nowIso: string): Promise<void> {
  await db
    .updateTable('series')
    .set({
      loading_status: 'pending', loading_stage: null, episodes_loaded: 0, nfo_loaded: 0, logo_loaded: 0, images_loaded: 0,
      loading_started_at: null, loading_completed_at: null, loading_error_code: null, loading_error: null, updated_at: nowIso,
    })
    .where('id', '=', seriesId)
    .execute();
}

/** After a crash: series left `loading` go back to `pending`; their stage flags stay. */
export async function resetInterruptedSeries(db: Db, nowIso: string): Promise<number> {
  const result = await db
    .updateTable('series')
    .set({ loading_status: 'pending', loading_stage: null, updated_at: nowIso })
    .where('loading_status', '=', 'loading')
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export function toLoadingStatus(row: SeriesRow): LoadingStatusInfo {
  return {
    seriesId: row.id,
    status: row.loading_status,
    stage: row.loading_stage,
    episodesLoaded: row.episodes_loaded === 1,
    nfoLoaded: row.nfo_loaded === 1,
    logoLoaded: row.logo_loaded === 1,
    imagesLoaded: row.images_loaded === 1,
    startedAt: row.loading_started_at,
    completedAt: row.loading_completed_at,
    error: loadingErrorOf(row),
    progress: loadingProgress(row),
  };
}

export async function countFailedSeries(db: Db): Promise<number> {
  const row = await db.selectFrom('series').select(({ fn }) => fn.countAll<number>().as('n')).where('loading_status', '=', 'failed').executeTakeFirstOrThrow();
  return Number(row.n);
}
