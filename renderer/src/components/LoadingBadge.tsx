import type { SeriesSummary } from '../../../shared/types';
import { badgeFor } from '../lib/badge';
import { act } from '../state/actions';
import { useServices } from '../state/context';

/** Where a series is in loading: Queued, a stage with progress, Ready, Failed (with Retry)… */
export function LoadingBadge({ summary: s, withRetry = true }: { summary: SeriesSummary; withRetry?: boolean }) {
  const services = useServices();
  const badge = badgeFor(s);
  return (
    <div className={`badge badge-${badge.status}`} data-testid="loading-badge" data-status={badge.status} data-stage={badge.stage ?? ''} title={badge.title}>
      <span className="badge-dot" aria-hidden="true" />
      <span className="badge-label">{badge.label}</span>
      {badge.status === 'failed' && withRetry && (
        <button
          className="badge-retry"
          data-testid="retry"
          onClick={(e) => {
            e.stopPropagation();
            void act(services, 'Retry', () => services.client.call('series.retry', { id: s.id }));
          }}
        >
          Retry
        </button>
      )}
      {badge.status === 'loading' && (
        <span className="badge-progress" role="progressbar" aria-label="Loading progress" aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round(badge.progress * 100)}>
          <span style={{ width: `${Math.max(8, badge.progress * 100)}%` }} />
        </span>
      )}
    </div>
  );
}
