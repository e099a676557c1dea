import { useCallback, useRef, useState, type FormEvent } from 'react';
import type { DirectoryListing } from '../../../shared/contract';
import { describeAddResult, onlyBadInput, suggestedFolder } from '../../../shared/add-result';
import { useModalDialog } from '../hooks/useModalDialog';
import { isFullPath, typedPath } from '../lib/folder-path';
import { errorMessage } from '../rpc-error';
import { addFolders, reportAdd } from '../state/actions';
import { useServices } from '../state/context';
import { FolderBrowser } from './FolderBrowser';

/**
 * "Add folder": type a path (`~/` is the home folder) or browse to one, which fills the path in;
 * one button (or Enter) adds what the field holds. A path that cannot be used keeps the dialog
 * open with the reason; anything added closes it and reports in the corner. Closing gives focus
 * back to the button that opened it.
 */
export function AddFolderDialog({ onClose }: { onClose: () => void }) {
  const services = useServices();
  const ref = useRef<HTMLDialogElement>(null);
  const [text, setText] = useState('');
  const [error, setError] = useState<string[] | null>(null);
  // A refused season folder names its series folder: one button adds that instead.
  const [instead, setInstead] = useState<{ path: string; name: string } | null>(null);
  const [busy, setBusy] = useState(false);
  // The empty state's button is gone once series are added: the grid takes focus instead.
  useModalDialog(ref, () => document.querySelector<HTMLElement>('[data-testid="series-card"][tabindex="0"], [data-testid="library-grid"]'));

  const add = async (path: string) => {
    const trimmed = typedPath(path);
    if (!trimmed) return setError(['Type the path of a folder, or pick one below.']);
    if (!isFullPath(trimmed)) return setError([`“${trimmed}” is not a full path. Type an absolute path such as /media/anime, or start with ~/ for your home folder.`]);
    setBusy(true);
    setError(null);
    setInstead(null);
    try {
      const result = await addFolders(services, [trimmed], { report: false });
      if (onlyBadInput(result)) {
        setError(describeAddResult(result).lines);
        setInstead(suggestedFolder(result));
        return;
      }
      reportAdd(services, result);
      onClose();
    } catch (err) {
      setError([errorMessage(err)]);
    } finally {
      setBusy(false);
    }
  };

  // Browsing fills the path field; the first listing does not overwrite what was typed.
  const onNavigate = useCallback((listing: DirectoryListing, byUser: boolean) => {
    if (byUser) {
      setText(listing.path);
      setError(null);
      setInstead(null);
    }
  }, []);

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby="add-title"
      data-testid="add-folder-dialog"
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <form
        onSubmit={(e: FormEvent) => {
          e.preventDefault();
          void add(text);
        }}
      >
        <h2 id="add-title">Add folder</h2>
        <p className="muted">A folder that holds many series, or one series’ folder. Nothing in it is moved or deleted.</p>
        <label className="field">
          <span>Folder path</span>
          <input
            value={text}
            onChange={(e) => {
              setText(e.target.value);
              setError(null);
              setInstead(null);
            }}
            placeholder="/media/anime"
            spellCheck={false}
            autoComplete="off"
            autoFocus
            data-testid="folder-path"
          />
        </label>
        {error && (
          <div className="form-error" role="alert" data-testid="add-error">
            {error.map((line, i) => (
              <div key={i}>{line}</div>
            ))}
            {instead && (
              <button
                type="button"
                className="btn"
                disabled={busy}
                data-testid="add-instead"
                onClick={() => {
                  setText(instead.path);
                  void add(instead.path);
                }}
              >
                Add {instead.name} instead
              </button>
            )}
          </div>
        )}
        <FolderBrowser path={null} onNavigate={onNavigate} />
        <div className="dialog-actions">
          <button type="button" className="btn" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="btn btn-primary" disabled={busy} data-testid="add-folder-submit">
            {busy ? 'Adding…' : 'Add folder'}
          </button>
        </div>
      </form>
    </dialog>
  );
}
