import fs from 'node:fs/promises';
import { imageSizeFromFile } from 'image-size/fromFile';

export type ImageCheck = { ok: true; type: string; width: number; height: number } | { ok: false; reason: string };

/**
 * Whether an artwork file is a real image: its header names a known type and non-zero
 * dimensions (image-size reads at most the first 512 KB). A 3-byte poster.jpg, a truncated
 * download or an HTML page saved as fanart.jpg is not.
 */
export async function checkImageFile(file: string): Promise<ImageCheck> {
  try {
    // A pipe or device named poster.jpg (through a symlink) would block the read: not an image.
    if (!(await fs.stat(file)).isFile()) return { ok: false, reason: 'not a regular file' };
    const size = await imageSizeFromFile(file);
    if (!size.type || !size.width || !size.height) return { ok: false, reason: 'the image has no size' };
    return { ok: true, type: size.type, width: size.width, height: size.height };
  } catch (err) {
    return { ok: false, reason: err instanceof Error ? err.message : String(err) };
  }
}
