import { useCallback, useEffect, useState } from 'react';
import type { RootStatus } from '../../../shared/types';
import { useServices } from '../state/context';

/** The library folders with their live state: read once, then kept fresh by core events. */
export function useRoots(): { roots: RootStatus[]; refresh: () => void; error: string | null } {
  const { client } = useServices();
  const [roots, setRoots] = useState<RootStatus[]>([]);
  const [error, setError] = useState<string | null>(null);
  const refresh = useCallback(() => {
    client.call('roots.list').then(
      (list) => {
        setRoots(list);
        setError(null);
      },
      (err: unknown) => setError(err instanceof Error ? err.message : String(err)),
    );
  }, [client]);
  useEffect(() => {
    refresh();
    const offRoots = client.on('roots:changed', (event) => setRoots(event.roots));
    // Series counts move with adds and removals.
    let timer: ReturnType<typeof setTimeout> | null = null;
    const offSeries = client.on('series:changed', () => {
      timer ??= setTimeout(() => {
        timer = null;
        refresh();
      }, 500);
    });
    return () => {
      offRoots();
      offSeries();
      if (timer) clearTimeout(timer);
    };
  }, [client, refresh]);
  return { roots, refresh, error };
}
