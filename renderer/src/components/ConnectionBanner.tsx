import type { ConnectionState } from '../bridge';

export function ConnectionBanner({ state }: { state: ConnectionState }) {
  if (state === 'signed-out') {
    return (
      <div className="connection-banner" role="status" data-testid="connection-banner" data-state={state}>
        Anishelf restarted with a new access link: open the link that <code>anishelf serve</code> printed.
      </div>
    );
  }
  if (state !== 'reconnecting') return null;
  return (
    <div className="connection-banner" role="status" data-testid="connection-banner" data-state={state}>
      Lost the connection to Anishelf — reconnecting…
    </div>
  );
}
