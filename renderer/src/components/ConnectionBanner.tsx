import type { ConnectionState } from '../bridge';

export function ConnectionBanner({ state }: { state: ConnectionState }) {
  if (state !== 'reconnecting') return null;
  return (
    <div className="connection-banner" role="status" data-testid="connection-banner">
      Lost the connection to Anishelf — reconnecting…
    </div>
  );
}
