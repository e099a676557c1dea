import path from 'node:path';
import type { Stats } from 'node:fs';
import { watch, type FSWatcher } from 'chokidar';
import { errnoCode } from '../errors';
import { isIgnoredRelative } from './ignore-names';

export interface FolderWatcherOptions {
  root: string;
  /**
   * How many folder levels below the root get a watch: grouping layers (up to 3), the series,
   * its seasons, and one level inside a season.
   */
  depth?: number;
  /** Stops at this many watched folders with ENOSPC, as the kernel would (tests, low limits). */
  maxWatches?: number;
  /** A path changed (a file or folder inside a watched folder, or the folder itself). */
  onChange(changed: string): void;
  /** The watcher failed (ENOSPC/EMFILE: out of watches; anything else: the root may be gone). */
  onError(err: NodeJS.ErrnoException): void;
}

export const DEFAULT_WATCH_DEPTH = 5;
const CLOSE_WAIT_MS = 5000;

/**
 * chokidar on one root, watching folders only. It runs in the watch thread (watch-thread.ts): its
 * first walk reads and stats every entry of the library, work kept off the main thread. Files
 * are `ignored` (the function sees their stats), so chokidar puts no watch on each of a library's
 * 170,000 files; the folder's own watch
 * still reports every change inside it, which reaches us through chokidar's `raw` event
 * (watched folder + entry name). Result: about one OS watch per folder.
 */
export class FolderWatcher {
  private watcher: FSWatcher | null = null;
  private readonly folders = new Set<string>();
  private failed = false;
  /** Ends a start still waiting for 'ready' when the watcher is closed first. */
  private settleStart: (() => void) | null = null;
  private ready: Promise<void> | null = null;

  constructor(private readonly options: FolderWatcherOptions) {}

  /** Resolves once the initial folder walk is done and every watch is set. */
  start(): Promise<void> {
    const { root } = this.options;
    const watcher = watch(root, {
      ignoreInitial: true,
      persistent: true,
      followSymlinks: false,
      depth: this.options.depth ?? DEFAULT_WATCH_DEPTH,
      ignorePermissionErrors: true,
      ignored: (p: string, stats?: Stats) => this.ignored(p, stats),
    });
    this.watcher = watcher;
    watcher.on('raw', (_event, entry, details) => {
      const base = (details as { watchedPath?: string } | undefined)?.watchedPath;
      if (!base) return;
      this.options.onChange(entry ? path.join(base, entry) : base);
    });
    // Folder adds and removals also come as chokidar events (and reach the root folder itself).
    watcher.on('addDir', (p: string) => this.options.onChange(p));
    watcher.on('unlinkDir', (p: string) => {
      this.folders.delete(p);
      this.options.onChange(p);
    });
    watcher.on('error', (err: unknown) => this.fail(err as NodeJS.ErrnoException));
    this.ready = new Promise((resolve) => {
      this.settleStart = resolve;
      watcher.once('ready', () => resolve());
    });
    return this.ready;
  }

  /** Folders chokidar was allowed to watch (the OS watches, at about one each). */
  get folderCount(): number {
    return this.folders.size;
  }

  async close(): Promise<void> {
    const watcher = this.watcher;
    this.watcher = null;
    // chokidar shares native watches between instances by path; closing one mid-walk can leave a
    // dead shared watch behind for the next instance. Let the walk finish first (bounded).
    if (watcher && this.ready) await Promise.race([this.ready, new Promise((resolve) => setTimeout(resolve, CLOSE_WAIT_MS).unref?.())]);
    this.folders.clear();
    await watcher?.close();
    this.settleStart?.();
  }

  private ignored(p: string, stats?: Stats): boolean {
    const relative = path.relative(this.options.root, p);
    if (relative.startsWith('..')) return true;
    if (relative && isIgnoredRelative(relative.split(path.sep))) return true;
    if (!stats) return false; // asked before stat: decided again with stats
    if (!stats.isDirectory()) return true; // files: their folder's watch reports them
    if (!this.folders.has(p)) {
      const max = this.options.maxWatches;
      if (max !== undefined && this.folders.size >= max) {
        this.fail(Object.assign(new Error(`ENOSPC: System limit for number of file watchers reached, watch '${p}'`), { code: 'ENOSPC' }));
        return true;
      }
      this.folders.add(p);
    }
    return false;
  }

  private fail(err: NodeJS.ErrnoException): void {
    if (this.failed && isLimitError(err)) return; // one report per limit hit
    if (isLimitError(err)) this.failed = true;
    this.options.onError(err);
  }
}

export function isLimitError(err: unknown): boolean {
  const code = errnoCode(err);
  return code === 'ENOSPC' || code === 'EMFILE' || code === 'ENFILE';
}
