import { useEffect, useRef, useState } from 'react';
import type { KodiSettings } from '../../../shared/contract';
import { useServices } from '../state/context';

/**
 * Kodi skips fansub names like "[Group] Title - 03 [1080p].mkv" even with an episode NFO beside
 * them; this shows the advancedsettings.xml rules that make it read them, ready to copy.
 */
export function KodiSettingsDialog({ onClose }: { onClose: () => void }) {
  const services = useServices();
  const ref = useRef<HTMLDialogElement>(null);
  const [settings, setSettings] = useState<KodiSettings | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  useEffect(() => {
    services.client.call('kodi.settings').then(setSettings, (err: unknown) => setError(err instanceof Error ? err.message : String(err)));
  }, [services]);
  const copy = async () => {
    if (!settings) return;
    try {
      await navigator.clipboard.writeText(settings.file);
      setCopied(true);
    } catch {
      setError('The clipboard is not available here; select the text and copy it.');
    }
  };
  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby="kodi-settings-title"
      data-testid="kodi-settings-dialog"
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <h2 id="kodi-settings-title">Kodi file-name rules</h2>
      <p>
        Kodi skips fansub names such as <code>[Group] Title - 03 [1080p].mkv</code>. Save this as <code>advancedsettings.xml</code> in Kodi's
        <code> userdata</code> folder (or add its <code>&lt;tvshowmatching&gt;</code> block to the one you have), restart Kodi and scan the
        library again. <code>anishelf kodi-settings --out FILE</code> does the same from a terminal.
      </p>
      {error && <p role="alert">{error}</p>}
      <textarea className="kodi-settings-text" readOnly rows={12} value={settings?.file ?? ''} aria-label="advancedsettings.xml" data-testid="kodi-settings-text" />
      <div className="dialog-actions">
        <button className="btn" onClick={onClose}>
          Close
        </button>
        <button className="btn btn-primary" onClick={copy} disabled={!settings} autoFocus>
          {copied ? 'Copied' : 'Copy'}
        </button>
      </div>
    </dialog>
  );
}
