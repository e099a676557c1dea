import type { Kysely } from 'kysely';
import type { LoadingStage } from '../../../shared/types';
import type { Database, SeriesRow, SeriesUpdate } from '../db/schema';
import { checkMediaFiles, type MediaFiles } from '../media/check';
import { checkImageFile } from '../media/image-check';
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

type ArtworkKind = 'logo' | 'poster' | 'fanart';

/**
 * Presence and validity of artwork: each file found has its header read (type and dimensions).
 * A file that is there but is no image stays "present" and is listed in `broken_artwork`, which
 * this stage rewrites for its own kinds only.
 */
const artworkCheck = (kinds: ArtworkKind[]): StageRunner => ({
  run: async (ctx) => {
    const media = await mediaOf(ctx);
    const broken = new Set<string>(JSON.parse(ctx.series.broken_artwork ?? '[]') as string[]);
    for (const kind of kinds) {
      const file = media[kind].path;
      const ok = file === null || (await checkImageFile(file)).ok;
      if (ok) broken.delete(kind);
      else broken.add(kind);
    }
    const brokenArtwork = JSON.stringify(['poster', 'logo', 'fanart'].filter((k) => broken.has(k)));
    // The next stage of this run reads the row it was given: keep it current.
    ctx.series = { ...ctx.series, broken_artwork: brokenArtwork };
    return { ...mediaColumns(media, kinds), broken_artwork: brokenArtwork };
  },
  waits: (ctx) => ctx.media === null || kinds.some((kind) => ctx.media![kind].exists),
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
    // Reading tvshow.nfo or episode NFOs waits on the disk; a folder without any is a quick check.
    waits: (ctx) => ctx.media === null || ctx.media.nfo.exists || ctx.hasEpisodeNfos,
    run: async (ctx) => runNfoStage(ctx, (await mediaOf(ctx)).nfo.path),
  },
  logo: artworkCheck(['logo']),
  images: artworkCheck(['poster', 'fanart']),
};
