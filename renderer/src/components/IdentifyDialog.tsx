import { useEffect, useRef, useState } from 'react';
import type { MatchCandidate, SeriesDetail, SeriesMatch } from '../../../shared/types';
import { errorMessage } from '../rpc-error';
import { candidateFacts } from '../lib/candidate-facts';
import { CandidateThumb } from './CandidateThumb';
import { useServices } from '../state/context';

interface Props {
  detail: SeriesDetail;
  onPicked: (match: SeriesMatch) => void;
  onClose: () => void;
}

/** Why there are no candidates when the series is still waiting for the network, or null. */
function notLookedUp(match: SeriesMatch | null | undefined, searched: boolean): string | null {
  if (searched || match?.state !== 'waiting') return null;
  return `Not looked up yet: ${match.reason?.message ?? 'waiting for the network.'} Anishelf tries again by itself; Search tries now.`;
}

/**
 * The candidates found online for a series, a search by hand and a field for an id or a link.
 * Choosing one locks the match (it is never re-matched automatically) and fills tvshow.nfo.
 */
export function IdentifyDialog({ detail, onPicked, onClose }: Props) {
  const { client } = useServices();
  const ref = useRef<HTMLDialogElement>(null);
  const [candidates, setCandidates] = useState<MatchCandidate[]>(detail.match?.candidates ?? []);
  const [query, setQuery] = useState(detail.title);
  const [ref_, setRef] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [searched, setSearched] = useState(false);

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };
  const search = () =>
    run(async () => {
      setCandidates(await client.call('series.searchMatch', { id: detail.id, text: query }));
      setSearched(true);
    });
  const pick = (text: string) => run(async () => onPicked(await client.call('series.pickMatch', { id: detail.id, ref: text })));

  return (
    <dialog
      ref={ref}
      className="dialog identify-dialog"
      aria-labelledby="identify-title"
      data-testid="identify-dialog"
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <h2 id="identify-title">Identify “{detail.title}”</h2>
      <form
        className="identify-search"
        onSubmit={(e) => {
          e.preventDefault();
          void search();
        }}
      >
        <label>
          Search
          <input value={query} onChange={(e) => setQuery(e.target.value)} data-testid="identify-query" maxLength={200} />
        </label>
        <button className="btn" type="submit" disabled={busy || query.trim() === ''} data-testid="identify-search">
          Search
        </button>
      </form>
      {error && (
        <p className="form-error" role="alert" data-testid="identify-error">
          {error}
        </p>
      )}
      {candidates.length === 0 ? (
        // A failed search says why in its alert; none looked up yet is not "no candidates".
        !error && (
          <p className="muted" data-testid="identify-empty">
            {notLookedUp(detail.match, searched) ?? 'No candidates. Search by another title, or paste an id or a link below.'}
          </p>
        )
      ) : (
        <ul className="candidates" data-testid="identify-candidates">
          {candidates.map((c) => (
            <li key={`${c.provider}:${c.id}`} className="candidate" data-testid="identify-candidate" data-entry={`${c.provider}:${c.id}`}>
              <CandidateThumb candidate={c} />
              <span className="candidate-text">
                <strong>{c.title}</strong>
                {c.titles && c.titles.length > 1 && <span className="muted candidate-titles">{c.titles.filter((t) => t !== c.title).slice(0, 3).join(' · ')}</span>}
                <span className="muted">
                  {candidateFacts(c)}
                  {c.url && (
                    <>
                      {' · '}
                      <a href={c.url} target="_blank" rel="noreferrer">
                        page
                      </a>
                    </>
                  )}
                </span>
              </span>
              <span className="candidate-score" title="How well it fits the folder (0–1)">
                {c.score.toFixed(2)}
              </span>
              <button className="btn btn-small" disabled={busy} onClick={() => void pick(`${c.provider}:${c.id}`)} data-testid="identify-choose">
                Choose
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        className="identify-search"
        onSubmit={(e) => {
          e.preventDefault();
          void pick(ref_);
        }}
      >
        <label>
          Id or link
          <input value={ref_} onChange={(e) => setRef(e.target.value)} placeholder="anilist.co/anime/154587, themoviedb.org/tv/1234, anilist:154587" data-testid="identify-ref" maxLength={300} />
        </label>
        <button className="btn" type="submit" disabled={busy || ref_.trim() === ''} data-testid="identify-use-ref">
          Use
        </button>
      </form>
      <div className="dialog-actions">
        <button className="btn" onClick={onClose}>
          Close
        </button>
      </div>
    </dialog>
  );
}
