import { useCallback, useEffect, useRef, useState } from 'react';
import type { ArtworkChoice, ArtworkChoiceKind, ArtworkChoices, SeriesDetail } from '../../../shared/types';
import { artworkUrl, providerImageUrl } from '../lib/media-url';
import { errorMessage } from '../rpc-error';
import { useServices } from '../state/context';

const LABELS: Record<ArtworkChoiceKind, string> = { poster: 'Poster', fanart: 'Fanart', logo: 'Logo', banner: 'Banner' };

interface Pending {
  kind: ArtworkChoiceKind;
  choice: ArtworkChoice;
  currentName: string;
}

/**
 * "Choose artwork": per kind, the file the folder has now beside the provider's candidates with
 * their size and language. A candidate replaces Anishelf's own file (or fills a gap) at once; the
 * user's own file is replaced only after "Replace artwork…" showed the two side by side.
 */
export function ArtworkPicker({ detail, onClose }: { detail: SeriesDetail; onClose: () => void }) {
  const { client } = useServices();
  const ref = useRef<HTMLDialogElement>(null);
  const [choices, setChoices] = useState<ArtworkChoices | null>(null);
  const [kind, setKind] = useState<ArtworkChoiceKind>('poster');
  const [pending, setPending] = useState<Pending | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [version, setVersion] = useState(0);

  const load = useCallback(() => client.call('series.artworkChoices', { id: detail.id }).then(setChoices, (err: unknown) => setError(errorMessage(err))), [client, detail.id]);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    void load();
    return () => dialog?.close();
  }, [load]);

  const save = async (choice: ArtworkChoice, replace: boolean) => {
    setBusy(true);
    setError(null);
    try {
      const saved = await client.call('series.chooseArtwork', { id: detail.id, kind, url: choice.url, replace });
      setNotice(`Saved ${saved.path.slice(Math.max(saved.path.lastIndexOf('/'), saved.path.lastIndexOf('\\')) + 1)}.`);
      setPending(null);
      setVersion((v) => v + 1);
      await load();
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  const entry = choices?.kinds.find((k) => k.kind === kind) ?? null;
  const currentSrc = (k: ArtworkChoiceKind) => (k === 'banner' ? null : `${artworkUrl(detail.id, k, client.desktop)}?v=${version}`);
  const choose = (choice: ArtworkChoice) => {
    if (entry?.current && !entry.current.ours) setPending({ kind, choice, currentName: entry.current.name });
    else void save(choice, false);
  };

  return (
    <dialog ref={ref} className="dialog artwork-dialog" aria-labelledby="artwork-title" data-testid="artwork-picker" onCancel={(e) => (e.preventDefault(), onClose())}>
      <h2 id="artwork-title">Choose artwork for “{detail.title}”</h2>
      <div className="artwork-tabs" role="tablist">
        {(['poster', 'fanart', 'logo', 'banner'] as const).map((k) => (
          <button key={k} role="tab" aria-selected={k === kind} className={k === kind ? 'btn btn-small active' : 'btn btn-small'} onClick={() => (setKind(k), setPending(null))} data-testid={`artwork-tab-${k}`}>
            {LABELS[k]}
          </button>
        ))}
      </div>
      {error && (
        <p className="form-error" role="alert" data-testid="artwork-error">
          {error}
        </p>
      )}
      {notice && !error && (
        <p className="muted" role="status" data-testid="artwork-notice">
          {notice}
        </p>
      )}
      {pending ? (
        <div className="artwork-compare" data-testid="artwork-compare">
          <h3>Replace artwork…</h3>
          <p>
            {pending.currentName} is your own file. Compare the two; it is replaced only if you confirm.
          </p>
          <div className="artwork-pair">
            <figure>
              {currentSrc(pending.kind) ? <img src={currentSrc(pending.kind)!} alt={`Your ${LABELS[pending.kind].toLowerCase()}`} data-testid="compare-old" /> : <span className="muted">{pending.currentName}</span>}
              <figcaption>Yours now: {pending.currentName}</figcaption>
            </figure>
            <figure>
              <img src={providerImageUrl(pending.choice.url, client.desktop)} alt={`New ${LABELS[pending.kind].toLowerCase()}`} data-testid="compare-new" />
              <figcaption>New: {caption(pending.choice)}</figcaption>
            </figure>
          </div>
          <div className="dialog-actions">
            <button className="btn" onClick={() => setPending(null)} disabled={busy}>
              Keep mine
            </button>
            <button className="btn btn-danger" onClick={() => void save(pending.choice, true)} disabled={busy} data-testid="confirm-replace">
              Replace {pending.currentName}
            </button>
          </div>
        </div>
      ) : (
        <div className="artwork-kind" data-testid="artwork-kind" data-kind={kind}>
          <figure className="artwork-current" data-testid="artwork-current">
            {entry?.current && currentSrc(kind) ? <img src={currentSrc(kind)!} alt={`Current ${LABELS[kind].toLowerCase()}`} /> : null}
            <figcaption>{entry?.current ? `Now: ${entry.current.name}${entry.current.ours ? ' (written by Anishelf)' : ' (your own file)'}` : 'Now: none'}</figcaption>
          </figure>
          {!choices ? (
            <p className="muted">Asking the providers…</p>
          ) : entry && entry.candidates.length > 0 ? (
            <ul className="artwork-candidates" data-testid="artwork-candidates">
              {entry.candidates.map((c) => (
                <li key={c.url}>
                  <button className="artwork-candidate" disabled={busy} onClick={() => choose(c)} data-testid="artwork-candidate" title={`Use this ${LABELS[kind].toLowerCase()}`}>
                    <img src={providerImageUrl(c.url, client.desktop)} alt="" loading="lazy" />
                    <span>{caption(c)}</span>
                  </button>
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted" data-testid="artwork-none">
              The provider offers no {LABELS[kind].toLowerCase()} for this entry{kind === 'logo' ? ' in your language or English' : ''}.
            </p>
          )}
        </div>
      )}
      <div className="dialog-actions">
        <button className="btn" onClick={onClose}>
          Close
        </button>
      </div>
    </dialog>
  );
}

function caption(c: ArtworkChoice): string {
  const size = c.width && c.height ? `${c.width}×${c.height}` : 'size unknown';
  const language = c.language ? c.language.toUpperCase() : 'no text';
  return `${size} · ${language} · ${c.provider === 'tmdb' ? 'TMDB' : 'AniList'}`;
}
