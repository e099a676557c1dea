import type { Db } from '../../db/handle';
import { listEpisodeLists, seriesNeedingLists, setRefreshAt } from '../../db/repos/provider-episodes';
import { isAnishelfError } from '../../errors';
import type { ChangeFeed } from '../../events/change-feed';
import type { MetadataService } from '../service';
import { fetchEpisodeLists } from './fetch-lists';
import { fillFromStoredList } from './fill-from-stored-list';
import { WakeSignal } from '../../util/wake-signal';

/** Series fetched at once: the providers' limiters set the real pace. */
const DEFAULT_CONCURRENCY = 2;
/** After a failed fetch (offline, a 5xx) the stored list is kept and tried again this much later. */
export const LIST_RETRY_MS = 15 * 60_000;

export interface EpisodeListQueueOptions {
  db: Db;
  metadata: MetadataService;
  feed: ChangeFeed;
  now: () => Date;
  /** Whether the loader is paused: this queue pauses with it. */
  isPaused: () => Promise<boolean>;
  concurrency?: number;
  retryMs?: number;
  /** How often the queue looks for new work while idle. */
  pollMs?: number;
}

/**
 * The second network queue: fetches the episode lists of matched series (just identified, or due
 * for refresh by the rules of refresh.ts) at the providers' pace, beside the disk workers so a
 * rate limit never holds them up. Its work is read from the tables, so it survives a restart.
 * Without network the stored list stays and the series is tried again later.
 */
export class EpisodeListQueue {
  private readonly running = new Set<number>();
  private readonly controllers = new Set<AbortController>();
  /** Series that failed and wait: id → when to try again (on the injected clock). */
  private readonly retryAt = new Map<number, number>();
  /** Of those, the series that had no provider to ask (switched off, TMDB without a key). */
  private readonly skipped = new Set<number>();
  private readonly wakes = new WakeSignal();
  private loops: Promise<void>[] = [];
  private stopped = true;
  /** The last unexpected (non-provider) error, for tests and diagnostics. */
  lastError: unknown = null;

  constructor(private readonly options: EpisodeListQueueOptions) {}

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.wakes.setClosed(false);
    this.loops = Array.from({ length: this.options.concurrency ?? DEFAULT_CONCURRENCY }, () => this.loop());
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.wakes.setClosed(true);
    for (const c of this.controllers) c.abort(new Error('stopping'));
    await Promise.all(this.loops);
    this.loops = [];
    this.wakes.idle();
  }

  /** New work may be there (a series was identified, the loader resumed). */
  notify(): void {
    this.wakes.wakeOne();
  }

  /**
   * A setting changed (a TMDB key set, a provider switched on): the series that had no provider
   * to ask are looked at again now, not a day later.
   */
  settingsChanged(): void {
    for (const id of this.skipped) this.retryAt.delete(id);
    this.skipped.clear();
    this.wakes.wakeOne();
  }

  /** Resolves when nothing is left to fetch now (series waiting to retry count as settled). */
  whenIdle(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    return this.wakes.whenIdle();
  }

  private async loop(): Promise<void> {
    while (!this.stopped) {
      const look = this.wakes.look();
      const next = await this.claimNext();
      if (next === null) {
        if (this.running.size === 0 && this.wakes.idle(look)) continue;
        await this.wakes.sleep(this.options.pollMs ?? 500);
        continue;
      }
      const controller = new AbortController();
      this.controllers.add(controller);
      // More may be waiting: the next sleeping loop looks.
      this.wakes.wakeOne();
      try {
        await this.fetch(next.seriesId, next.fresh, controller.signal);
      } finally {
        this.controllers.delete(controller);
        this.running.delete(next.seriesId);
      }
    }
  }

  private async fetch(seriesId: number, fresh: boolean, signal: AbortSignal): Promise<void> {
    const { db, metadata, feed, now } = this.options;
    this.skipped.delete(seriesId);
    try {
      const set = await metadata.providers();
      const outcome = await fetchEpisodeLists({ db, providers: set.providers, now, titleLanguage: set.config.titleLanguage }, seriesId, { signal, fresh });
      this.retryAt.delete(seriesId);
      // Nothing to fetch from (provider switched off, entry gone): not asked again until the match or a setting changes.
      if ('skipped' in outcome) {
        await this.later(seriesId, 24 * 60 * 60_000);
        this.skipped.add(seriesId);
      } else await fillFromStoredList(db, metadata, seriesId, now, signal);
      feed.series(seriesId);
    } catch (err) {
      if (signal.aborted) return;
      // Offline, rate-limited, a provider error, or the series removed meanwhile: keep what is
      // stored and try later. Anything else too: one series' fault never stops the queue.
      this.lastError = isAnishelfError(err) ? null : err;
      await this.later(seriesId, this.options.retryMs ?? LIST_RETRY_MS).catch(() => {});
    }
  }

  /** Tries the series again after `ms`: stored lists keep their rows, only their refresh time moves. */
  private async later(seriesId: number, ms: number): Promise<void> {
    const at = this.options.now().getTime() + ms;
    this.retryAt.set(seriesId, at);
    const lists = await listEpisodeLists(this.options.db, seriesId);
    await setRefreshAt(this.options.db, lists.map((l) => l.id), at);
  }

  /** The next series to fetch, claimed (in the running set) before anything else can await. */
  private async claimNext(): Promise<{ seriesId: number; fresh: boolean } | null> {
    if (await this.options.isPaused()) return null;
    if (!(await this.options.metadata.enabled())) return null;
    const nowMs = this.options.now().getTime();
    const limit = this.running.size + this.retryAt.size + (this.options.concurrency ?? DEFAULT_CONCURRENCY) + 1;
    const candidates = await seriesNeedingLists(this.options.db, nowMs, limit);
    const next = candidates.find((c) => !this.running.has(c.seriesId) && (this.retryAt.get(c.seriesId) ?? 0) <= nowMs) ?? null;
    if (next) this.running.add(next.seriesId);
    return next;
  }
}
