import type { RootStatus, WatchModeSetting } from '../../../shared/types';
import { inTransaction } from '../db/handle';
import { replaceFolderTimes } from '../db/repos/folder-times';
import { getRoot, listRoots, markRootChecked, setRootWatch, updateRootState } from '../db/repos/roots';
import { getSeriesRow, seriesOfRoot, setSeriesState, setSeriesStateOfRoot } from '../db/repos/series';
import { AnishelfError } from '../errors';
import { routeChange } from './route-change';
import { DirtyDebouncer } from './debouncer';
import { DirtySeries } from './dirty-series';
import { lookAtSeries } from './folder-stamps';
import { foldersAsRecorded } from './own-folder-writes';
import { recheckMissingSeries, seriesFolderGone, seriesFolderThere } from './missing-checks';
import { BoundedFs, probeRoot } from './probe';
import { RootWatcher, WATCH_THREAD_EXITED, isLimitError } from './root-watcher';
import { watchLimitProblem, type RootSession } from './root-session';
import { readMounts } from '../fs/mounts';
import { modeOf, rootStatuses } from './root-status';
import { DEFAULT_WATCH_OPTIONS, type WatchDeps, type WatchOptions } from './watch-options';
import { SizeStability } from './size-stability';
import { WorkTracker, throttled } from './work-tracker';
import { lastReadAt, sweepRoot } from './sweep';
import type { MountEntry } from '../fs/mounts';

export type { WatchDeps, WatchOptions } from './watch-options';
export { DEFAULT_WATCH_OPTIONS } from './watch-options';

/**
 * Watches every library root: native events where the file system gives them, polling where it
 * cannot (network shares, a watch limit), offline roots checked every minute. A change marks its
 * series dirty; each dirty series is rescanned alone once its burst is over. Nothing here ever
 * deletes a row: a vanished folder is offline or missing, and removal is the user's call.
 */
export class WatchService {
  private readonly options: WatchOptions;
  private readonly sessions = new Map<number, RootSession>();
  private readonly seriesDirty: DirtySeries;
  private readonly libraryDirty: DirtyDebouncer<number>;
  private readonly stability = new SizeStability<string>();
  private mounts: MountEntry[] = [];
  private started = false;
  private readonly tracker: WorkTracker;
  private readonly statusChanged: () => void;

  constructor(private readonly deps: WatchDeps, options: Partial<WatchOptions> = {}) {
    this.options = { ...DEFAULT_WATCH_OPTIONS, ...options };
    this.tracker = new WorkTracker(deps.log);
    this.statusChanged = throttled(() => void this.statuses().then((roots) => this.deps.rootsChanged(roots), () => undefined), 100);
    const timing = { quietMs: this.options.quietMs, maxWaitMs: this.options.maxWaitMs, clock: this.options.clock };
    this.seriesDirty = new DirtySeries(timing, (p) => this.tracker.track(this.flushSeries(p)));
    this.libraryDirty = new DirtyDebouncer(timing, (id) => this.tracker.track(this.flushLibrary(id)));
  }

  get isWatching(): boolean {
    return this.started;
  }

  /** Watches every root; the start-up sweep runs in the background before events are trusted. */
  async start(): Promise<void> {
    if (this.started) return;
    this.started = true;
    this.mounts = this.options.mounts();
    await this.syncRoots();
  }

  async stop(): Promise<void> {
    this.started = false;
    this.seriesDirty.clear();
    this.libraryDirty.clear();
    for (const session of this.sessions.values()) await this.closeSession(session);
    this.sessions.clear();
    await this.idle();
  }

  /** Picks up added, removed and moved roots (after an add, a removal, a mode change). */
  async syncRoots(): Promise<void> {
    if (!this.started) return;
    const rows = await listRoots(this.deps.db);
    const paths = new Map(rows.map((r) => [r.id, r.path]));
    for (const [id, session] of this.sessions) {
      // Removed, or found at another place (library/moved-root.ts): a new session watches that.
      if (paths.get(id) !== session.row.path) {
        await this.closeSession(session);
        this.sessions.delete(id);
      }
    }
    for (const row of rows) {
      const session = this.sessions.get(row.id);
      if (!session) await this.openSession(row.id);
      else await this.refreshSeries(session);
    }
    this.statusChanged();
  }

  async statuses(): Promise<RootStatus[]> {
    return rootStatuses(this.deps.db, this.sessions, this.started ? this.mounts : readMounts(), this.options.platform);
  }

  async setMode(rootId: number, setting: WatchModeSetting, pollMinutes?: number): Promise<RootStatus> {
    const row = await getRoot(this.deps.db, rootId);
    if (!row) throw new AnishelfError('ROOT_NOT_FOUND', `There is no library folder with id ${rootId}.`);
    await setRootWatch(this.deps.db, rootId, setting, pollMinutes ?? row.poll_minutes);
    const session = this.sessions.get(rootId);
    if (session) {
      await this.closeSession(session);
      this.sessions.delete(rootId);
      await this.openSession(rootId);
    }
    this.statusChanged();
    return (await this.statuses()).find((s) => s.id === rootId)!;
  }

  /** Checks a root now: a sweep of its folder times, then whatever it found. */
  async checkRoot(rootId: number): Promise<void> {
    const session = this.sessions.get(rootId);
    if (session) await this.tracker.track(this.sweep(session));
  }

  /** Series waiting for their burst to end (tests, the bench). */
  get pendingSeries(): number {
    return this.seriesDirty.size;
  }

  /** Resolves when no flush, sweep or check is running (tests, shutdown). */
  idle(): Promise<void> {
    return this.tracker.idle();
  }

  /** Called for every change a watcher reports. */
  private onChange(session: RootSession, changed: string): void {
    if (!session.online || session.closed) return;
    routeChange(session, changed, {
      series: (p) => this.seriesDirty.mark(p),
      library: (id) => this.libraryDirty.mark(id),
      track: (work) => void this.tracker.track(work),
    });
  }

  private sessionOf(seriesPath: string): RootSession | undefined {
    for (const session of this.sessions.values()) if (session.series.has(seriesPath)) return session;
    return undefined;
  }

  /** A dirty series, its burst over: missing, still being copied, or rescanned. */
  private async flushSeries(seriesPath: string): Promise<void> {
    const session = this.sessionOf(seriesPath);
    if (!session || !session.online || session.closed) return;
    const id = session.series.get(seriesPath)!;
    let look;
    try {
      look = await lookAtSeries(session.fs, seriesPath);
    } catch {
      return this.checkHealth(session); // EIO, a timeout: the root, not the series
    }
    if (look === null) {
      const health = await probeRoot(session.fs, session.row.path);
      if (health.health === 'offline') return this.goOffline(session, health.reason);
      const gone = await seriesFolderGone(this.deps, session, id, (ids) => this.adoptCopies(ids));
      if (gone.changed) this.statusChanged();
      if (gone.checkAgain) this.later(session, this.options.offlineCheckMs, () => this.recheckMissing(session));
      return;
    }
    if (await seriesFolderThere(this.deps, session, id)) this.statusChanged();
    if (!this.stability.check(seriesPath, look.sizes)) {
      // First look, or sizes still moving: look again shortly (unless new events reschedule it).
      this.seriesDirty.recheckLater(seriesPath);
      this.later(session, this.options.stabilityMs, () => {
        if (this.seriesDirty.recheckDue(seriesPath)) return this.flushSeries(seriesPath);
      });
      return;
    }
    // A poll that read the recorded times just before Anishelf's own write in the folder recorded
    // new ones takes that write for a change: the folders as recorded now need no rescan. (An
    // event can tell of a file changed in place, which moves no folder time: those always rescan.)
    if (this.seriesDirty.takePolledOnly(seriesPath) && (await foldersAsRecorded(this.deps.db, { id, path: seriesPath }, look.folders))) return;
    await replaceFolderTimes(this.deps.db, session.row.id, [{ seriesId: id, folders: look.folders }]);
    await this.deps.rescan(id);
  }

  /** Something changed at root or grouping level: new series folders, or the root going away. */
  private async flushLibrary(rootId: number): Promise<void> {
    const session = this.sessions.get(rootId);
    if (!session || session.closed) return;
    const health = await probeRoot(session.fs, session.row.path);
    if (health.health === 'offline') return this.goOffline(session, health.reason);
    if (!session.online) return this.goOnline(session);
    await this.deps.discover(session.row.path);
    await this.refreshSeries(session);
    // Folders gone at series level are caught by the series they belonged to.
    for (const [seriesPath] of session.series) {
      if (!(await session.fs.stat(seriesPath).then(() => true, () => false))) this.seriesDirty.mark(seriesPath);
    }
    this.statusChanged();
  }

  private async sweep(session: RootSession): Promise<void> {
    if (session.closed) return;
    if (session.busy) return session.busy;
    const run = (async () => {
      const health = await probeRoot(session.fs, session.row.path);
      if (health.health === 'offline') return this.goOffline(session, health.reason);
      if (!session.online) return this.goOnline(session);
      const rows = await seriesOfRoot(this.deps.db, session.row.id);
      // Never checked: what changed since the root was last seen (added) counts.
      const lastChecked = session.lastCheckedAt ?? session.row.last_checked_at ?? session.row.last_seen_at ?? session.row.added_at;
      const result = await sweepRoot(this.deps.db, session.fs, { id: session.row.id, path: session.row.path, lastCheckedMs: lastChecked ? Date.parse(lastChecked) : null }, rows.map((r) => ({ id: r.id, path: r.path, state: r.state, scannedAt: lastReadAt(r), loading: r.loading_status === 'pending' || r.loading_status === 'loading' })));
      if (result.unreachable) return this.checkHealth(session);
      for (const p of result.dirty) this.seriesDirty.mark(p, { byPoll: true });
      if (result.libraryChanged) this.libraryDirty.mark(session.row.id);
      await this.markChecked(session);
    })().finally(() => (session.busy = null));
    session.busy = run;
    return run;
  }

  private async checkHealth(session: RootSession): Promise<void> {
    const health = await probeRoot(session.fs, session.row.path);
    if (health.health === 'offline') await this.goOffline(session, health.reason);
    else if (!session.online) await this.goOnline(session);
  }

  private async goOffline(session: RootSession, reason: string): Promise<void> {
    const wasOnline = session.online;
    session.online = false;
    await session.watcher?.close();
    session.watcher = null;
    this.seriesDirty.clear((p) => session.series.has(p));
    this.libraryDirty.clear((id) => id === session.row.id);
    this.clearTimers(session);
    if (wasOnline) {
      const ids = await this.setRootState(session, 'offline');
      this.deps.seriesChanged(ids);
      this.deps.log?.(`library folder ${session.row.path} is offline (${reason}); checking it every ${Math.round(this.options.offlineCheckMs / 1000)} s`);
    }
    await this.markChecked(session, false);
    this.later(session, this.options.offlineCheckMs, () => this.checkHealth(session));
    this.statusChanged();
  }

  private async goOnline(session: RootSession): Promise<void> {
    session.online = true;
    this.clearTimers(session);
    const ids = await this.setRootState(session, 'online');
    this.deps.seriesChanged(ids);
    this.deps.log?.(`library folder ${session.row.path} is back`);
    await this.refreshSeries(session);
    // Watches first, then the rescans: a change made before the watches are set is read by its
    // series' rescan, one made after is an event. (Rescanned first, a change in between was lost.)
    await this.startWatching(session);
    // Each series is rescanned on its own: whatever changed while away is read again.
    for (const seriesPath of session.series.keys()) this.seriesDirty.mark(seriesPath);
    this.libraryDirty.mark(session.row.id);
    this.statusChanged();
  }

  private async recheckMissing(session: RootSession): Promise<void> {
    if (!session.online || session.closed) return;
    const health = await probeRoot(session.fs, session.row.path);
    if (health.health === 'offline') return this.goOffline(session, health.reason);
    const again = await recheckMissingSeries(this.deps, session, { dirty: (p) => this.seriesDirty.mark(p), adoptCopies: (ids) => this.adoptCopies(ids) });
    if (again) this.later(session, this.options.offlineCheckMs, () => this.recheckMissing(session));
    this.statusChanged();
  }

  /** See WatchDeps.adoptCopies; a series that took its copy's folder is in that folder's root now. */
  private async adoptCopies(goneIds: readonly number[]): Promise<number[]> {
    const moved = await this.deps.adoptCopies(goneIds);
    if (moved.length > 0) {
      for (const session of this.sessions.values()) await this.refreshSeries(session);
      this.statusChanged();
    }
    return moved;
  }

  private async openSession(rootId: number): Promise<void> {
    const row = await getRoot(this.deps.db, rootId);
    if (!row) return;
    const choice = modeOf(row, this.mounts, this.options.platform);
    const session: RootSession = {
      row, choice, effective: choice.mode, online: true, series: new Map(), watcher: null, timers: new Set(),
      fs: new BoundedFs(this.options.fs, this.options.statTimeoutMs), problem: null, askedMissing: new Set(), heldMissing: false,
      lastCheckedAt: row.last_checked_at, busy: null, closed: false,
    };
    this.sessions.set(rootId, session);
    await this.refreshSeries(session);
    if (choice.mode === 'off') return;
    void this.tracker.track((async () => {
      const health = await probeRoot(session.fs, row.path);
      if (health.health === 'offline') {
        session.online = row.state === 'online';
        return this.goOffline(session, health.reason);
      }
      if (row.state === 'offline') return this.goOnline(session);
      await this.startWatching(session);
      // Start-up reconciliation: changes made while Anishelf was closed, found before events count.
      await this.sweep(session);
    })());
  }

  private async startWatching(session: RootSession): Promise<void> {
    if (session.closed || !session.online) return;
    if (session.effective === 'poll' || session.choice.mode === 'poll') {
      this.schedulePoll(session);
      return;
    }
    if (session.effective !== 'native') return;
    const maxWatches = this.options.maxWatches;
    const watcher = new RootWatcher({
      root: session.row.path,
      ...(this.options.depth !== undefined ? { depth: this.options.depth } : {}),
      ...(maxWatches !== undefined ? { maxWatches } : {}),
      onChange: (p) => this.onChange(session, p),
      onError: (err) => void this.tracker.track(this.onWatchError(session, watcher, err)),
    });
    session.watcher = watcher;
    await watcher.start();
  }

  private async onWatchError(session: RootSession, watcher: RootWatcher, err: NodeJS.ErrnoException): Promise<void> {
    if (session.watcher !== watcher) return;
    if (err.code === WATCH_THREAD_EXITED) {
      // The thread that ran the watches ended (it should not): watch again a little later, and
      // sweep for what changed while nothing watched.
      session.watcher = null;
      this.deps.log?.(`${session.row.path}: ${err.message} Watching it again.`);
      this.later(session, this.options.offlineCheckMs, async () => {
        await this.startWatching(session);
        if (session.watcher) await this.sweep(session);
      });
      return;
    }
    if (!isLimitError(err)) return this.checkHealth(session);
    // Out of watches: poll this root, tell the user how to raise the limit, try native again later.
    session.watcher = null;
    await watcher.close();
    session.effective = 'poll';
    session.problem = watchLimitProblem(session.choice.pollMinutes, Math.round(this.options.nativeRetryMs / 60_000));
    this.deps.log?.(`${session.row.path}: ${session.problem.message}`);
    this.schedulePoll(session);
    this.later(session, this.options.nativeRetryMs, async () => {
      session.effective = 'native';
      session.problem = null;
      this.clearTimers(session);
      await this.startWatching(session);
      // Changes made since the last poll, before the new watches were set, have no event: sweep.
      if (session.watcher) await this.sweep(session);
      this.statusChanged();
    });
    this.statusChanged();
  }

  private schedulePoll(session: RootSession): void {
    this.later(session, this.options.pollMs ?? session.choice.pollMinutes * 60_000, async () => {
      await this.sweep(session);
      if (session.online && !session.closed && (session.effective === 'poll' || session.choice.mode === 'poll')) this.schedulePoll(session);
    });
  }

  /** A root and its series move offline or back together (rows, matches and locks all kept). */
  private setRootState(session: RootSession, state: 'online' | 'offline'): Promise<number[]> {
    const nowIso = this.deps.now().toISOString();
    return inTransaction(this.deps.db, async (trx) => {
      await updateRootState(trx, session.row.id, state, nowIso);
      return setSeriesStateOfRoot(trx, session.row.id, state === 'offline' ? 'offline' : 'present', nowIso);
    });
  }

  private async refreshSeries(session: RootSession): Promise<void> {
    const rows = await seriesOfRoot(this.deps.db, session.row.id);
    session.series = new Map(rows.map((r) => [r.path, r.id]));
  }

  private async markChecked(session: RootSession, seen = true): Promise<void> {
    session.lastCheckedAt = this.deps.now().toISOString();
    await markRootChecked(this.deps.db, session.row.id, session.lastCheckedAt, seen);
    this.statusChanged();
  }

  private later(session: RootSession, ms: number, fn: () => Promise<void> | void): void {
    const handle = this.options.clock.setTimeout(() => {
      session.timers.delete(handle);
      if (!session.closed) void this.tracker.track(Promise.resolve().then(fn));
    }, ms);
    session.timers.add(handle);
  }

  private clearTimers(session: RootSession): void {
    for (const handle of session.timers) this.options.clock.clearTimeout(handle);
    session.timers.clear();
    this.seriesDirty.dropRechecks((p) => session.series.has(p));
  }

  private async closeSession(session: RootSession): Promise<void> {
    session.closed = true;
    this.clearTimers(session);
    this.seriesDirty.clear((p) => session.series.has(p));
    this.libraryDirty.clear((id) => id === session.row.id);
    await session.watcher?.close();
    session.watcher = null;
  }
}
