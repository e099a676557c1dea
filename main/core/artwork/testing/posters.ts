import sharp from 'sharp';

/**
 * A real poster JPEG of `width`×`height` whose content depends on `seed`: smooth random colour
 * fields with fine noise over them, so it compresses like artwork (a 680×1000 one is about
 * 150 KB), not like a flat colour.
 */
export async function posterJpeg(seed: number, width = 680, height = 1000, quality = 85): Promise<Buffer> {
  let x = (seed * 2654435761) >>> 0 || 1;
  const next = () => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x;
  };
  const cells = Buffer.from(Array.from({ length: 5 * 7 * 3 }, () => next() & 255));
  const pixels = await sharp(cells, { raw: { width: 5, height: 7, channels: 3 } }).resize(width, height, { kernel: 'cubic' }).raw().toBuffer();
  for (let i = 0; i < pixels.length; i += 3) {
    const noise = (next() & 31) - 16;
    pixels[i] = clamp(pixels[i]! + noise);
    pixels[i + 1] = clamp(pixels[i + 1]! + noise);
    pixels[i + 2] = clamp(pixels[i + 2]! + noise);
  }
  return sharp(pixels, { raw: { width, height, channels: 3 } }).jpeg({ quality }).toBuffer();
}

function clamp(v: number): number {
  return v < 0 ? 0 : v > 255 ? 255 : v;
}

/** `jpeg` with the dimensions in its frame header changed: a header that claims a huge image. */
export function withClaimedSize(jpeg: Buffer, width: number, height: number): Buffer {
  const out = Buffer.from(jpeg);
  for (let i = 2; i < out.length - 9; ) {
    if (out[i] !== 0xff) break;
    const marker = out[i + 1]!;
    const length = out.readUInt16BE(i + 2);
    if (marker >= 0xc0 && marker <= 0xc2) {
      out.writeUInt16BE(height, i + 5);
      out.writeUInt16BE(width, i + 7);
      return out;
    }
    i += 2 + length;
  }
  throw new Error('no frame header in this JPEG');
}
