import { inTransaction, type Db } from '../db/handle';
import { seriesWithEpisodesWithoutNfo } from '../db/repos/episode-files';
import { applyEpisodeChanges } from '../db/repos/episodes';
import { getSeriesRow, updateSeries } from '../db/repos/series';
import { recordWritten, type WrittenFile } from '../db/repos/written-files';
import type { SeriesRow } from '../db/schema';
import type { ChangeFeed } from '../events/change-feed';
import { WakeSignal } from '../util/wake-signal';
import { keepingFolderTimes } from '../watch/own-folder-writes';
import { createEpisodeNfoWritePool, type EpisodeNfoWritePool } from './episode-nfos/write-pool';
import { fillEpisodeNfos, writeEpisodeNfosEnabled, writeMinimalShowNfo, writeMissingEpisodeNfos, type EpisodeNfoWriter } from './stages/episode-nfos';

const STOP_GRACE_MS = 1500;

export interface EpisodeNfoQueueOptions {
  db: Db;
  feed: ChangeFeed;
  now: () => Date;
  /** Whether the loader is paused: this queue pauses with it. */
  isPaused: () => Promise<boolean>;
  /** Whether the loader's disk workers have series in hand: the import goes first. */
  isBusy: () => boolean;
  /** How often the queue looks again while it yields to the loader. */
  pollMs?: number;
  /** Writes the files; by default a worker thread started with the queue. */
  write?: EpisodeNfoWriter;
}

export interface EpisodeNfoProgress {
  /** Episode NFOs written since the queue started. */
  written: number;
  /** Series still to look at. */
  queued: number;
}

/**
 * Fills in the episode NFOs (and a minimal tvshow.nfo) of loaded series in the background, the
 * way artwork is fetched: a series is ready and usable as soon as its disk stages are done, and
 * writing 170,000 small files never holds an import up. Its to-do list is the episode rows
 * without an NFO, read again at start, so a restart carries on where it stopped. It yields while
 * the loader's workers have series in hand.
 */
export class EpisodeNfoQueue {
  private readonly todo = new Set<number>();
  private readonly wakes = new WakeSignal();
  private controller: AbortController | null = null;
  private loopDone: Promise<void> | null = null;
  private stopped = true;
  private busyWith: number | null = null;
  private writtenCount = 0;
  private pool: EpisodeNfoWritePool | null = null;
  /** The last unexpected error (a series' fault never stops the queue), for tests and diagnostics. */
  lastError: unknown = null;

  constructor(private readonly options: EpisodeNfoQueueOptions) {}

  async start(): Promise<void> {
    if (!this.stopped) return;
    this.stopped = false;
    this.wakes.setClosed(false);
    this.controller = new AbortController();
    if (!this.options.write) this.pool = createEpisodeNfoWritePool();
    await this.refresh();
    this.loopDone = this.loop();
  }

  /** Reads the to-do list from the database again (at start, and when writing is switched on). */
  async refresh(): Promise<void> {
    for (const id of await seriesWithEpisodesWithoutNfo(this.options.db)) this.todo.add(id);
    this.wakes.wake();
  }

  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    this.wakes.setClosed(true);
    // A series' files being written are let finish and recorded (a moment), so none is left on
    // disk unrecorded; a hung share is cut off after the grace period.
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([this.loopDone, new Promise((resolve) => (timer = setTimeout(resolve, STOP_GRACE_MS)))]);
    clearTimeout(timer);
    this.controller?.abort(new Error('stopping'));
    await this.loopDone;
    this.loopDone = null;
    await this.pool?.close();
    this.pool = null;
    this.wakes.idle();
  }

  /** A series finished loading (or the loader resumed): look at it. */
  notify(seriesId?: number): void {
    if (seriesId !== undefined) this.todo.add(seriesId);
    this.wakes.wake();
  }

  progress(): EpisodeNfoProgress {
    return { written: this.writtenCount, queued: this.todo.size + (this.busyWith === null ? 0 : 1) };
  }

  /** Resolves when every loaded series has its episode NFOs (or the queue is paused or stopped). */
  whenIdle(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    return this.wakes.whenIdle();
  }

  private async loop(): Promise<void> {
    while (!this.stopped) {
      const look = this.wakes.look();
      const next = await this.claimNext();
      if (this.stopped) return;
      if (next === 'wait') {
        await this.wakes.sleep(this.options.pollMs ?? 250);
        continue;
      }
      if (next === null) {
        if (this.wakes.idle(look)) continue;
        await this.wakes.sleep(60_000);
        continue;
      }
      this.busyWith = next;
      try {
        await this.fill(next, this.controller!.signal);
      } catch (err) {
        if (this.controller!.signal.aborted) return;
        this.lastError = err;
      } finally {
        this.busyWith = null;
      }
    }
  }

  private async claimNext(): Promise<number | null | 'wait'> {
    if (this.todo.size === 0) return null;
    if (await this.options.isPaused()) return null;
    if (!(await writeEpisodeNfosEnabled(this.options.db))) {
      this.todo.clear();
      return null;
    }
    if (this.options.isBusy()) return 'wait';
    const id = this.todo.values().next().value!;
    this.todo.delete(id);
    return id;
  }

  /** Writes one series' missing episode NFOs and records them in one transaction. */
  private async fill(seriesId: number, signal: AbortSignal): Promise<void> {
    const { db } = this.options;
    const series = await getSeriesRow(db, seriesId);
    // Removed, or being loaded again: the load's end brings it back here.
    if (!series || series.loading_status !== 'completed' || series.state !== 'present') return;
    // Anishelf's own files do not make the next sweep read the series again.
    const wrote = await keepingFolderTimes(db, seriesId, () => this.writeFiles(series, signal));
    if (!wrote) return;
    this.options.feed.series(seriesId);
  }

  /**
   * The series' missing episode NFOs (and a minimal tvshow.nfo), recorded with why a write
   * failed, if one did; false when there was nothing to record.
   */
  private async writeFiles(series: SeriesRow, signal: AbortSignal): Promise<boolean> {
    const { db, now } = this.options;
    const seriesId = series.id;
    const write = this.options.write ?? this.pool!.write;
    const writes = await writeMissingEpisodeNfos(db, seriesId, write, signal);
    const written: WrittenFile[] = [...writes.written];
    // The nfo stage writes the minimal tvshow.nfo Kodi needs; a series loaded while episode NFOs
    // were switched off gets it here. Looked up again just before: identification may have
    // written the full one meanwhile.
    let show: WrittenFile | null = null;
    if (writes.written.length > 0 && !(await getSeriesRow(db, seriesId))?.nfo_path) show = await writeMinimalShowNfo(series, { createOnly: true });
    if (show) written.push(show);
    // Kept with the series until a fill writes again: the detail panel and `show` say why its
    // episodes have no NFOs (Kodi's local scraper lists none of them without).
    const problem = writes.error ? JSON.stringify(writes.error) : null;
    if (written.length === 0) {
      if (problem === series.episode_nfo_problem) return false;
      await updateSeries(db, seriesId, { episode_nfo_problem: problem });
      return true;
    }
    const at = now();
    await inTransaction(db, async (trx) => {
      await applyEpisodeChanges(trx, writes.episodes);
      for (const file of written) await recordWritten(trx, file.path, file.kind, file.bytes, at);
      const nfoColumns = show ? { has_nfo: 1, nfo_path: show.path, nfo_state: 'valid', nfo_problems: '[]' } as const : {};
      if (show || problem !== series.episode_nfo_problem) await updateSeries(trx, seriesId, { ...nfoColumns, episode_nfo_problem: problem });
    });
    this.writtenCount += writes.written.length;
    // The episode list may have been stored while these were written from names, and its fill
    // found no NFO recorded yet: fill them now (nothing happens while there is no list).
    if (writes.fromNamesOnly && writes.written.length > 0) await fillEpisodeNfos(db, seriesId, now, signal);
    return true;
  }
}
