import type { Db } from '../../db/handle';
import { isAnishelfError } from '../../errors';
import { resolveArtwork, type ArtworkFile, type ArtworkRefusal } from '../serve-artwork';
import { THUMBNAIL_WIDTH } from './make-thumbnail';
import type { ThumbnailCache } from './thumbnail-cache';

/**
 * The grid's thumbnail of a series' poster. The poster goes through `resolveArtwork` first, so a
 * thumbnail is only ever made from a file that route would serve (inside the series' real folder,
 * an image, within the size cap). A poster that cannot be decoded has no thumbnail: the card keeps
 * its initials, and `log` says why with the error's code. The poster comes along: its size and
 * mtime name the version the thumbnail was made from.
 */
export async function resolvePosterThumbnail(db: Db, cache: ThumbnailCache, seriesId: number, log?: (message: string) => void, width = THUMBNAIL_WIDTH): Promise<{ thumbnail: ArtworkFile; poster: ArtworkFile } | ArtworkRefusal> {
  const poster = await resolveArtwork(db, seriesId, 'poster');
  if (typeof poster === 'string') return poster;
  try {
    return { thumbnail: await cache.get(poster, width), poster };
  } catch (err) {
    const code = isAnishelfError(err) ? err.code : 'THUMBNAIL_FAILED';
    log?.(`poster thumbnail of series ${seriesId}: ${code}: ${err instanceof Error ? err.message : String(err)}`);
    if (code === 'THUMBNAIL_TOO_LARGE') return 'too-large';
    if (code === 'THUMBNAIL_UNREADABLE') return 'unreadable';
    // A data dir that cannot be written (full, read-only): no thumbnail, the card keeps its initials.
    return 'thumbnail-failed';
  }
}
