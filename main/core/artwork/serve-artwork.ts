import fs from 'node:fs/promises';
import path from 'node:path';
import type { Db } from '../db/handle';
import { getArtworkPaths } from '../db/repos/series';
import { isInsideFolder } from './inside-folder';
import { openRegularFile } from '../fs/regular-file';

export const ARTWORK_KINDS = ['poster', 'logo', 'fanart'] as const;
export type ArtworkKind = (typeof ARTWORK_KINDS)[number];
/**
 * What the artwork routes serve: the artwork itself, and the grid's small copies of the poster
 * (`poster-thumb` for a HiDPI screen, `poster-thumb-small` for one CSS pixel per pixel).
 */
export const THUMBNAIL_KINDS = ['poster-thumb', 'poster-thumb-small'] as const;
export const SERVED_KINDS = [...ARTWORK_KINDS, ...THUMBNAIL_KINDS] as const;
export type ServedKind = (typeof SERVED_KINDS)[number];

const IMAGE_TYPES: Record<string, string> = {
  '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.png': 'image/png', '.webp': 'image/webp', '.gif': 'image/gif',
};
const MAX_ARTWORK_BYTES = 50 * 1024 * 1024;

export interface ArtworkFile {
  path: string;
  contentType: string;
  size: number;
  mtimeMs: number;
  /** The file's bytes, when the core holds them in memory already: sent without reading `path`. */
  bytes?: Buffer;
}

/**
 * `unreadable`: the poster's bytes cannot be decoded (its thumbnail cannot be made);
 * `thumbnail-failed`: the thumbnail could not be saved in the data dir (full, read-only).
 */
export type ArtworkRefusal = 'unknown-series' | 'no-artwork' | 'outside-series' | 'not-an-image' | 'too-large' | 'unreadable' | 'thumbnail-failed';

/**
 * The one place that decides which file may be served for "series N's poster": only the artwork
 * recorded for a known series, only if its real path (symlinks resolved) is inside the series'
 * real folder, only image types whose bytes look like an image. Both the Electron protocol and
 * the web server call this; neither ever maps a URL path to the file system itself.
 */
export async function resolveArtwork(db: Db, seriesId: number, kind: string): Promise<ArtworkFile | ArtworkRefusal> {
  if (!(ARTWORK_KINDS as readonly string[]).includes(kind) || !Number.isSafeInteger(seriesId)) return 'no-artwork';
  const row = await getArtworkPaths(db, seriesId);
  if (!row) return 'unknown-series';
  const recorded = row[`${kind as ArtworkKind}_path`];
  if (!recorded) return 'no-artwork';
  return checkArtworkFile(recorded, row.path);
}

export async function checkArtworkFile(file: string, seriesFolder: string): Promise<ArtworkFile | ArtworkRefusal> {
  const contentType = IMAGE_TYPES[path.extname(file).toLowerCase()];
  if (!contentType) return 'not-an-image';
  let real: string;
  let realFolder: string;
  try {
    [real, realFolder] = await Promise.all([fs.realpath(file), fs.realpath(seriesFolder)]);
  } catch {
    return 'no-artwork';
  }
  if (!isInsideFolder(real, realFolder) || real === realFolder) return 'outside-series';
  const stat = await fs.stat(real).catch(() => null);
  if (!stat?.isFile()) return 'no-artwork';
  if (stat.size > MAX_ARTWORK_BYTES) return 'too-large';
  if (!(await looksLikeImage(real))) return 'not-an-image';
  return { path: real, contentType, size: stat.size, mtimeMs: stat.mtimeMs };
}

// Magic numbers: a text file renamed poster.jpg (or an HTML error page saved as one) is refused.
async function looksLikeImage(file: string): Promise<boolean> {
  const handle = await openRegularFile(file);
  try {
    const head = Buffer.alloc(12);
    const { bytesRead } = await handle.read(head, 0, 12, 0);
    const b = head.subarray(0, bytesRead);
    return (
      (b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) || // JPEG
      b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) || // PNG
      (b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP') ||
      b.subarray(0, 3).toString('latin1') === 'GIF'
    );
  } finally {
    await handle.close();
  }
}
