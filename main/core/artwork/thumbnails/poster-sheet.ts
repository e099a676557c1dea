import { imageSize } from 'image-size';
import { AnishelfError } from '../../errors';
import { loadSharp } from '../load-sharp';
import type { ArtworkFile, ArtworkRefusal } from '../serve-artwork';
import { BytesLru } from './bytes-lru';
import { Limiter } from './limiter';
import { thumbnailHeight } from './make-thumbnail';
import { readRegularFile } from '../../fs/regular-file';

/** One poster of a sheet: the series and the poster version its URL names (null: none named). */
export interface SheetPoster {
  seriesId: number;
  version: string | null;
}

/** A thumbnail as `ServedThumbnails.get` gives it. */
export type GetThumbnail = (seriesId: number, width: number, version: string | null) => Promise<ArtworkFile | ArtworkRefusal>;

/** A grid row holds at most this many cards (a very wide window at the smallest card size). */
export const MAX_SHEET_POSTERS = 24;
/** The colour of a cell whose thumbnail could not be made: the cards' own poster background. */
const EMPTY_CELL = '#202020';
/** About 3,000 series' sheets at the small size; a sheet forgotten is composed again when asked. */
const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;
/** Sheets composed at once: about 10 ms of CPU each, on the cores the window needs to draw. */
const COMPOSE_CONCURRENCY = 2;

/**
 * The posters of one grid row as one image: each series' thumbnail in a cell of its own, side by
 * side, in the row's order. A scrolled grid then loads one image per row instead of one per card.
 * Measured scrolling 3,000 series, a third of the view a frame: p95 frame time 18.2 ms with
 * sheets against 20 to 21 ms with one thumbnail per card, and 35 ms against 18.2 in a page
 * Playwright drives, which pays for each request as well.
 *
 * Sheets naming every poster's version are kept in memory (the same URL always means the same
 * bytes), the least recently used dropped first past `maxBytes`. A sheet is composed when first
 * asked for (the grid asks for those around the view while it is idle).
 */
export class PosterSheets {
  private readonly entries: BytesLru<ArtworkFile & { bytes: Buffer }>;
  private readonly limiter = new Limiter(COMPOSE_CONCURRENCY);

  constructor(
    private readonly thumbnail: GetThumbnail,
    options: { maxBytes?: number } = {},
  ) {
    this.entries = new BytesLru(options.maxBytes ?? DEFAULT_MAX_BYTES);
  }

  /** The sheet of `posters` at `width` pixels a cell; 'no-artwork' when none of them has a thumbnail. */
  async get(width: number, posters: readonly SheetPoster[]): Promise<(ArtworkFile & { bytes: Buffer }) | 'no-artwork'> {
    if (posters.length === 0 || posters.length > MAX_SHEET_POSTERS) throw new AnishelfError('SHEET_SIZE', `A poster sheet holds 1 to ${MAX_SHEET_POSTERS} posters.`);
    const versioned = posters.every((p) => p.version !== null);
    const key = `${width}/${posters.map((p) => `${p.seriesId}.${p.version}`).join(',')}`;
    const hit = versioned ? this.entries.get(key) : undefined;
    if (hit) return hit;
    const files = await Promise.all(posters.map((p) => this.thumbnail(p.seriesId, width, p.version)));
    const found = files.filter((f): f is ArtworkFile => typeof f !== 'string');
    if (found.length === 0) return 'no-artwork';
    const cells = await Promise.all(files.map((f) => (typeof f === 'string' ? null : (f.bytes ?? readRegularFile(f.path).catch(() => null)))));
    const bytes = await this.limiter.run(() => composePosterSheet(cells, width));
    // Its version is that of its newest thumbnail: the ETag changes with any of them.
    const sheet = { path: '', contentType: 'image/jpeg', size: bytes.length, mtimeMs: Math.max(...found.map((f) => f.mtimeMs)), bytes };
    if (versioned) this.entries.set(key, sheet);
    return sheet;
  }
}

/**
 * Composes thumbnails (JPEG bytes, or null for a cell left empty) into one JPEG of cells about
 * `cellWidth` wide and 2:3 tall, in one libvips pipeline (about 10 ms of CPU for seven). Each cell
 * is as large as the largest thumbnail, which sits in its middle: a 680×1000 poster's thumbnail is
 * 180×265, a sliver from 2:3 that the card's box absorbs. A thumbnail of a clearly other shape (a
 * wide poster) is cropped to fill a cell first, as the grid showed a single poster
 * (`object-fit: cover`); one whose header cannot be read leaves its cell empty.
 */
export async function composePosterSheet(thumbnails: readonly (Buffer | null)[], cellWidth: number): Promise<Buffer> {
  const sharp = await loadSharp();
  const cellHeight = thumbnailHeight(cellWidth);
  const empty = () => sharp({ create: { width: cellWidth, height: cellHeight, channels: 3, background: EMPTY_CELL } }).jpeg().toBuffer();
  const cells = await Promise.all(
    thumbnails.map(async (bytes) => {
      const size = bytes === null ? null : headerSize(bytes);
      if (bytes === null || size === null) return empty();
      if (near(size.width, cellWidth) && near(size.height, cellHeight)) return bytes;
      return sharp(bytes).resize(cellWidth, cellHeight, { fit: 'cover' }).jpeg().toBuffer().catch(empty);
    }),
  );
  // A row of one (the last row, or a lone poster) is that thumbnail: sharp joins two or more.
  if (cells.length === 1) return cells[0]!;
  return sharp(cells, { join: { across: cells.length, halign: 'centre', valign: 'centre', background: EMPTY_CELL } })
    .jpeg({ quality: 80, progressive: false })
    .toBuffer();
}

/** Within 3 % of the cell's side: close enough to 2:3 that no crop is worth its CPU. */
function near(side: number, cellSide: number): boolean {
  return Math.abs(side - cellSide) <= cellSide * 0.03;
}

function headerSize(bytes: Buffer): { width: number; height: number } | null {
  try {
    const { width, height } = imageSize(bytes);
    return width && height ? { width, height } : null;
  } catch {
    return null;
  }
}
