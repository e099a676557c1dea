import type { LoadingStage } from '../../../shared/types';
import type { Db } from '../db/handle';
import type { ChangeFeed } from '../events/change-feed';
import type { SnapshotFn } from '../scan/folder-snapshot';
import type { LoaderFaultOptions } from './loader-faults';
import type { Stage } from './stage';
import type { StageServices } from './stage-services';

/** What a Loader is made from; everything but the database, data dir and feed has a default. */
export interface LoaderOptions {
  db: Db;
  dataDir: string;
  feed: ChangeFeed;
  /** Overrides the `loader.workers` setting (1–16). */
  workers?: number;
  now?: () => Date;
  /** Delay before retry number `attempt` (1-based) of a transient failure. */
  backoffMs?: (attempt: number) => number;
  /** Reads series folders; by default a pool of worker threads started with the loader. */
  snapshot?: SnapshotFn;
  /** What the stages use; by default made from `db` and `snapshot`. */
  services?: StageServices;
  /** The stages in running order; by default the app's list. */
  stages?: readonly Stage[];
  /** Called as each stage starts; lets tracing and tests observe or hold a stage. */
  beforeStage?: (seriesId: number, stage: LoadingStage, signal: AbortSignal) => Promise<void>;
  /** The better-sqlite3 binary in use (the Electron build in the desktop app), for the lock file. */
  nativeBinding?: string;
  /** Free-space polling while paused for a full disk (tests inject both). */
  faults?: Pick<LoaderFaultOptions, 'pollMs' | 'freeBytes'>;
  /** Told when a series' load completed (the background episode-NFO writer takes it from there). */
  onLoaded?: (seriesId: number) => void;
}
