import type { Db } from '../db/handle';
import { identificationCounts, seriesToIdentify } from '../db/repos/matches';
import { seriesNeedingArtwork } from '../db/repos/artwork-fetch';
import { imagesLoaded } from '../db/repos/series';
import type { NetworkQueueStatus } from '../../../shared/types';
import type { ChangeFeed } from '../events/change-feed';
import { isAnishelfError } from '../errors';
import type { MetadataService } from './service';
import { WakeSignal } from '../util/wake-signal';

/**
 * Series in hand at once. Each also reads the database and writes its NFO (an fsync on a NAS can
 * take a while, and the disk workers hold the single writer at times): with too few in hand that
 * local work, not the provider's budget, sets the pace. The limiter still sets the real one.
 */
const DEFAULT_CONCURRENCY = 8;

export interface IdentifyQueueOptions {
  db: Db;
  metadata: MetadataService;
  feed: ChangeFeed;
  now?: () => Date;
  /** Series identified at once; the provider's limiter sets the real pace. */
  concurrency?: number;
  /** How long a series waiting for the network waits before it is tried again. */
  retryWaitingMs?: number;
  /** How often the queue looks for new work while idle. */
  pollMs?: number;
  /** The loader's pause: pausing loading pauses identification too (series in hand finish). */
  isPaused?: () => Promise<boolean>;
}

/**
 * The network queue: identifies series (and fills their NFO from the match) at the providers'
 * pace, apart from the disk workers, so a rate limit never holds up local scanning. Its work is
 * read from the tables — a present series whose folder was read (nfo stage done) and that has
 * no match yet, or is waiting for the network — so it survives a crash or a restart by itself.
 *
 * It is also the network half of the loader's logo and images stages: once a series is matched
 * and its disk stages found what the folder has, the missing artwork is fetched here (right
 * after identifying, or later for a match made by hand or an attempt that had to wait).
 */
export class IdentifyQueue {
  private readonly running = new Map<number, AbortController>();
  private loops: Promise<void>[] = [];
  private stopped = true;
  private readonly wakes = new WakeSignal();
  private identifiedSinceStart = 0;
  private readonly now: () => Date;

  constructor(private readonly options: IdentifyQueueOptions) {
    this.now = options.now ?? (() => new Date());
  }

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.loops = Array.from({ length: this.options.concurrency ?? DEFAULT_CONCURRENCY }, () => this.loop());
  }

  async stop(): Promise<void> {
    this.stopped = true;
    for (const c of this.running.values()) c.abort(new Error('stopping'));
    this.wakes.wake();
    await Promise.all(this.loops);
    this.loops = [];
    this.wakes.idle();
  }

  /** New work may be there (a series finished its disk stages, a setting changed). */
  notify(): void {
    this.wakes.wakeOne();
  }

  /** Resolves when no series is left to identify (those waiting for the network count as settled). */
  whenIdle(): Promise<void> {
    return this.wakes.whenIdle();
  }

  async status(): Promise<NetworkQueueStatus> {
    const { total, settled, waiting } = await identificationCounts(this.options.db);
    const providers = this.options.metadata.health().map((h) => ({ label: h.label, perMinute: h.perMinute, message: h.message }));
    return {
      active: !this.stopped,
      paused: (await this.options.isPaused?.()) ?? false,
      total,
      identified: settled,
      waiting,
      running: this.running.size,
      identifiedSinceStart: this.identifiedSinceStart,
      providers,
    };
  }

  private async loop(): Promise<void> {
    while (!this.stopped) {
      const controller = new AbortController();
      const claimed = await this.claimNext(controller);
      if (claimed === null) {
        if (this.running.size === 0) this.wakes.idle();
        await this.wakes.sleep(this.options.pollMs ?? 500);
        continue;
      }
      const { id, task } = claimed;
      // More may be waiting: the next sleeping loop looks.
      this.wakes.wakeOne();
      try {
        if (task === 'identify') {
          const { match } = await this.options.metadata.identify(id, { signal: controller.signal });
          this.identifiedSinceStart++;
          if (match.state === 'matched') await this.fetchArtwork(id, controller.signal);
        } else {
          await this.fetchArtwork(id, controller.signal);
        }
      } catch (err) {
        if (!controller.signal.aborted && !isAnishelfError(err)) throw err;
        // A series removed meanwhile, or one that could not be read: it stays as it is.
      } finally {
        this.running.delete(id);
        this.options.feed.series(id);
        this.options.feed.loader();
      }
    }
  }

  /** Artwork that waits on the network marks the series and is tried again later; it never fails the load. */
  private async fetchArtwork(id: number, signal: AbortSignal): Promise<void> {
    // Until the disk stages have read the folder, the artwork query takes the series up later.
    if (!(await imagesLoaded(this.options.db, id))) return;
    await this.options.metadata.fetchArtwork(id, 'missing', { signal });
  }

  /**
   * The next series to identify, else the next matched series whose artwork is missing, claimed
   * (in the running set) before anything else can await.
   */
  private async claimNext(controller: AbortController): Promise<{ id: number; task: 'identify' | 'artwork' } | null> {
    if (!(await this.options.metadata.enabled())) return null;
    if (await this.options.isPaused?.()) return null;
    const retryBefore = new Date(this.now().getTime() - (this.options.retryWaitingMs ?? 5 * 60_000)).toISOString();
    const limit = this.running.size + (this.options.concurrency ?? DEFAULT_CONCURRENCY) + 1;
    const free = (ids: number[]) => ids.find((candidate) => !this.running.has(candidate)) ?? null;
    let id = free(await seriesToIdentify(this.options.db, retryBefore, limit));
    let task: 'identify' | 'artwork' = 'identify';
    if (id === null) {
      id = free(await seriesNeedingArtwork(this.options.db, retryBefore, limit));
      task = 'artwork';
    }
    if (id === null) return null;
    this.running.set(id, controller);
    return { id, task };
  }
}
