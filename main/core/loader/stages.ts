import type { Kysely } from 'kysely';
import type { LoadingStage } from '../../../shared/types';
import type { Database, SeriesRow } from '../db/schema';
import { checkMediaFiles } from '../media/check';
import { scanSeries } from '../scan/scan-series';

export interface StageContext {
  db: Kysely<Database>;
  series: SeriesRow;
  signal: AbortSignal;
  now: () => Date;
}

export type StageRunner = (ctx: StageContext) => Promise<void>;

/** Records which artwork and NFO files are present, so each stage's flag means "checked". */
async function refreshMediaFlags(ctx: StageContext, kinds: Array<'nfo' | 'logo' | 'poster' | 'fanart'>): Promise<void> {
  const media = await checkMediaFiles(ctx.series.path);
  ctx.signal.throwIfAborted();
  const set: Record<string, number | string | null> = { updated_at: ctx.now().toISOString() };
  for (const kind of kinds) {
    set[`has_${kind}`] = media[kind].exists ? 1 : 0;
    set[`${kind}_path`] = media[kind].path;
  }
  await ctx.db.updateTable('series').set(set).where('id', '=', ctx.series.id).execute();
}

/** What each stage does; they run in LOADING_STAGES order, each for this one series only. */
export const stageRunners: Record<LoadingStage, StageRunner> = {
  episodes: async (ctx) => {
    await scanSeries({ db: ctx.db, now: ctx.now }, ctx.series.id, { signal: ctx.signal });
  },
  nfo: (ctx) => refreshMediaFlags(ctx, ['nfo']),
  logo: (ctx) => refreshMediaFlags(ctx, ['logo']),
  images: (ctx) => refreshMediaFlags(ctx, ['poster', 'fanart']),
};
