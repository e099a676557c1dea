import { useEffect, useRef, useState } from 'react';
import { folderName } from '../../../shared/folder-name';
import type { RootStatus, WatchModeSetting } from '../../../shared/types';
import { useRoots } from '../hooks/useRoots';
import { STATE_LABELS, checkedText, seriesGone, watchChoices } from '../lib/root-labels';
import { addFolders } from '../state/actions';
import { useServices } from '../state/context';
import { ConfirmDialog } from './ConfirmDialog';

/** "Library folders": every added root with its state, watch mode and actions. */
export function LibraryFoldersPanel({ onClose }: { onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const services = useServices();
  const { client, notices } = services;
  const { roots, error } = useRoots();
  const [removing, setRemoving] = useState<RootStatus | null>(null);
  const [missing, setMissing] = useState<{ root: RootStatus; ids: number[]; titles: string[] } | null>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);

  const fail = (what: string) => (err: unknown) => notices.push({ tone: 'error', title: `${what} failed`, lines: [err instanceof Error ? err.message : String(err)] });
  const rescan = (root: RootStatus) =>
    client.call('roots.rescan', { id: root.id }).then(
      (r) => notices.push({ tone: 'ok', title: `Rescanning ${root.path}`, lines: [`${r.added} new series, ${r.rescanned} queued for a rescan${r.moved ? `, ${r.moved} renamed or moved series kept` : ''}`] }),
      fail('Rescan'),
    );
  const setMode = (root: RootStatus, mode: WatchModeSetting, pollMinutes?: number) =>
    void client.call('roots.setWatch', { id: root.id, mode, ...(pollMinutes ? { pollMinutes } : {}) }).catch(fail('Changing the watch mode'));
  const reviewMissing = (root: RootStatus) =>
    client.call('roots.missing', { id: root.id }).then((series) => setMissing({ root, ids: series.map((s) => s.id), titles: series.map((s) => s.title) }), fail('Listing the series whose folders are gone'));
  const removeMissing = () => {
    const batch = missing;
    setMissing(null);
    if (!batch) return;
    client.call('roots.removeMissing', { ids: batch.ids }).then(
      (removed) => notices.push({ tone: 'ok', title: `Removed from the library: ${seriesGone(removed.length)}` }),
      fail('Removing the series whose folders are gone'),
    );
  };
  // As an add from the Add dialog: the card comes back and the result is reported.
  const addBack = (folder: string) => addFolders(services, [folder]).catch(fail('Adding the folder back'));
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
              {root.missingCount > 0 && (
                <button className="link-button" onClick={() => void reviewMissing(root)} title="Series whose folders are gone from this library folder" data-testid="root-gone">
                  {root.missingCount} gone…
                </button>
              )}
              <span data-testid="root-checked">{checkedText(root)}</span>
              {!root.watching && <span>watched by another Anishelf</span>}
            </div>
            {root.keptOut.length > 0 && (
              <div className="root-kept-out muted" data-testid="root-kept-out">
                Left out, removed by you:
                {root.keptOut.map((folder) => (
                  <span key={folder} className="root-kept-out-item">
                    <span title={folder}>{folderName(folder)}</span>
                    <button className="link-button" onClick={() => void addBack(folder)} data-testid="root-add-back">Add back</button>
                  </span>
                ))}
              </div>
            )}
            {root.problem && <p className="root-problem" role="alert">{root.problem.message}</p>}
            {root.state === 'offline' && (
              <p className="muted root-hint" data-testid="root-moved-hint">
                Mounted somewhere else now? Add the folder at its new place: its series follow it, with everything set on them.
              </p>
            )}
            <div className="root-actions">
              <label className="root-mode">
                Watch
                <select value={root.watchSetting} onChange={(e) => setMode(root, e.target.value as WatchModeSetting)} data-testid="root-watch-mode">
                  {watchChoices(root).map((c) => (
                    <option key={c.value} value={c.value}>{c.label}</option>
                  ))}
                </select>
              </label>
              {root.watchSetting === 'poll' && (
                <label className="root-mode">
                  every
                  <input
                    type="number"
                    min={1}
                    max={1440}
                    defaultValue={root.pollMinutes}
                    className="root-minutes"
                    data-testid="root-poll-minutes"
                    onBlur={(e) => {
                      const n = Number(e.target.value);
                      if (Number.isInteger(n) && n >= 1 && n <= 1440 && n !== root.pollMinutes) setMode(root, 'poll', n);
                    }}
                  />
                  min
                </label>
              )}
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
      {missing && (
        <ConfirmDialog
          title={`Remove ${seriesGone(missing.ids.length)}?`}
          message={`${missing.titles.slice(0, 8).join(', ')}${missing.titles.length > 8 ? ` and ${missing.titles.length - 8} more` : ''} can no longer be found in ${missing.root.path}. Nothing on disk is touched.`}
          confirmLabel="Remove from library"
          onConfirm={removeMissing}
          onCancel={() => setMissing(null)}
        />
      )}
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
