import { loadSharp } from './load-sharp';
import { AnishelfError } from '../errors';
import type { ImageType } from './image-check';

/**
 * Gives `bytes` as an image of `type` (jpg or png): as they are when they already are, else
 * converted by sharp (an SVG logo drawn to PNG, an AniList PNG cover to JPEG), so a file is never
 * saved under a name its bytes do not match. Bytes that look like neither an image nor SVG are
 * passed through: the image check refuses them with its own clear code.
 */
export async function asImageType(bytes: Uint8Array, type: 'jpg' | 'png'): Promise<Uint8Array> {
  const found = kindOf(bytes);
  if (found === type || found === null) return bytes;
  const sharp = await loadSharp();
  try {
    const image = sharp(bytes, { density: found === 'svg' ? 144 : 72, limitInputPixels: 100_000_000 });
    return type === 'png' ? await image.png().toBuffer() : await image.flatten({ background: '#000000' }).jpeg({ quality: 92 }).toBuffer();
  } catch (cause) {
    throw new AnishelfError('ARTWORK_CONVERT', `The ${found.toUpperCase()} image could not be converted to ${type.toUpperCase()}; it was skipped.`, { kind: 'internal', cause });
  }
}

function kindOf(b: Uint8Array): ImageType | 'svg' | null {
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'jpg';
  if (b.length >= 4 && b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47) return 'png';
  if (b.length >= 12 && Buffer.from(b.subarray(8, 12)).toString('latin1') === 'WEBP') return 'webp';
  const head = Buffer.from(b.subarray(0, 512)).toString('utf8').trimStart();
  if (/^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!DOCTYPE svg[^>]*>\s*)?<svg[\s>]/i.test(head)) return 'svg';
  return null;
}
