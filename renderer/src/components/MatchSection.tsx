import { useState } from 'react';
import type { SeriesDetail } from '../../../shared/types';
import { castText } from '../../../shared/cast-text';
import { providerRefreshText } from '../lib/provider-refresh-text';
import { errorMessage } from '../rpc-error';
import { useServices } from '../state/context';
import { IdentifyDialog } from './IdentifyDialog';

const STATE_TEXT = {
  matched: 'Identified',
  needs_review: 'Review needed: several entries fit',
  unmatched: 'Not identified',
  waiting: 'Waiting for the network',
} as const;

/**
 * What online identification found for the series, the way to choose another entry, and
 * "Refresh from provider", which asks first: it replaces the user's edits in tvshow.nfo.
 */
export function MatchSection({ detail, onChanged }: { detail: SeriesDetail; onChanged: () => void }) {
  const { client } = useServices();
  const [open, setOpen] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const match = detail.match;
  const providerName = match?.provider === 'tmdb' ? 'TMDB' : 'AniList';

  const refresh = async () => {
    setConfirming(false);
    setBusy(true);
    setMessage(null);
    try {
      const result = await client.call('series.refreshFromProvider', { id: detail.id });
      setMessage({ text: providerRefreshText(result), error: result.nfo === 'error' });
      onChanged();
    } catch (err) {
      setMessage({ text: errorMessage(err), error: true });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="detail-section" aria-labelledby="match-heading" data-testid="match-section">
      <h3 id="match-heading">Online match</h3>
      <p data-testid="match-text" data-state={match?.state ?? 'none'}>
        {match ? STATE_TEXT[match.state] : 'Not identified yet'}
        {match?.state === 'matched' && match.provider && (
          <>
            {' · '}
            {match.provider === 'anilist' ? 'AniList' : 'TMDB'} {match.id}
            {match.source === 'user' ? ' · your choice (locked)' : ` · from ${match.source}`}
          </>
        )}
      </p>
      {match?.refreshAsked && (
        <p className="muted" data-testid="match-refresh-asked">
          {match.reason ? `Refresh from ${providerName} waits for the network: ${match.reason.message}` : `Refresh from ${providerName} queued.`}
        </p>
      )}
      {detail.cast && detail.cast.length > 0 && (
        <p className="muted" data-testid="match-cast">
          Cast: {castText(detail.cast)}
        </p>
      )}
      <div className="section-actions">
        <button className="btn btn-small" onClick={() => setOpen(true)} data-testid="open-identify">
          Identify…
        </button>
        {match?.state === 'matched' && (
          <button className="btn btn-small" disabled={busy || confirming} onClick={() => setConfirming(true)} data-testid="refresh-from-provider">
            {busy ? 'Refreshing…' : 'Refresh from provider'}
          </button>
        )}
      </div>
      {confirming && (
        <div className="inline-confirm" role="group" aria-label="Refresh from provider" data-testid="refresh-from-provider-confirm">
          <p>
            Every field of tvshow.nfo is taken from {providerName} again, in the title language set; what you changed in it is replaced. A locked tvshow.nfo stays as it is.
          </p>
          <button className="btn btn-small btn-primary" onClick={() => void refresh()} data-testid="refresh-from-provider-go">
            Replace from {providerName}
          </button>{' '}
          <button className="btn btn-small" onClick={() => setConfirming(false)}>
            Cancel
          </button>
        </div>
      )}
      {message && (
        <p className={message.error ? 'form-error' : 'muted'} role={message.error ? 'alert' : 'status'} data-testid="refresh-from-provider-message">
          {message.text}
        </p>
      )}
      {open && (
        <IdentifyDialog
          detail={detail}
          onClose={() => setOpen(false)}
          onPicked={() => {
            setOpen(false);
            onChanged();
          }}
        />
      )}
    </section>
  );
}
