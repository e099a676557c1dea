import type { Kysely } from 'kysely';
import type { LoadingStage } from '../../../shared/types';
import type { Database, SeriesRow, SeriesUpdate } from '../db/schema';
import { checkMediaFiles, type MediaFiles } from '../media/check';
import type { SnapshotFn } from '../scan/folder-snapshot';
import type { NfoReadResult } from '../nfo';
import { scanSeries } from '../scan/scan-series';
import { runNfoStage } from './nfo-stage';

export interface StageContext {
  db: Kysely<Database>;
  series: SeriesRow;
  signal: AbortSignal;
  now: () => Date;
  snapshot: SnapshotFn;
  /** Media found by the episodes stage of this run (absent when a resumed run starts later). */
  media: MediaFiles | null;
  /** Whether the episodes stage saw episode NFOs (true when unknown, after a resume). */
  hasEpisodeNfos: boolean;
  /** The stage's bookkeeping (its flag, the next stage) for a stage that writes in its own transaction. */
  bookkeeping: SeriesUpdate;
  /** Reads an NFO off the main thread (the loader's reader). */
  readNfo(file: string, options?: { signal?: AbortSignal }): Promise<NfoReadResult>;
}

/**
 * A stage returns the series columns it found, which the job runner writes together with the
 * bookkeeping in one transaction (one write per stage boundary), or null when it wrote them
 * itself, bookkeeping included.
 */
export interface StageRunner {
  run(ctx: StageContext): Promise<SeriesUpdate | null>;
  /**
   * Whether the stage will wait on the disk or the network. Before such a stage the bookkeeping
   * of the quick stages before it is written, so the badge shows what is slow; consecutive quick
   * stages (presence checks on a folder already read) are written together.
   */
  waits(ctx: StageContext): boolean;
}

async function mediaOf(ctx: StageContext): Promise<MediaFiles> {
  ctx.media ??= await checkMediaFiles(ctx.series.path);
  return ctx.media;
}

function mediaColumns(media: MediaFiles, kinds: Array<'nfo' | 'logo' | 'poster' | 'fanart'>): SeriesUpdate {
  const set: Record<string, number | string | null> = {};
  for (const kind of kinds) {
    set[`has_${kind}`] = media[kind].exists ? 1 : 0;
    set[`${kind}_path`] = media[kind].path;
  }
  return set as SeriesUpdate;
}

/** What each stage does; they run in LOADING_STAGES order, each for this one series only. */
const presenceCheck = (kinds: Array<'nfo' | 'logo' | 'poster' | 'fanart'>): StageRunner => ({
  run: async (ctx) => mediaColumns(await mediaOf(ctx), kinds),
  waits: (ctx) => ctx.media === null,
});

export const stageRunners: Record<LoadingStage, StageRunner> = {
  episodes: {
    waits: () => true,
    run: async (ctx) => {
      await scanSeries({ db: ctx.db, now: ctx.now }, ctx.series.id, {
        signal: ctx.signal,
        series: ctx.series,
        snapshot: async (request, options) => {
          const snapshot = await ctx.snapshot(request, options);
          ctx.media = snapshot.media;
          ctx.hasEpisodeNfos = snapshot.files.some((f) => f.nfoPath);
          return snapshot;
        },
        alsoSet: ctx.bookkeeping,
      });
      return null;
    },
  },
  nfo: {
    // Reading tvshow.nfo and episode NFOs, and writing the missing episode NFOs, wait on the disk.
    waits: () => true,
    run: async (ctx) => runNfoStage(ctx, (await mediaOf(ctx)).nfo.path),
  },
  logo: presenceCheck(['logo']),
  images: presenceCheck(['poster', 'fanart']),
};
