import fs from 'node:fs/promises';
import { imageSizeFromFile } from 'image-size/fromFile';

/** `version` names this state of the file (size and modification time): it changes when the file is replaced. */
export type ImageCheck = { ok: true; type: string; width: number; height: number; version: string } | { ok: false; reason: string };

/** The version of an artwork file as the UI's URLs carry it: a new file means a new URL, past any cache. */
export function artworkVersion(stat: { size: number; mtimeMs: number }): string {
  return `${stat.size.toString(36)}-${Math.trunc(stat.mtimeMs).toString(36)}`;
}

/**
 * Whether an artwork file is a real image: its header names a known type and non-zero
 * dimensions (image-size reads at most the first 512 KB). A 3-byte poster.jpg, a truncated
 * download or an HTML page saved as fanart.jpg is not.
 */
export async function checkImageFile(file: string): Promise<ImageCheck> {
  try {
    // A pipe or device named poster.jpg (through a symlink) would block the read: not an image.
    const stat = await fs.stat(file);
    if (!stat.isFile()) return { ok: false, reason: 'not a regular file' };
    const size = await imageSizeFromFile(file);
    if (!size.type || !size.width || !size.height) return { ok: false, reason: 'the image has no size' };
    return { ok: true, type: size.type, width: size.width, height: size.height, version: artworkVersion(stat) };
  } catch (err) {
    return { ok: false, reason: err instanceof Error ? err.message : String(err) };
  }
}
