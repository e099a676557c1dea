import { imageSize } from 'image-size';
import { asyncFsOps, type FsOps } from './fs-ops';

/** `version` names this state of the file (size and modification time): it changes when the file is replaced. */
export type ImageCheck = { ok: true; type: string; width: number; height: number; version: string } | { ok: false; reason: string };

/** The version of an artwork file as the UI's URLs carry it: a new file means a new URL, past any cache. */
export function artworkVersion(stat: { size: number; mtimeMs: number }): string {
  return `${stat.size.toString(36)}-${Math.trunc(stat.mtimeMs).toString(36)}`;
}

// The most of a file read for its header: image-size's own bound for a file.
const MAX_HEADER_BYTES = 512 * 1024;
// The first read: a PNG, GIF, BMP or WebP states its size in its first bytes, and a JPEG after
// its EXIF block (at most 64 KB); only a JPEG with a big ICC profile or thumbnail needs more.
const FIRST_READ_BYTES = 64 * 1024;
// Types whose size a prefix of the file gives right or not at all (a JPEG's frame header past the
// prefix makes image-size throw); other types are always read up to MAX_HEADER_BYTES.
const PREFIX_SAFE: ReadonlySet<string> = new Set(['png', 'jpg', 'gif', 'bmp', 'webp']);

interface HeaderSize {
  type: string;
  width: number;
  height: number;
}

/**
 * Whether an artwork file is a real image: its header names a known type and non-zero
 * dimensions. A 3-byte poster.jpg, a truncated download or an HTML page saved as fanart.jpg is
 * not. Reads 64 KB of a bigger file first, then up to 512 KB only when the header lies further:
 * a library's posters and fanart (200 KB to several MB each) are checked at every scan, and on a
 * network share every byte read is a byte sent. `fs`: the synchronous calls in a worker thread.
 */
export async function checkImageFile(file: string, fs: FsOps = asyncFsOps): Promise<ImageCheck> {
  try {
    // A pipe or device named poster.jpg (through a symlink) would block the read: not an image.
    const stat = await fs.stat(file);
    if (!stat.isFile()) return { ok: false, reason: 'not a regular file' };
    if (stat.size <= 0) return { ok: false, reason: 'the file is empty' };
    const first = await fs.readStart(file, Math.min(stat.size, FIRST_READ_BYTES));
    const size =
      stat.size <= FIRST_READ_BYTES
        ? headerSize(first)
        : (sizeFromPrefix(first) ?? headerSize(await fs.readStart(file, Math.min(stat.size, MAX_HEADER_BYTES))));
    if (!size.type || !size.width || !size.height) return { ok: false, reason: 'the image has no size' };
    return { ok: true, type: size.type, width: size.width, height: size.height, version: artworkVersion(stat) };
  } catch (err) {
    return { ok: false, reason: err instanceof Error ? err.message : String(err) };
  }
}

/** image-size's reading of a header; throws for an unknown type or a header cut short. */
function headerSize(bytes: Uint8Array): HeaderSize {
  const size = imageSize(bytes);
  return { type: size.type ?? '', width: size.width, height: size.height };
}

/** The size from the start of a bigger file, or null when only a longer read can tell. */
function sizeFromPrefix(bytes: Uint8Array): HeaderSize | null {
  try {
    const size = headerSize(bytes);
    return PREFIX_SAFE.has(size.type) && size.width > 0 && size.height > 0 ? size : null;
  } catch {
    return null;
  }
}
