import { loadSharp } from '../load-sharp';
import { AnishelfError } from '../../errors';

/** A grid thumbnail: twice the usual card (about 170 px wide), so it stays sharp on a HiDPI screen; half of a 680×1000 poster, which JPEG shrinks to while decoding. */
export const THUMBNAIL_WIDTH = 340;
/**
 * The thumbnail for a card on a screen of one pixel per CSS pixel (about 180 px wide): a quarter
 * of the pixels to decode, and drawn at about its own size, where the large one is scaled down
 * in every frame that shows it.
 */
export const SMALL_THUMBNAIL_WIDTH = 180;
/** Thumbnails are 2:3, the cards' shape. */
export const thumbnailHeight = (width: number) => Math.round(width * 1.5);
/** A poster bigger than this (about 8000×6000) is not decoded at all. */
export const MAX_SOURCE_PIXELS = 48_000_000;

/**
 * Shrinks one poster (its bytes) to a small JPEG for the grid. sharp hands the work to libvips on
 * its own threads, so the event loop only waits; JPEG sources are shrunk while decoding, so a big
 * poster never exists full-size in memory. A damaged file gives THUMBNAIL_UNREADABLE, a huge one
 * THUMBNAIL_TOO_LARGE: the card then keeps its initials.
 */
export async function makeThumbnail(source: Buffer, thumbnailWidth = THUMBNAIL_WIDTH): Promise<Buffer> {
  const sharp = await loadSharp();
  let width: number | undefined;
  let height: number | undefined;
  try {
    ({ width, height } = await sharp(source, { limitInputPixels: false }).metadata());
  } catch (err) {
    throw unreadable(err);
  }
  if (!width || !height) throw unreadable();
  if (width * height > MAX_SOURCE_PIXELS) {
    throw new AnishelfError('THUMBNAIL_TOO_LARGE', `The poster is ${width}×${height} pixels, too large to make a thumbnail of.`);
  }
  try {
    return await sharp(source, { limitInputPixels: MAX_SOURCE_PIXELS, failOn: 'error', animated: false })
      .rotate() // honours the EXIF orientation a phone or scanner wrote
      .resize({ width: thumbnailWidth, height: thumbnailHeight(thumbnailWidth), fit: 'inside', withoutEnlargement: true })
      .flatten({ background: '#202020' }) // transparent PNG posters: JPEG has no alpha
      .jpeg({ quality: 80, progressive: false })
      .toBuffer();
  } catch (err) {
    throw unreadable(err);
  }
}

function unreadable(cause?: unknown): AnishelfError {
  return new AnishelfError('THUMBNAIL_UNREADABLE', 'The poster is damaged or not an image Anishelf can read, so it has no thumbnail.', { kind: 'input', cause });
}
