import type { SeriesSummary } from '../../../shared/types';

// One formatter for every card: `toLocaleString` builds a new one per call, a cost paid by each card a scroll brings in.
const COUNT = new Intl.NumberFormat('en-US');

/** "1,500 episodes" as a card and the detail panel say it, or why there is no count yet. */
export function episodeCount(s: Pick<SeriesSummary, 'videoCount' | 'loadingStatus' | 'loadingStage' | 'loadingError'>): string {
  if (s.loadingStatus === 'failed' && s.videoCount === 0) return `Not read (${s.loadingError?.code ?? 'error'})`;
  // Before the episodes stage has run, "0 episodes" would be wrong.
  if (s.videoCount === 0 && (s.loadingStatus === 'pending' || (s.loadingStatus === 'loading' && s.loadingStage === 'episodes'))) return 'Not scanned yet';
  return `${COUNT.format(s.videoCount)} ${s.videoCount === 1 ? 'episode' : 'episodes'}`;
}
