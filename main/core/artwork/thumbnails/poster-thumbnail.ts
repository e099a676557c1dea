import type { Db } from '../../db/handle';
import { isAnishelfError } from '../../errors';
import { resolveArtwork, type ArtworkFile, type ArtworkRefusal } from '../serve-artwork';
import type { ThumbnailCache } from './thumbnail-cache';

/**
 * The grid's thumbnail of a series' poster. The poster goes through `resolveArtwork` first, so a
 * thumbnail is only ever made from a file that route would serve (inside the series' real folder,
 * an image, within the size cap). A poster that cannot be decoded has no thumbnail: the card keeps
 * its initials, and `log` says why with the error's code.
 */
export async function resolvePosterThumbnail(db: Db, cache: ThumbnailCache, seriesId: number, log?: (message: string) => void): Promise<ArtworkFile | ArtworkRefusal> {
  const poster = await resolveArtwork(db, seriesId, 'poster');
  if (typeof poster === 'string') return poster;
  try {
    return await cache.get(poster);
  } catch (err) {
    if (!isAnishelfError(err)) throw err;
    log?.(`poster thumbnail of series ${seriesId}: ${err.code}: ${err.message}`);
    if (err.code === 'THUMBNAIL_TOO_LARGE') return 'too-large';
    if (err.code === 'THUMBNAIL_UNREADABLE') return 'unreadable';
    throw err;
  }
}
