// The messages between the main thread's RootWatchers and the watch thread. Plain data only.

export type ToWatchThread =
  | { op: 'start'; id: number; root: string; depth?: number; maxWatches?: number }
  | { op: 'close'; id: number };

export type FromWatchThread =
  | { id: number; kind: 'ready'; folders: number }
  /** Changed paths, gathered for a few milliseconds: one message per burst, not one per file. */
  | { id: number; kind: 'changes'; paths: string[] }
  | { id: number; kind: 'error'; code: string | null; message: string }
  | { id: number; kind: 'closed' };
