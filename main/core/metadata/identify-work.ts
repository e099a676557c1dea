import type { Db } from '../db/handle';
import { seriesNeedingCompanion, seriesToIdentify, seriesToRefresh } from '../db/repos/matches';
import { seriesNeedingArtwork, type AskableProviders } from '../db/repos/artwork-fetch';

/**
 * identify; ask TMDB for an AniList match's companion show (TMDB could not be asked before); take
 * tvshow.nfo's fields from the match again (a refresh the user asked for); fetch artwork.
 */
export type IdentifyTask = 'identify' | 'companion' | 'refresh' | 'artwork';

/** Hinted series looked up at once (primary-key lookups). */
const HINT_BATCH = 32;
/** Series one scan of the whole table hands over; a full page means more may be left. */
const SCAN_PAGE = 256;

export interface IdentifyWorkOptions {
  db: Db;
  now: () => Date;
  /** How long a series waiting for the network waits before it is tried again. */
  retryWaitingMs: number;
  /** How often the whole table is read again anyway (waits that ran out, anything unhinted). */
  rescanMs: number;
  /** The providers that can be asked now, for artwork and companion shows (read again at each search). */
  askableProviders: () => Promise<AskableProviders>;
}

/**
 * Finds the identify queue's next series without reading the whole library for each claim: the
 * series the change feed names (a stage done, a match changed) are looked up by id first, and the
 * tables are scanned only at start, when asked (a setting changed, the loader resumed), when a
 * page full of work was worked off, and every `rescanMs` for series whose wait for the network ran out. The
 * tables stay the truth: a hint only says where to look, and a restart starts with a scan.
 */
export class IdentifyWork {
  private readonly hints = new Set<number>();
  private scanDue = true;
  /** The last scan handed over a full page: the next is read once the hints are worked off. */
  private morePages = false;
  private lastScanAt = Number.NEGATIVE_INFINITY;
  /** One search at a time: a loop finding nothing while another still reads would call the queue idle. */
  private turn: Promise<unknown> = Promise.resolve();

  constructor(private readonly options: IdentifyWorkOptions) {}

  /** These series changed: look at them first. */
  hint(ids: Iterable<number>): void {
    for (const id of ids) this.hints.add(id);
  }

  /** Anything may have changed: read the tables again at the next claim. */
  rescan(): void {
    this.scanDue = true;
  }

  /**
   * The next series and its task: `claim` is called synchronously (no await between the check and
   * the claim) for each candidate in turn until it takes one. Null when there is none.
   */
  next(claim: (id: number, task: IdentifyTask) => boolean): Promise<{ id: number; task: IdentifyTask } | null> {
    const found = this.turn.then(() => this.find(claim));
    this.turn = found.catch(() => {});
    return found;
  }

  private async find(claim: (id: number, task: IdentifyTask) => boolean): Promise<{ id: number; task: IdentifyTask } | null> {
    const nowMs = this.options.now().getTime();
    const retryBefore = new Date(nowMs - this.options.retryWaitingMs).toISOString();
    if (nowMs - this.lastScanAt >= this.options.rescanMs) this.scanDue = true;
    const sources = await this.options.askableProviders();
    if (this.scanDue || (this.morePages && this.hints.size === 0)) await this.scan(sources, retryBefore, nowMs);
    while (this.hints.size > 0) {
      // Taken out before the lookups: a series hinted again meanwhile is kept for the next round.
      const batch: number[] = [];
      for (const id of this.hints) {
        batch.push(id);
        this.hints.delete(id);
        if (batch.length === HINT_BATCH) break;
      }
      const identify = new Set(await seriesToIdentify(this.options.db, retryBefore, batch.length, batch));
      const companion = new Set(await this.companionWork(sources, retryBefore, batch.length, batch));
      const refresh = new Set(await seriesToRefresh(this.options.db, retryBefore, batch.length, batch));
      const artwork = new Set(await seriesNeedingArtwork(this.options.db, sources, retryBefore, batch.length, batch));
      // The companion first: the artwork fetched after it then has the TMDB show's too.
      const taken =
        this.take(batch, identify, 'identify', claim) ?? this.take(batch, companion, 'companion', claim) ?? this.take(batch, refresh, 'refresh', claim) ?? this.take(batch, artwork, 'artwork', claim);
      // What still has work stays hinted; a series in hand is hinted again when its run ends.
      if (taken) this.hint(batch.filter((id) => id !== taken.id && (identify.has(id) || companion.has(id) || refresh.has(id) || artwork.has(id))));
      if (taken) return taken;
    }
    return null;
  }

  private take(batch: number[], eligible: Set<number>, task: IdentifyTask, claim: (id: number, task: IdentifyTask) => boolean) {
    const id = batch.find((candidate) => eligible.has(candidate) && claim(candidate, task));
    return id === undefined ? null : { id, task };
  }

  /** Reads a page of work from the tables into the hints. */
  private async scan(sources: AskableProviders, retryBefore: string, nowMs: number): Promise<void> {
    // Cleared first: a rescan asked for while this one reads is not lost.
    this.scanDue = false;
    this.lastScanAt = nowMs;
    const identify = await seriesToIdentify(this.options.db, retryBefore, SCAN_PAGE);
    const companion = await this.companionWork(sources, retryBefore, SCAN_PAGE);
    const refresh = await seriesToRefresh(this.options.db, retryBefore, SCAN_PAGE);
    const artwork = await seriesNeedingArtwork(this.options.db, sources, retryBefore, SCAN_PAGE);
    const found = [identify, companion, refresh, artwork];
    for (const ids of found) this.hint(ids);
    this.morePages = found.some((ids) => ids.length === SCAN_PAGE);
  }

  /** A companion show is looked for on TMDB from the AniList entry: both must be askable. */
  private companionWork(sources: AskableProviders, retryBefore: string, limit: number, among?: readonly number[]): Promise<number[]> {
    return sources.tmdb && sources.anilist ? seriesNeedingCompanion(this.options.db, retryBefore, limit, among) : Promise.resolve([]);
  }
}
