import { useEffect, useState, type FormEvent } from 'react';
import type { SeriesDetail } from '../../../shared/types';
import { changedFields, metadataOf, toDraft, type MetadataDraft } from '../lib/metadata-form';
import { errorMessage } from '../rpc-error';
import { useServices } from '../state/context';

interface Props {
  detail: SeriesDetail;
  onSaved: (d: SeriesDetail) => void;
  /** Told whenever the form gains or loses unsaved edits. */
  onDirtyChange?: (dirty: boolean) => void;
}

/**
 * Title, original and sort title, year, plot, genres, provider ids and Kodi's lock, saved to
 * tvshow.nfo through `series.saveMetadata`. While locked, the fields are read-only and the lock
 * switch is the one control to use: unlocking makes them editable again (the save then unlocks the
 * file too). A refused save (read-only share, a file changed meanwhile) shows why.
 */
export function MetadataForm({ detail, onSaved, onDirtyChange }: Props) {
  const { client } = useServices();
  const original = metadataOf(detail);
  const [draft, setDraft] = useState<MetadataDraft>(() => toDraft(original));
  const [dirty, setDirty] = useState(false);
  const [status, setStatus] = useState<{ tone: 'error' | 'ok'; text: string } | null>(null);
  const [saving, setSaving] = useState(false);

  // Fresh data from the core replaces the form only while the user has not started editing.
  const originalKey = JSON.stringify(original);
  useEffect(() => {
    if (!dirty) setDraft(toDraft(JSON.parse(originalKey)));
  }, [originalKey, dirty]);
  useEffect(() => onDirtyChange?.(dirty), [dirty, onDirtyChange]);
  const readOnly = draft.locked;

  const edit = (change: Partial<MetadataDraft>) => {
    setDraft((d) => ({ ...d, ...change }));
    setDirty(true);
    setStatus(null);
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const result = changedFields(original, draft);
    if ('error' in result) return setStatus({ tone: 'error', text: result.error });
    if (Object.keys(result.fields).length === 0) return setStatus({ tone: 'ok', text: 'Nothing changed.' });
    setSaving(true);
    try {
      const saved = await client.call('series.saveMetadata', { id: detail.id, fields: result.fields });
      setDirty(false);
      setDraft(toDraft(metadataOf(saved)));
      onSaved(saved);
      setStatus({ tone: 'ok', text: 'Saved to tvshow.nfo.' });
    } catch (err) {
      setStatus({ tone: 'error', text: errorMessage(err) });
    } finally {
      setSaving(false);
    }
  };

  // A locked file is only ever written to unlock it, so the switch unlocks at once; the fields
  // are editable from then on.
  const unlock = async () => {
    setSaving(true);
    setStatus(null);
    try {
      const saved = await client.call('series.saveMetadata', { id: detail.id, fields: { locked: false } });
      setDraft((d) => ({ ...d, locked: false }));
      onSaved(saved);
      setStatus({ tone: 'ok', text: 'Unlocked: tvshow.nfo can be edited now.' });
    } catch (err) {
      setStatus({ tone: 'error', text: errorMessage(err) });
    } finally {
      setSaving(false);
    }
  };

  const rows = draft.providerIds;
  return (
    <section className="detail-section" aria-labelledby="metadata-heading">
      <h3 id="metadata-heading">Metadata</h3>
      <form className="metadata-form" onSubmit={submit} data-testid="metadata-form" data-locked={readOnly}>
        {readOnly && (
          <p className="form-note" data-testid="locked-note">
            Locked: Kodi’s lockdata is set, so no tool rewrites tvshow.nfo. Switch the lock off to edit.
          </p>
        )}
        <fieldset className="metadata-fields" disabled={readOnly}>
          <label className="field">
            <span>Title</span>
            <input value={draft.title} maxLength={500} onChange={(e) => edit({ title: e.target.value })} name="title" />
          </label>
          <div className="field-pair">
            <label className="field">
              <span>Original title</span>
              <input value={draft.originalTitle} maxLength={500} onChange={(e) => edit({ originalTitle: e.target.value })} name="originalTitle" />
            </label>
            <label className="field">
              <span>Sort title</span>
              <input value={draft.sortTitle} maxLength={500} onChange={(e) => edit({ sortTitle: e.target.value })} name="sortTitle" />
            </label>
          </div>
          <div className="field-pair">
            <label className="field field-narrow">
              <span>Year</span>
              <input value={draft.year} inputMode="numeric" maxLength={4} onChange={(e) => edit({ year: e.target.value })} name="year" />
            </label>
            <label className="field">
              <span>Genres</span>
              <input value={draft.genres} placeholder="Adventure, Fantasy" onChange={(e) => edit({ genres: e.target.value })} name="genres" />
            </label>
          </div>
          <label className="field">
            <span>Plot</span>
            <textarea value={draft.plot} rows={4} maxLength={20000} onChange={(e) => edit({ plot: e.target.value })} name="plot" />
          </label>
          <fieldset className="field provider-ids">
            <legend>Provider ids</legend>
            {rows.map((row, i) => (
              <div className="provider-row" key={i}>
                <input aria-label="Provider" placeholder="tvdb" value={row.key} maxLength={20} onChange={(e) => edit({ providerIds: rows.map((r, j) => (j === i ? { ...r, key: e.target.value } : r)) })} />
                <input aria-label="Id" placeholder="424536" value={row.value} maxLength={100} onChange={(e) => edit({ providerIds: rows.map((r, j) => (j === i ? { ...r, value: e.target.value } : r)) })} />
                <button type="button" className="icon-button" aria-label="Remove this id" onClick={() => edit({ providerIds: rows.filter((_, j) => j !== i) })}>
                  ✕
                </button>
              </div>
            ))}
            <button type="button" className="link-button" onClick={() => edit({ providerIds: [...rows, { key: '', value: '' }] })}>
              + Add an id
            </button>
          </fieldset>
        </fieldset>
        <label className="switch">
          <input
            type="checkbox"
            role="switch"
            checked={draft.locked}
            disabled={saving}
            onChange={(e) => (original.locked && !e.target.checked ? void unlock() : edit({ locked: e.target.checked }))}
            name="locked"
          />
          <span className="switch-track" aria-hidden="true" />
          <span>
            {readOnly ? 'Locked (Kodi lockdata)' : 'Lock (Kodi lockdata)'}
            <small className="muted"> — no tool, Anishelf included, rewrites tvshow.nfo while locked</small>
          </span>
        </label>
        <div className="form-footer">
          {status && (
            <span className={status.tone === 'error' ? 'form-error' : 'form-ok'} role={status.tone === 'error' ? 'alert' : 'status'} data-testid="metadata-status">
              {status.text}
            </span>
          )}
          <button type="submit" className="btn btn-primary" disabled={saving || !dirty} data-testid="save-metadata">
            {saving ? 'Saving…' : 'Save'}
          </button>
        </div>
      </form>
    </section>
  );
}
