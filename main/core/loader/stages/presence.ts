import type { SeriesUpdate } from '../../db/schema';
import { checkMediaFiles, type MediaFiles } from '../../media/check';
import type { StageContext } from '../stage-context';

export type MediaKind = 'nfo' | 'logo' | 'poster' | 'fanart';

/** The media beside the videos: as the episodes stage of this run found it, else read now. */
export async function mediaOf(ctx: StageContext): Promise<MediaFiles> {
  return ctx.found.media ?? checkMediaFiles(ctx.series.path);
}

/** has_x / x_path for each kind. */
export function mediaColumns(media: MediaFiles, kinds: readonly MediaKind[]): SeriesUpdate {
  const set: Record<string, number | string | null> = {};
  for (const kind of kinds) {
    set[`has_${kind}`] = media[kind].exists ? 1 : 0;
    set[`${kind}_path`] = media[kind].path;
  }
  return set as SeriesUpdate;
}

/** A presence check is quick when the folder was read earlier in this run. */
export const knownMedia = (ctx: StageContext): boolean => ctx.found.media !== null;
