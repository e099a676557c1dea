import type { LoaderStatus } from '../../../shared/types';

export interface SeriesCounts {
  /** Series in the library. */
  total: number;
  /** Series finished since the loader last went from idle to busy (this batch). */
  doneInBatch: number;
}

const PREFIX = 'Anishelf — ';

/**
 * What the tray says the loader is doing, in one line (tooltip and the menu's first row).
 * "loading 3 of 12" is 3 series done out of the 12 of this batch:
 *   "Anishelf — loading 3 of 12 · 5 workers", "Anishelf — 532 series, all ready",
 *   "Anishelf — 530 series, 2 failed, 1 offline", "Anishelf — paused · 9 waiting".
 */
export function trayLabel(status: LoaderStatus, counts: SeriesCounts): string {
  const remaining = status.running + status.queued;
  // As the window's header: an offline or missing series counts as offline, never also as failed.
  const failed = [...(status.failed > 0 ? [`${status.failed} failed`] : []), ...(status.offline > 0 ? [`${status.offline} offline`] : [])].join(', ');
  if (!status.active && remaining > 0) return `${PREFIX}another Anishelf is loading this library · ${remaining} waiting`;
  if (status.paused) return `${PREFIX}paused${remaining > 0 ? ` · ${remaining} waiting` : ''}${failed ? ` · ${failed}` : ''}`;
  if (remaining > 0) {
    const done = Math.max(0, counts.doneInBatch);
    const workers = `${status.workers} ${status.workers === 1 ? 'worker' : 'workers'}`;
    return `${PREFIX}loading ${done} of ${done + remaining} · ${workers}${failed ? ` · ${failed}` : ''}`;
  }
  if (counts.total === 0) return `${PREFIX}no series yet; drop a folder on the window`;
  const series = `${counts.total} series`;
  return failed ? `${PREFIX}${series}, ${failed}` : `${PREFIX}${series}, all ready`;
}
