import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import type { SeriesDetail } from '../../../shared/types';
import { errorMessage } from '../rpc-error';
import { useLibrary, useServices } from '../state/context';
import { ArtworkSection } from './ArtworkSection';
import { ConfirmDialog } from './ConfirmDialog';
import { DetailHeader } from './DetailHeader';
import { EpisodeList } from './EpisodeList';
import { FileProblems } from './FileProblems';
import { MatchSection } from './MatchSection';
import { MediaChecklist } from './MediaChecklist';
import { MetadataForm } from './MetadataForm';
import { MissingEpisodes } from './MissingEpisodes';
import { StatusSection } from './StatusSection';

interface Props {
  id: number;
  onClose: () => void;
  /** Set while open: asks before unsaved edits are dropped (App calls it before opening another series). */
  leaveGuard: RefObject<((proceed: () => void) => void) | null>;
}

/**
 * One series: status and actions, media, episodes, problems, metadata. Re-read when an event
 * says the series changed; closes when it is removed. Esc closes it; with unsaved edits in the
 * form, Esc, the close button and opening another series ask first.
 */
export function DetailPanel({ id, onClose, leaveGuard }: Props) {
  const { client } = useServices();
  const summary = useLibrary().series.get(id);
  const [detail, setDetail] = useState<SeriesDetail | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [leaving, setLeaving] = useState<(() => void) | null>(null);
  const panelRef = useRef<HTMLElement>(null);
  const loadedOnce = useRef(false);
  const dirty = useRef(false);

  const leave = useCallback((proceed: () => void) => {
    if (dirty.current) setLeaving(() => proceed);
    else proceed();
  }, []);
  const requestClose = useCallback(() => leave(onClose), [leave, onClose]);
  const onDirtyChange = useCallback((value: boolean) => {
    dirty.current = value;
  }, []);

  useEffect(() => {
    leaveGuard.current = leave;
    // Unsaved edits also survive an accidental reload or tab close: the browser asks.
    const beforeUnload = (e: BeforeUnloadEvent) => {
      if (dirty.current) e.preventDefault();
    };
    window.addEventListener('beforeunload', beforeUnload);
    return () => {
      leaveGuard.current = null;
      window.removeEventListener('beforeunload', beforeUnload);
    };
  }, [leave, leaveGuard]);

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
      requestClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [requestClose]);

  useEffect(() => {
    if (!summary) onClose();
  }, [summary, onClose]);
  if (!summary) return null;

  return (
    <aside ref={panelRef} className="detail" role="dialog" aria-modal="false" aria-labelledby="detail-title" data-testid="detail-panel" data-series-id={id}>
      <DetailHeader summary={summary} contentRating={detail?.id === id ? (detail.contentRating ?? null) : null} onClose={requestClose} />
      <div className="detail-body">
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <StatusSection summary={summary} onRemoved={onClose} />
        <MediaChecklist summary={summary} detail={detail} />
        {detail && <MatchSection detail={detail} onChanged={() => void client.call('series.get', { id }).then(setDetail, (err: unknown) => setError(errorMessage(err)))} />}
        {detail && <ArtworkSection detail={detail} />}
        {detail && <FileProblems detail={detail} />}
        <MissingEpisodes id={id} />
        {detail && <EpisodeList detail={detail} />}
        {detail ? <MetadataForm detail={detail} onSaved={setDetail} onDirtyChange={onDirtyChange} /> : !error && <p className="muted">Reading the series…</p>}
      </div>
      {leaving && (
        <ConfirmDialog
          title="Discard unsaved changes?"
          message={`Your edits to “${summary.title}” are not saved yet. Keep editing to save them, or discard them.`}
          confirmLabel="Discard changes"
          cancelLabel="Keep editing"
          onCancel={() => setLeaving(null)}
          onConfirm={() => {
            dirty.current = false;
            setLeaving(null);
            leaving();
          }}
        />
      )}
    </aside>
  );
}
