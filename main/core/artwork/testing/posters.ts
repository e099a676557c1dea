import sharp from 'sharp';

/**
 * A real poster JPEG of `width`×`height` whose content depends on `seed`: a smooth field of random
 * colours with fine noise over it, so it compresses like artwork, not like a flat colour.
 */
export async function posterJpeg(seed: number, width = 680, height = 1000, quality = 85): Promise<Buffer> {
  const cells = Buffer.alloc(4 * 6 * 3);
  let x = (seed * 2654435761) >>> 0 || 1;
  for (let i = 0; i < cells.length; i++) {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    cells[i] = x & 255;
  }
  const noise = await sharp({ create: { width, height, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 24 } } }).png().toBuffer();
  return sharp(cells, { raw: { width: 4, height: 6, channels: 3 } })
    .resize(width, height, { kernel: 'cubic' })
    .composite([{ input: noise, blend: 'soft-light' }])
    .jpeg({ quality })
    .toBuffer();
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
