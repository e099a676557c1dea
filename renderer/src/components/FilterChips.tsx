import { LIBRARY_FILTERS_IN_ORDER, FILTER_LABELS } from '../lib/query';
import { useLibrary, useMissingCounts, useServices } from '../state/context';

export function FilterChips() {
  const { library } = useServices();
  const { query, counts } = useLibrary();
  const missing = useMissingCounts();
  const countFor: Partial<Record<(typeof LIBRARY_FILTERS_IN_ORDER)[number], number>> = {
    loading: counts.pending + counts.loading,
    failed: counts.failed,
    'missing-artwork': counts.missingArtwork,
    'missing-nfo': counts.missingNfo,
    offline: counts.offline,
    'needs-review': counts.needsReview,
    'missing-episodes': missing.seriesMissing,
    airing: missing.airing,
  };
  return (
    <div className="chips" role="group" aria-label="Filter">
      {LIBRARY_FILTERS_IN_ORDER.map((filter) => {
        const count = countFor[filter];
        return (
          <button
            key={filter}
            className={`chip${query.filter === filter ? ' chip-active' : ''}${filter === 'failed' && count ? ' chip-alert' : ''}`}
            aria-pressed={query.filter === filter}
            data-testid={`filter-${filter}`}
            onClick={() => library.setQuery({ filter })}
          >
            {FILTER_LABELS[filter]}
            {count ? <span className="chip-count">{count.toLocaleString('en-US')}</span> : null}
          </button>
        );
      })}
    </div>
  );
}
