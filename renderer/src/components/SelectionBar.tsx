import { useState, type KeyboardEvent } from 'react';
import { chunks } from '../../../shared/chunks';
import { listsText, refreshedText, reloadedText, removedText, selectedText, seriesCount, theseSeries } from '../lib/selection-text';
import { act } from '../state/actions';
import { useServices } from '../state/context';
import { ConfirmDialog } from './ConfirmDialog';

/** Ids per call: well under the contract's limit, so each call's transactions stay short. */
const IDS_PER_CALL = 5000;

interface Props {
  /** The selected series in the order shown. */
  ids: readonly number[];
  total: number;
  onSelectAll: () => void;
  onDone: () => void;
}

/**
 * While selecting: how many series are chosen, and what can be done to all of them at once
 * (Sonarr's mass editor, Jellyfin's multi-select). Removing and refreshing ask first, as they do
 * for one series.
 */
export function SelectionBar({ ids, total, onSelectAll, onDone }: Props) {
  const services = useServices();
  const { client, library, notices } = services;
  const [confirming, setConfirming] = useState<'remove' | 'refresh' | null>(null);
  /** What runs now ("Removing 3 series…"), shown in place of the count; null when nothing does. */
  const [busy, setBusy] = useState<string | null>(null);
  const n = ids.length;

  const run = async (what: string, call: (batch: number[]) => Promise<number>, report: (done: number) => string) => {
    setConfirming(null);
    setBusy(`${what}…`);
    let done = 0;
    const ok = await act(services, what, async () => {
      for (const batch of chunks(ids, IDS_PER_CALL)) done += await call(batch);
    });
    setBusy(null);
    if (ok) notices.push({ tone: 'ok', kind: 'selection', title: report(done) });
  };
  const reload = () => run(`Reloading ${seriesCount(n)}`, async (batch) => (await client.call('series.reloadMany', { ids: batch })).reloaded.length, reloadedText);
  const refresh = () => run(`Refreshing ${seriesCount(n)} from the provider`, async (batch) => (await client.call('series.refreshManyFromProvider', { ids: batch })).asked, (asked) => refreshedText(asked, n));
  const refreshLists = () => run(`Refreshing the episode lists of ${seriesCount(n)}`, async (batch) => (await client.call('series.refreshEpisodeListsMany', { ids: batch })).asked, (asked) => listsText(asked, n));
  const remove = () =>
    run(
      `Removing ${seriesCount(n)}`,
      async (batch) => {
        const { removed } = await client.call('series.removeMany', { ids: batch });
        library.applyChanges([], removed);
        return removed.length;
      },
      removedText,
    );

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && confirming === null) {
      e.preventDefault();
      onDone();
    }
  };
  return (
    <div className="selection-bar" role="toolbar" aria-label="Selected series" data-testid="selection-bar" onKeyDown={onKeyDown}>
      <span className="selection-count" role="status" data-testid="selection-count">
        {busy ?? selectedText(n)}
      </span>
      <button type="button" className="btn btn-small" disabled={n === total} onClick={onSelectAll} data-testid="selection-all">
        Select all {total.toLocaleString('en-US')}
      </button>
      <span className="selection-actions">
        <button type="button" className="btn btn-small" disabled={n === 0 || busy !== null} onClick={() => void reload()} data-testid="selection-reload">
          Reload
        </button>
        <button type="button" className="btn btn-small" disabled={n === 0 || busy !== null} onClick={() => setConfirming('refresh')} data-testid="selection-refresh">
          Refresh from provider…
        </button>
        <button type="button" className="btn btn-small" disabled={n === 0 || busy !== null} onClick={() => void refreshLists()} data-testid="selection-lists">
          Refresh episode lists
        </button>
        <button type="button" className="btn btn-small btn-danger-quiet" disabled={n === 0 || busy !== null} onClick={() => setConfirming('remove')} data-testid="selection-remove">
          Remove from library…
        </button>
      </span>
      <button type="button" className="btn btn-small" onClick={onDone} data-testid="selection-done" title="Esc">
        Done
      </button>
      {confirming === 'remove' && (
        <ConfirmDialog
          title={`Remove ${theseSeries(n)} from the library?`}
          message="They leave the library. Their files stay where they are: nothing on disk is deleted. They stay out of the library, rescans included, until you add their folders again."
          confirmLabel="Remove"
          onCancel={() => setConfirming(null)}
          onConfirm={() => void remove()}
        />
      )}
      {confirming === 'refresh' && (
        <ConfirmDialog
          title={`Refresh ${theseSeries(n)} from the provider?`}
          message="Each matched series’ tvshow.nfo is taken from its AniList or TMDB entry again; what you changed in those files is replaced. Locked files stay as they are. It runs in the background, at the providers’ pace."
          confirmLabel="Refresh"
          cancelLabel="Cancel"
          danger={false}
          onCancel={() => setConfirming(null)}
          onConfirm={() => void refresh()}
        />
      )}
    </div>
  );
}
