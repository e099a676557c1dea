import { imageSize } from 'image-size';
import { AnishelfError } from '../errors';

export type ImageType = 'jpg' | 'png' | 'webp';

const MAX_SIDE = 16_384;

/**
 * Checks that `bytes` are a whole image of one of the `accepted` types: the magic bytes, the
 * dimensions read from its header (image-size), and the end marker of JPEG and PNG files (a
 * download cut short has none). HTML, SVG or an empty body is refused with a clear code.
 */
export function checkImage(bytes: Uint8Array, accepted: readonly ImageType[]): { type: ImageType; width: number; height: number } {
  if (bytes.byteLength === 0) throw new AnishelfError('DOWNLOAD_EMPTY', 'The server sent an empty file instead of an image.');
  const type = sniff(bytes);
  if (type === null) {
    const text = Buffer.from(bytes.subarray(0, 256)).toString('latin1').trimStart().toLowerCase();
    const what = text.startsWith('<svg') || text.includes('<svg') ? 'an SVG drawing' : text.startsWith('<') ? 'a web page' : 'something that is not an image';
    throw new AnishelfError('DOWNLOAD_NOT_IMAGE', `The server sent ${what} instead of an image.`);
  }
  if (!accepted.includes(type)) throw new AnishelfError('DOWNLOAD_WRONG_TYPE', `The server sent a ${type.toUpperCase()} image where a ${accepted.map((t) => t.toUpperCase()).join(' or ')} is needed.`);
  let size: { width?: number; height?: number; type?: string };
  try {
    size = imageSize(bytes);
  } catch {
    throw new AnishelfError('DOWNLOAD_NOT_IMAGE', 'The image is damaged: its size cannot be read.');
  }
  const { width = 0, height = 0 } = size;
  if (width < 1 || height < 1 || width > MAX_SIDE || height > MAX_SIDE) {
    throw new AnishelfError('DOWNLOAD_NOT_IMAGE', `The image says it is ${width}×${height} pixels, which is not a real poster or logo.`);
  }
  if (!complete(bytes, type)) throw new AnishelfError('DOWNLOAD_TRUNCATED', 'The image was cut off before its end.');
  return { type, width, height };
}

function sniff(b: Uint8Array): ImageType | null {
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'jpg';
  if (b.length >= 8 && [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((v, i) => b[i] === v)) return 'png';
  if (b.length >= 12 && ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 12) === 'WEBP') return 'webp';
  return null;
}

function complete(b: Uint8Array, type: ImageType): boolean {
  if (type === 'jpg') {
    // EOI (FF D9), allowing for the padding some encoders put after it.
    const tail = b.subarray(Math.max(0, b.length - 64));
    for (let i = tail.length - 2; i >= 0; i--) if (tail[i] === 0xff && tail[i + 1] === 0xd9) return true;
    return false;
  }
  if (type === 'png') return b.length >= 12 && ascii(b, b.length - 8, b.length - 4) === 'IEND';
  const declared = Buffer.from(b.subarray(4, 8)).readUInt32LE(0) + 8;
  return b.length >= declared;
}

function ascii(b: Uint8Array, start: number, end: number): string {
  return Buffer.from(b.subarray(start, end)).toString('latin1');
}
