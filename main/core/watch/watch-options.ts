import type { MissingSeriesPrompt, RootStatus } from '../../../shared/types';
import type { Db } from '../db/handle';
import { systemClock, type Clock } from '../util/clock';
import { nodeWatchFs, type WatchFs } from './probe';
import { readMounts } from '../fs/mounts';
import type { MountEntry } from '../fs/mounts';

// What the watch service needs from the core, and its timing (tests pass short delays).

export interface WatchDeps {
  db: Db;
  now: () => Date;
  /** Queues the targeted rescan of one series (the loader's reload). */
  rescan(seriesId: number): Promise<void>;
  /** Looks for new series folders in a root and adds them as pending, as an add would. */
  discover(rootPath: string): Promise<void>;
  /**
   * Series just found gone that were copied to another library folder first (a move between
   * drives) take their copy's place; returns the ids of those, no longer gone.
   */
  adoptCopies(goneIds: readonly number[]): Promise<number[]>;
  seriesChanged(ids: readonly number[]): void;
  rootsChanged(roots: RootStatus[]): void;
  missing(prompt: MissingSeriesPrompt): void;
  log?(message: string): void;
}

export interface WatchOptions {
  clock: Clock;
  /** Quiet time after a series' last event before it is rescanned. */
  quietMs: number;
  /** A series is rescanned at most this long after its first event. */
  maxWaitMs: number;
  /** Between the two size checks that tell a finished copy. */
  stabilityMs: number;
  /** How often an offline root is checked, and a missing folder re-checked. */
  offlineCheckMs: number;
  /** How long one file-system call on a root may take before the root counts as unreachable. */
  statTimeoutMs: number;
  /** After a watch-limit error, native watching is tried again this often. */
  nativeRetryMs: number;
  fs: WatchFs;
  /** Overrides the root's "every N min" poll interval (tests). */
  pollMs?: number;
  maxWatches?: number;
  depth?: number;
  mounts: () => MountEntry[];
  platform: NodeJS.Platform;
}

export const DEFAULT_WATCH_OPTIONS: WatchOptions = {
  clock: systemClock,
  quietMs: 2000,
  maxWaitMs: 60_000,
  stabilityMs: 1000,
  offlineCheckMs: 60_000,
  statTimeoutMs: 10_000,
  nativeRetryMs: 30 * 60_000,
  fs: nodeWatchFs,
  mounts: readMounts,
  platform: process.platform,
};
