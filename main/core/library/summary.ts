import { LOADING_STAGES, type ErrorInfo, type LoadingStatusInfo, type SeriesSummary } from '../../../shared/types';
import type { SeriesListRow } from '../db/repos/series';
import type { SeriesRow } from '../db/schema';

/** The public shape of a series row (CLI `--json`, the contract, events). */
export function toSeriesSummary(row: SeriesListRow): SeriesSummary {
  return {
    id: row.id,
    rootId: row.root_id,
    path: row.path,
    title: row.title,
    year: row.year,
    videoCount: row.video_count,
    hasNfo: row.has_nfo === 1,
    hasPoster: row.has_poster === 1,
    hasLogo: row.has_logo === 1,
    hasFanart: row.has_fanart === 1,
    brokenArtwork: JSON.parse(row.broken_artwork ?? '[]'),
    artworkVersions: JSON.parse(row.artwork_versions ?? '{}'),
    state: row.state,
    loadingStatus: row.loading_status,
    loadingStage: row.loading_stage,
    loadingError: loadingErrorOf(row),
    progress: loadingProgress(row),
    addedAt: row.added_at,
    matchState: row.match_state ?? null,
    // Only when there is one: most folders name no season, and a list holds 10,000 of them.
    ...(row.season_hint !== null ? { seasonHint: row.season_hint } : {}),
  };
}

export function loadingErrorOf(row: Pick<SeriesRow, 'loading_error_code' | 'loading_error'>): ErrorInfo | null {
  return row.loading_error_code ? { code: row.loading_error_code, message: row.loading_error ?? '' } : null;
}

/** 0–1: the share of stages done; a completed series is 1 whatever its flags say. */
export function loadingProgress(row: Pick<SeriesRow, 'loading_status' | 'episodes_loaded' | 'nfo_loaded' | 'logo_loaded' | 'images_loaded'>): number {
  if (row.loading_status === 'completed') return 1;
  const done = row.episodes_loaded + row.nfo_loaded + row.logo_loaded + row.images_loaded;
  return done / LOADING_STAGES.length;
}

/** The loading fields of a series row, as the contract shows them. */
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
