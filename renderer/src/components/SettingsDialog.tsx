import { useEffect, useRef, useState } from 'react';
import type { SettingName, SettingsView } from '../../../shared/contract';
import { useModalDialog } from '../hooks/useModalDialog';
import { RpcCallError, errorMessage } from '../rpc-error';
import { useServices } from '../state/context';
import { changedSettings, type SettingsDraft } from '../lib/settings-form';
import { RefreshAllFromProvider } from './RefreshAllFromProvider';

const MAX_WORKERS = 16;

/**
 * The settings: TMDB key (write-only: the field is always empty and says only whether a key is
 * set), title language, the country whose content ratings tvshow.nfo gets, providers on/off, disk workers and episode NFOs. Each change goes
 * through `settings.set`, which validates it; the first refusal is shown once, with its code.
 */
export function SettingsDialog({ onClose }: { onClose: () => void }) {
  const { client } = useServices();
  const ref = useRef<HTMLDialogElement>(null);
  useModalDialog(ref);
  const [view, setView] = useState<SettingsView | null>(null);
  const [draft, setDraft] = useState<SettingsDraft | null>(null);
  const [key, setKey] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ code: string; message: string } | null>(null);
  const [saved, setSaved] = useState(false);

  const show = (next: SettingsView) => {
    setView(next);
    setDraft({ titleLanguage: next.titleLanguage, ratingCountry: next.ratingCountry.source === 'settings' ? next.ratingCountry.country : '', anilist: next.anilist, tmdb: next.tmdb, workers: String(next.workers), episodeNfos: next.episodeNfos });
  };
  useEffect(() => {
    client.call('settings.get').then(show, (err: unknown) => setError(toError(err)));
  }, [client]);

  /** Saves `changes` in order; false when one was refused (its error is shown). */
  const apply = async (changes: Array<[SettingName, string]>): Promise<boolean> => {
    setBusy(true);
    setError(null);
    setSaved(false);
    try {
      let next = view;
      for (const [name, value] of changes) next = await client.call('settings.set', { name, value });
      // The key field is write-only: emptied as soon as the core took it.
      setKey('');
      if (next) show(next);
      setSaved(true);
      return true;
    } catch (err) {
      setError(toError(err));
      return false;
    } finally {
      setBusy(false);
    }
  };
  const pendingChanges = (): Array<[SettingName, string]> => {
    if (!view || !draft) return [];
    const changes = changedSettings(view, draft);
    if (key.trim() !== '') changes.unshift(['tmdb-key', key.trim()]);
    return changes;
  };
  const save = () => void apply(pendingChanges());
  // A refresh of every series applies the title language chosen here even before Save.
  const saveFirst = async () => {
    const changes = pendingChanges();
    return changes.length === 0 || apply(changes);
  };
  const set = (patch: Partial<SettingsDraft>) => {
    setSaved(false);
    setDraft((d) => (d ? { ...d, ...patch } : d));
  };

  return (
    <dialog
      ref={ref}
      className="dialog settings-dialog"
      aria-labelledby="settings-title"
      data-testid="settings-dialog"
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <h2 id="settings-title">Settings</h2>
      {!draft || !view ? (
        <p className="muted">{error ? '' : 'Reading the settings…'}</p>
      ) : (
        <form
          className="settings-form"
          onSubmit={(e) => {
            e.preventDefault();
            save();
          }}
        >
          <fieldset>
            <legend>Online metadata</legend>
            <label className="settings-check">
              <input type="checkbox" checked={draft.anilist} onChange={(e) => set({ anilist: e.target.checked })} data-testid="settings-anilist" />
              AniList (anime; no key needed)
            </label>
            <label className="settings-check">
              <input type="checkbox" checked={draft.tmdb} onChange={(e) => set({ tmdb: e.target.checked })} data-testid="settings-tmdb" />
              TMDB (TV shows; needs an API key)
            </label>
            <label className="settings-field">
              TMDB API key or read access token
              <input
                type="password"
                autoComplete="off"
                spellCheck={false}
                value={key}
                onChange={(e) => setKey(e.target.value)}
                placeholder={view.tmdbKey.set ? 'A key is set; type a new one to replace it' : 'No key set'}
                maxLength={2000}
                data-testid="settings-tmdb-key"
              />
            </label>
            <p className="muted settings-key-state" data-testid="settings-tmdb-key-state">
              {view.tmdbKey.source === 'settings' ? 'A key is set.' : view.tmdbKey.source === 'environment' ? 'A key is set by ANISHELF_TMDB_KEY.' : 'No key is set.'}
              {view.tmdbKey.source === 'settings' && (
                <>
                  {' '}
                  <button type="button" className="link-button" disabled={busy} onClick={() => void apply([['tmdb-key', '']])} data-testid="settings-tmdb-key-remove">
                    Remove the key
                  </button>
                </>
              )}
            </p>
            <label className="settings-field">
              Title language (for the tvshow.nfo files written from now on; a refresh from the provider rewrites those written before)
              <select value={draft.titleLanguage} onChange={(e) => set({ titleLanguage: e.target.value as SettingsDraft['titleLanguage'] })} data-testid="settings-title-language">
                <option value="romaji">Romaji (Shingeki no Kyojin)</option>
                <option value="english">English (Attack on Titan)</option>
                <option value="native">Native (進撃の巨人)</option>
              </select>
            </label>
            <label className="settings-field">
              Content rating country (US, DE, JP…; empty follows the system; for ratings written from now on)
              <input
                value={draft.ratingCountry}
                onChange={(e) => set({ ratingCountry: e.target.value })}
                placeholder={view.ratingCountry.source === 'system' ? `${view.ratingCountry.country} (from the system)` : 'From the system'}
                maxLength={2}
                size={4}
                autoCapitalize="characters"
                spellCheck={false}
                data-testid="settings-rating-country"
              />
            </label>
            <RefreshAllFromProvider saveFirst={saveFirst} />
          </fieldset>
          <fieldset>
            <legend>Loading</legend>
            <label className="settings-field">
              Disk workers (1–{MAX_WORKERS}; applies the next time Anishelf starts)
              <input type="number" min={1} max={MAX_WORKERS} step={1} value={draft.workers} onChange={(e) => set({ workers: e.target.value })} data-testid="settings-workers" />
            </label>
            <label className="settings-check">
              <input type="checkbox" checked={draft.episodeNfos} onChange={(e) => set({ episodeNfos: e.target.checked })} data-testid="settings-episode-nfos" />
              Write an episode NFO beside every video that has none (for Kodi's “Local information only”)
            </label>
          </fieldset>
          {error && (
            <p className="form-error" role="alert" data-testid="settings-error" data-code={error.code}>
              {error.message} <code>{error.code}</code>
            </p>
          )}
          {saved && !error && (
            <p className="muted" role="status" data-testid="settings-saved">
              Saved.
            </p>
          )}
          <div className="dialog-actions">
            <button type="button" className="btn" onClick={onClose}>
              Close
            </button>
            <button type="submit" className="btn btn-primary" disabled={busy} data-testid="settings-save">
              Save
            </button>
          </div>
        </form>
      )}
      {(!draft || !view) && error && (
        <p className="form-error" role="alert" data-testid="settings-error" data-code={error.code}>
          {error.message} <code>{error.code}</code>
        </p>
      )}
    </dialog>
  );
}

function toError(err: unknown): { code: string; message: string } {
  return err instanceof RpcCallError ? { code: err.code, message: err.message } : { code: 'ERROR', message: errorMessage(err) };
}
