import { useState } from 'react';
import type { SeriesSummary } from '../../../shared/types';
import { badgeFor, STAGE_LABELS } from '../lib/badge';
import { act } from '../state/actions';
import { useServices } from '../state/context';
import { ConfirmDialog } from './ConfirmDialog';
import { LoadingBadge } from './LoadingBadge';

/**
 * The loading status with its error (once, with its code), and Retry / Reload / Cancel / Remove
 * from library.
 */
export function StatusSection({ summary: s, onRemoved }: { summary: SeriesSummary; onRemoved: () => void }) {
  const services = useServices();
  const { client, library } = services;
  const [confirming, setConfirming] = useState(false);
  const badge = badgeFor(s);
  const busy = s.loadingStatus === 'pending' || s.loadingStatus === 'loading';
  const failed = badge.status === 'failed';
  // A failed badge's title is the error, shown below in full: the line says where it stopped.
  const statusText = badge.status === 'loading' && s.loadingStage ? `Stage: ${STAGE_LABELS[s.loadingStage]} · ${Math.round(s.progress * 100)}%` : failed ? (s.loadingStage ? `Stopped at: ${STAGE_LABELS[s.loadingStage]}` : '') : badge.title;
  return (
    <section className="detail-section" aria-labelledby="status-heading">
      <h3 id="status-heading">Status</h3>
      <div className="status-line">
        <LoadingBadge summary={s} withRetry={false} />
        <span className="muted" data-testid="detail-status">
          {statusText}
        </span>
      </div>
      {s.loadingError && (
        <p className="status-error" role="alert" data-testid="detail-error">
          <strong>{s.loadingError.code}</strong> {s.loadingError.message}
        </p>
      )}
      <div className="button-row">
        {failed && (
          <button className="btn btn-primary" data-testid="detail-retry" onClick={() => act(services, 'Retry', () => client.call('series.retry', { id: s.id }))}>
            Retry
          </button>
        )}
        <button className="btn" data-testid="reload" onClick={() => act(services, 'Reload', () => client.call('series.reload', { id: s.id }))}>
          Reload
        </button>
        <button className="btn" data-testid="cancel" disabled={!busy} onClick={() => act(services, 'Cancel', () => client.call('series.cancel', { id: s.id }))}>
          Cancel
        </button>
        <button className="btn btn-danger-quiet" data-testid="remove" onClick={() => setConfirming(true)}>
          Remove from library
        </button>
      </div>
      {confirming && (
        <ConfirmDialog
          title="Remove from library?"
          message={`“${s.title}” leaves the library. Its files stay where they are: nothing on disk is deleted. It stays out of the library, rescans included, until you add its folder again.`}
          confirmLabel="Remove"
          onCancel={() => setConfirming(false)}
          onConfirm={async () => {
            setConfirming(false);
            const ok = await act(services, 'Removing the series', async () => {
              await client.call('series.remove', { id: s.id });
              library.applyChanges([], [s.id]);
            });
            if (ok) onRemoved();
          }}
        />
      )}
    </section>
  );
}
