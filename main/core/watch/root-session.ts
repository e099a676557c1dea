import type { LibraryRootRow } from '../db/schema';
import type { ErrorInfo } from '../../../shared/types';
import type { ModeChoice, WatchMode } from './watch-mode';
import type { BoundedFs } from './probe';
import type { RootWatcher } from './root-watcher';

/** What the watch service holds for one root while it watches it. */
export interface RootSession {
  row: LibraryRootRow;
  fs: BoundedFs;
  choice: ModeChoice;
  /** The mode in effect: the choice, or poll after a watch-limit error. */
  effective: WatchMode;
  online: boolean;
  /** Series folder path → id, for classifying changes. */
  series: Map<string, number>;
  watcher: RootWatcher | null;
  /** The pending poll, offline check, missing re-check or native retry. */
  timers: Set<unknown>;
  problem: ErrorInfo | null;
  /** Series already put to the user for removal (asked once per batch). */
  askedMissing: Set<number>;
  heldMissing: boolean;
  lastCheckedAt: string | null;
  /** A sweep or check in flight: the next one waits for it instead of piling up. */
  busy: Promise<void> | null;
  closed: boolean;
}

export function watchLimitProblem(pollMinutes: number, retryMinutes: number): ErrorInfo {
  return {
    code: 'WATCH_LIMIT',
    message:
      `The system ran out of folder watches (fs.inotify.max_user_watches), so this folder is checked every ${pollMinutes} min instead of live. ` +
      `Raise the limit, for example "sudo sysctl fs.inotify.max_user_watches=524288" (and in /etc/sysctl.conf to keep it); ` +
      `live watching is tried again every ${retryMinutes} min.`,
  };
}
