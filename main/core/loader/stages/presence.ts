import type { SeriesUpdate } from '../../db/schema';
import { checkMediaFiles, type MediaFiles } from '../../media/check';
import { ARTWORK_KINDS, checkArtworkImage, type ArtworkCheck, type ArtworkKind } from '../../scan/folder-snapshot';
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

/**
 * An artwork stage waits on nothing when this run's folder read found none of its `kinds`, or
 * checked the headers of those it found (the folder-scan thread does).
 */
export const artworkKnown = (ctx: StageContext, kinds: readonly ArtworkKind[]): boolean =>
  knownMedia(ctx) && (ctx.found.artworkOk !== null || kinds.every((kind) => !ctx.found.media![kind].exists));

/** Whether an artwork file is a real image, and its version: as this run's folder read found, else read now. */
async function imageCheck(ctx: StageContext, media: MediaFiles, kind: ArtworkKind, file: string): Promise<ArtworkCheck> {
  const known = ctx.found.media === media ? ctx.found.artworkOk?.[kind] : undefined;
  return known ?? checkArtworkImage(file);
}

/**
 * `broken_artwork` and `artwork_versions` after reading the header (type, dimensions) of each
 * artwork file of `kinds` found: a file that is there but is no image stays "present" and is
 * listed as broken; a good one gets its version (the UI's URLs carry it). Kinds not checked keep
 * what the row said.
 */
export async function artworkState(ctx: StageContext, media: MediaFiles, kinds: readonly ArtworkKind[]): Promise<SeriesUpdate> {
  const broken = new Set<string>(JSON.parse(ctx.series.broken_artwork ?? '[]') as string[]);
  const versions = JSON.parse(ctx.series.artwork_versions ?? '{}') as Partial<Record<ArtworkKind, string>>;
  for (const kind of kinds) {
    const file = media[kind].path;
    const check = file === null ? null : await imageCheck(ctx, media, kind, file);
    if (check === null || check.ok) broken.delete(kind);
    else broken.add(kind);
    if (check?.version) versions[kind] = check.version;
    else delete versions[kind];
  }
  return { broken_artwork: JSON.stringify(ARTWORK_KINDS.filter((k) => broken.has(k))), artwork_versions: versionsJson(versions) };
}

/** The versions of the artwork files a folder has now (after Anishelf wrote one of them). */
export async function artworkVersions(media: MediaFiles): Promise<SeriesUpdate> {
  const versions: Partial<Record<ArtworkKind, string>> = {};
  for (const kind of ARTWORK_KINDS) {
    const file = media[kind].path;
    const version = file === null ? null : (await checkArtworkImage(file)).version;
    if (version) versions[kind] = version;
  }
  return { artwork_versions: versionsJson(versions) };
}

function versionsJson(versions: Partial<Record<ArtworkKind, string>>): string {
  return JSON.stringify(Object.fromEntries(ARTWORK_KINDS.filter((k) => versions[k]).map((k) => [k, versions[k]])));
}
