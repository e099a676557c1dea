import type { Db } from '../db/handle';
import { countRefreshAsked, identificationCounts } from '../db/repos/matches';
import { imagesLoaded } from '../db/repos/series';
import type { NetworkQueueStatus } from '../../../shared/types';
import type { ChangeFeed } from '../events/change-feed';
import { isAnishelfError } from '../errors';
import type { MetadataService } from './service';
import { WakeSignal } from '../util/wake-signal';
import { IdentifyWork, type IdentifyTask } from './identify-work';

/**
 * Series in hand at once. Each also reads the database and writes its NFO (an fsync on a NAS can
 * take a while, and the disk workers hold the single writer at times): with too few in hand that
 * local work, not the provider's budget, sets the pace. The limiter still sets the real one.
 */
const DEFAULT_CONCURRENCY = 8;
const DEFAULT_RETRY_WAITING_MS = 5 * 60_000;
/** How often the whole library is looked at again while nothing names a series. */
const DEFAULT_RESCAN_MS = 60_000;

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
  /** How often the tables are read again for work no change named (waits that ran out). */
  rescanMs?: number;
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
  private readonly work: IdentifyWork;

  constructor(private readonly options: IdentifyQueueOptions) {
    const retryWaitingMs = options.retryWaitingMs ?? DEFAULT_RETRY_WAITING_MS;
    this.work = new IdentifyWork({
      db: options.db,
      now: options.now ?? (() => new Date()),
      retryWaitingMs,
      rescanMs: options.rescanMs ?? Math.min(DEFAULT_RESCAN_MS, retryWaitingMs),
      askableProviders: () => options.metadata.askableProviders(),
    });
  }

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.wakes.setClosed(false);
    this.work.rescan();
    this.loops = Array.from({ length: this.options.concurrency ?? DEFAULT_CONCURRENCY }, () => this.loop());
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.wakes.setClosed(true);
    for (const c of this.running.values()) c.abort(new Error('stopping'));
    await Promise.all(this.loops);
    this.loops = [];
    this.wakes.idle();
  }

  /**
   * New work may be there: in these series (a stage done, a match changed), or anywhere when no
   * series is named (a setting changed, the loader resumed).
   */
  notify(seriesIds?: Iterable<number>): void {
    if (seriesIds === undefined) this.work.rescan();
    else this.work.hint(seriesIds);
    this.wakes.wakeOne();
  }

  /** Resolves when no series is left to identify (those waiting for the network count as settled). */
  whenIdle(): Promise<void> {
    // Rare (a CLI wait, a test): one look at the whole library first costs nothing that matters.
    this.work.rescan();
    return this.wakes.whenIdle();
  }

  async status(): Promise<NetworkQueueStatus> {
    const { total, settled, waiting } = await identificationCounts(this.options.db);
    const refreshing = await countRefreshAsked(this.options.db);
    const providers = this.options.metadata.health().map((h) => ({ label: h.label, perMinute: h.perMinute, message: h.message }));
    return {
      active: !this.stopped,
      paused: (await this.options.isPaused?.()) ?? false,
      total,
      identified: settled,
      waiting,
      refreshing,
      running: this.running.size,
      identifiedSinceStart: this.identifiedSinceStart,
      providers,
    };
  }

  private async loop(): Promise<void> {
    while (!this.stopped) {
      const controller = new AbortController();
      const look = this.wakes.look();
      const claimed = await this.claimNext(controller);
      if (claimed === null) {
        if (this.running.size === 0 && this.wakes.idle(look)) continue;
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
        } else if (task === 'companion') {
          if (await this.options.metadata.seekCompanion(id, { signal: controller.signal })) await this.fetchArtwork(id, controller.signal);
        } else if (task === 'refresh') {
          await this.options.metadata.refreshAsked(id, { signal: controller.signal });
        } else {
          await this.fetchArtwork(id, controller.signal);
        }
      } catch (err) {
        if (!controller.signal.aborted && !isAnishelfError(err)) throw err;
        // A series removed meanwhile, or one that could not be read: it stays as it is.
      } finally {
        // Looked at again at once for a next task (the companion show of a match made while TMDB
        // could not answer): the feed's hint comes later, when the queue may have looked idle.
        this.work.hint([id]);
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
  private async claimNext(controller: AbortController): Promise<{ id: number; task: IdentifyTask } | null> {
    if (!(await this.options.metadata.enabled())) return null;
    if (await this.options.isPaused?.()) return null;
    return this.work.next((id) => {
      if (this.running.has(id)) return false;
      this.running.set(id, controller);
      return true;
    });
  }
}
