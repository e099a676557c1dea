import { useEffect, useState } from 'react';
import type { DirectoryListing } from '../../../shared/contract';
import { breadcrumb } from '../lib/folder-path';
import { errorMessage } from '../rpc-error';
import { useServices } from '../state/context';

interface Props {
  /** The folder to show; null starts at the home folder. */
  path: string | null;
  /** `byUser` is false for the first listing, true after a click. */
  onNavigate: (listing: DirectoryListing, byUser: boolean) => void;
}

/**
 * Subfolders of one folder (from `fs.listDirectories`): click to go in; "Up" or a crumb of the
 * path bar (/ › media › anime) to go out.
 */
export function FolderBrowser({ path, onNavigate }: Props) {
  const { client } = useServices();
  const [listing, setListing] = useState<DirectoryListing | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);

  useEffect(() => {
    let live = true;
    setLoading(true);
    client.call('fs.listDirectories', path ? { path } : {}).then(
      (result) => {
        if (!live) return;
        setListing(result);
        setError(null);
        setLoading(false);
        onNavigate(result, false);
      },
      (err: unknown) => {
        if (!live) return;
        setError(errorMessage(err));
        setLoading(false);
      },
    );
    return () => {
      live = false;
    };
    // onNavigate is the parent's callback: a new identity must not re-read the folder.
  }, [client, path]);

  const go = (target: string) => client.call('fs.listDirectories', { path: target }).then(
    (result) => {
      setListing(result);
      setError(null);
      onNavigate(result, true);
    },
    (err: unknown) => setError(errorMessage(err)),
  );

  return (
    <div className="browser" data-testid="folder-browser">
      <div className="browser-bar">
        <button type="button" className="btn btn-small" disabled={!listing?.parent} onClick={() => listing?.parent && go(listing.parent)} data-testid="browser-up">
          ↑ Up
        </button>
        <nav className="browser-path" aria-label="Location" data-testid="browser-path" data-path={listing?.path ?? ''}>
          {listing ? (
            <ol>
              {breadcrumb(listing.path).map((crumb, i, all) => (
                <li key={crumb.path}>
                  {i === all.length - 1 ? (
                    <span className="crumb crumb-current" aria-current="location">
                      {crumb.name}
                    </span>
                  ) : (
                    <button type="button" className="crumb" onClick={() => go(crumb.path)} title={crumb.path}>
                      {crumb.name}
                    </button>
                  )}
                </li>
              ))}
            </ol>
          ) : (
            '…'
          )}
        </nav>
      </div>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <ul className="browser-list" aria-busy={loading}>
        {listing?.directories.map((d) => (
          <li key={d.path}>
            <button type="button" className="browser-item" onClick={() => go(d.path)} title={d.path}>
              <span className="browser-icon" aria-hidden="true">
                📁
              </span>
              {d.name}
            </button>
          </li>
        ))}
        {listing && listing.directories.length === 0 && <li className="muted browser-empty">No folders inside.</li>}
      </ul>
    </div>
  );
}
