import { useEffect, useRef, useState } from 'react';
import type { RootStatus, WatchModeSetting } from '../../../shared/types';
import { useRoots } from '../hooks/useRoots';
import { STATE_LABELS, lastCheckLabel, watchChoices } from '../lib/root-labels';
import { useServices } from '../state/context';
import { ConfirmDialog } from './ConfirmDialog';

/** "Library folders": every added root with its state, watch mode and actions. */
export function LibraryFoldersPanel({ onClose }: { onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const { client, notices } = useServices();
  const { roots, error } = useRoots();
  const [removing, setRemoving] = useState<RootStatus | null>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);

  const fail = (what: string) => (err: unknown) => notices.push({ tone: 'error', title: `${what} failed`, lines: [err instanceof Error ? err.message : String(err)] });
  const rescan = (root: RootStatus) =>
    client.call('roots.rescan', { id: root.id }).then(
      (r) => notices.push({ tone: 'ok', title: `Rescanning ${root.path}`, lines: [`${r.added} new series, ${r.rescanned} queued for a rescan`] }),
      fail('Rescan'),
    );
  const setMode = (root: RootStatus, mode: WatchModeSetting) => void client.call('roots.setWatch', { id: root.id, mode }).catch(fail('Changing the watch mode'));
  const remove = (root: RootStatus) => {
    setRemoving(null);
    client.call('roots.remove', { id: root.id }).then(
      (r) => notices.push({ tone: 'ok', title: `Removed ${root.path} from the library`, lines: [`${r.removedSeries} series; no file was touched`] }),
      fail('Removing the folder'),
    );
  };

  return (
    <dialog
      ref={ref}
      className="dialog library-folders"
      aria-labelledby="library-folders-title"
      data-testid="library-folders"
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <h2 id="library-folders-title">Library folders</h2>
      {error && <p className="form-error">{error}</p>}
      {roots.length === 0 && !error && <p className="muted">No folders yet. Add one to start.</p>}
      <ul className="root-list">
        {roots.map((root) => (
          <li key={root.id} className="root-item" data-testid="library-folder" data-root-id={root.id} data-state={root.state}>
            <div className="root-head">
              <span className={`root-state root-state-${root.state}`} data-testid="root-state">{STATE_LABELS[root.state]}</span>
              <span className="root-path" title={root.path}>{root.path}</span>
            </div>
            <div className="root-facts muted">
              <span data-testid="root-series-count">{root.seriesCount} series</span>
              {root.missingCount > 0 && <span>{root.missingCount} missing</span>}
              <span>checked {lastCheckLabel(root.lastCheckedAt)}</span>
              {!root.watching && <span>watched by another Anishelf</span>}
            </div>
            {root.problem && <p className="root-problem" role="alert">{root.problem.message}</p>}
            <div className="root-actions">
              <label className="root-mode">
                Watch
                <select value={root.watchSetting} onChange={(e) => setMode(root, e.target.value as WatchModeSetting)} data-testid="root-watch-mode">
                  {watchChoices(root).map((c) => (
                    <option key={c.value} value={c.value}>{c.label}</option>
                  ))}
                </select>
              </label>
              <div className="header-spacer" />
              <button className="btn btn-small" onClick={() => void rescan(root)} data-testid="root-rescan">Rescan</button>
              <button className="btn btn-small" onClick={() => setRemoving(root)} data-testid="root-remove">Remove from library</button>
            </div>
          </li>
        ))}
      </ul>
      <div className="dialog-actions">
        <button className="btn" onClick={onClose}>Close</button>
      </div>
      {removing && (
        <ConfirmDialog
          title="Remove this folder from the library?"
          message={`${removing.path} and its ${removing.seriesCount} series leave Anishelf. The files stay where they are.`}
          confirmLabel="Remove from library"
          onConfirm={() => remove(removing)}
          onCancel={() => setRemoving(null)}
        />
      )}
    </dialog>
  );
}
