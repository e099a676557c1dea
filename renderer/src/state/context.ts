import { createContext, useContext, useSyncExternalStore } from 'react';
import type { AnishelfClient } from '../bridge';
import type { LibrarySnapshot, LibraryStore } from './library-store';
import type { Notice, NoticeStore } from './notices';

export interface AppServices {
  client: AnishelfClient;
  library: LibraryStore;
  notices: NoticeStore;
}

export const AppContext = createContext<AppServices | null>(null);

export function useServices(): AppServices {
  const services = useContext(AppContext);
  if (!services) throw new Error('AppContext is missing');
  return services;
}

export function useLibrary(): LibrarySnapshot {
  const { library } = useServices();
  return useSyncExternalStore(library.subscribe, library.getSnapshot);
}

export function useNotices(): readonly Notice[] {
  const { notices } = useServices();
  return useSyncExternalStore(notices.subscribe, notices.getSnapshot);
}
