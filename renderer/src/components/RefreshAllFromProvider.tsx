import { useState } from 'react';
import { refreshAllText } from '../lib/provider-refresh-text';
import { errorMessage } from '../rpc-error';
import { useServices } from '../state/context';

/**
 * "Refresh every series from its provider", in the Settings: after a change of title language or
 * rating country, every matched series' tvshow.nfo is taken from its entry again, in the
 * background at the providers' pace. It asks first, as the panel's refresh does, since the user's
 * edits in those files are replaced; settings not saved yet are saved first, so they apply.
 */
export function RefreshAllFromProvider({ saveFirst }: { saveFirst: () => Promise<boolean> }) {
  const { client } = useServices();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);

  const refreshAll = async () => {
    setBusy(true);
    setMessage(null);
    try {
      if (!(await saveFirst())) return;
      const { asked } = await client.call('library.refreshAllFromProvider');
      setConfirming(false);
      setMessage({ text: refreshAllText(asked), error: false });
    } catch (err) {
      setMessage({ text: errorMessage(err), error: true });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="settings-field">
      <div>
        <button type="button" className="btn btn-small" disabled={busy || confirming} onClick={() => setConfirming(true)} data-testid="refresh-all-from-provider">
          Refresh every series from its provider…
        </button>
      </div>
      {confirming && (
        <div className="inline-confirm" role="group" aria-label="Refresh every series from its provider" data-testid="refresh-all-confirm">
          <p>
            Every matched series’ tvshow.nfo is taken from its AniList or TMDB entry again, in the title language and rating country set here; what you changed in those files is
            replaced. Locked files stay as they are. It runs in the background, at the providers’ pace.
          </p>
          <button type="button" className="btn btn-small btn-primary" disabled={busy} onClick={() => void refreshAll()} data-testid="refresh-all-go">
            Refresh every series
          </button>{' '}
          <button type="button" className="btn btn-small" disabled={busy} onClick={() => setConfirming(false)}>
            Cancel
          </button>
        </div>
      )}
      {message && (
        <p className={message.error ? 'form-error' : 'muted'} role={message.error ? 'alert' : 'status'} data-testid="refresh-all-message">
          {message.text}
        </p>
      )}
    </div>
  );
}
