import { useEffect, useRef, useState } from 'react';
import type { SeriesDetail } from '../../../shared/types';
import { errorMessage } from '../rpc-error';
import { useLibrary, useServices } from '../state/context';
import { DetailHeader } from './DetailHeader';
import { EpisodeList } from './EpisodeList';
import { FileProblems } from './FileProblems';
import { MatchSection } from './MatchSection';
import { MediaChecklist } from './MediaChecklist';
import { MetadataForm } from './MetadataForm';
import { StatusSection } from './StatusSection';

/**
 * One series: status and actions, media, episodes, problems, metadata. Re-read when an event
 * says the series changed; closes when it is removed. Esc closes it.
 */
export function DetailPanel({ id, onClose }: { id: number; onClose: () => void }) {
  const { client } = useServices();
  const summary = useLibrary().series.get(id);
  const [detail, setDetail] = useState<SeriesDetail | null>(null);
  const [error, setError] = useState<string | null>(null);
  const panelRef = useRef<HTMLElement>(null);
  const loadedOnce = useRef(false);

  useEffect(() => {
    let live = true;
    const read = () =>
      client.call('series.get', { id }).then(
        (d) => live && (setDetail(d), setError(null)),
        (err: unknown) => live && setError(errorMessage(err)),
      );
    // The first read at once; re-reads after events a moment later, so a burst makes one call.
    const timer = setTimeout(read, loadedOnce.current ? 250 : 0);
    loadedOnce.current = true;
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [client, id, summary]);

  useEffect(() => {
    panelRef.current?.querySelector<HTMLElement>('[data-autofocus]')?.focus();
  }, []);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented || document.querySelector('dialog[open]')) return;
      e.preventDefault();
      onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

  useEffect(() => {
    if (!summary) onClose();
  }, [summary, onClose]);
  if (!summary) return null;

  return (
    <aside ref={panelRef} className="detail" role="dialog" aria-modal="false" aria-labelledby="detail-title" data-testid="detail-panel" data-series-id={id}>
      <DetailHeader summary={summary} onClose={onClose} />
      <div className="detail-body">
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <StatusSection summary={summary} onRemoved={onClose} />
        <MediaChecklist summary={summary} detail={detail} />
        {detail && <MatchSection detail={detail} onChanged={() => void client.call('series.get', { id }).then(setDetail, (err: unknown) => setError(errorMessage(err)))} />}
        {detail && <FileProblems detail={detail} />}
        {detail && <EpisodeList detail={detail} />}
        {detail ? <MetadataForm detail={detail} onSaved={setDetail} /> : !error && <p className="muted">Reading the series…</p>}
      </div>
    </aside>
  );
}
