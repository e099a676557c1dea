import { useState } from 'react';
import type { ArtworkRefreshResult, SeriesDetail } from '../../../shared/types';
import { errorMessage } from '../rpc-error';
import { useServices } from '../state/context';
import { ArtworkPicker } from './ArtworkPicker';

/** "Refresh artwork" and "Choose artwork…" for a matched series. */
export function ArtworkSection({ detail }: { detail: SeriesDetail }) {
  const { client } = useServices();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [picking, setPicking] = useState(false);
  const matched = detail.match?.state === 'matched';

  const refresh = async () => {
    setBusy(true);
    setMessage(null);
    try {
      setMessage({ text: describe(await client.call('series.refreshArtwork', { id: detail.id })), error: false });
    } catch (err) {
      setMessage({ text: errorMessage(err), error: true });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="detail-section" aria-labelledby="artwork-heading" data-testid="artwork-section">
      <h3 id="artwork-heading">Artwork</h3>
      {!matched && <p className="muted">Artwork comes from the online match; identify the series first.</p>}
      <div className="artwork-actions">
        <button className="btn btn-small" disabled={!matched || busy} onClick={() => void refresh()} data-testid="refresh-artwork" title="Fetch again: replaces only files Anishelf wrote and nobody changed">
          {busy ? 'Refreshing…' : 'Refresh artwork'}
        </button>
        <button className="btn btn-small" disabled={!matched} onClick={() => setPicking(true)} data-testid="open-artwork-picker">
          Choose artwork…
        </button>
      </div>
      {message && (
        <p className={message.error ? 'form-error' : 'muted'} role={message.error ? 'alert' : 'status'} data-testid="artwork-message">
          {message.text}
        </p>
      )}
      {picking && <ArtworkPicker detail={detail} onClose={() => setPicking(false)} />}
    </section>
  );
}

function describe(r: ArtworkRefreshResult): string {
  const name = (p: string) => p.slice(Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\')) + 1);
  const parts = [];
  if (r.written.length) parts.push(`Updated ${r.written.map(name).join(', ')}.`);
  if (r.kept.length) parts.push(`Kept your own ${r.kept.map(name).join(', ')} (use “Choose artwork…” to replace).`);
  if (r.failed.length) parts.push(`Nothing usable for ${r.failed.map((f) => f.kind).join(', ')}.`);
  if (r.waiting) parts.push(`The rest waits: ${r.waiting.message}`);
  return parts.join(' ') || 'The provider offers no artwork for this entry.';
}
