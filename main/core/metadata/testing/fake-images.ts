import sharp from 'sharp';

/**
 * The image CDNs of AniList (s4.anilist.co) and TMDB (image.tmdb.org) as the fake provider
 * server serves them: a small valid image made with sharp for any path, its type from the
 * extension (.jpg, .png with alpha, .svg as a drawing), so a library of fifty series downloads
 * real files. The colour follows the path so two images of one series differ.
 */
export async function fakeImage(pathname: string): Promise<{ type: string; body: Buffer } | null> {
  const ext = /\.(jpe?g|png|svg)$/i.exec(pathname)?.[1]?.toLowerCase();
  if (!ext) return null;
  const hue = [...pathname].reduce((h, c) => (h * 31 + c.charCodeAt(0)) % 256, 7);
  if (ext === 'svg') {
    return { type: 'image/svg+xml', body: Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="80" height="31"><rect width="80" height="31" fill="rgb(${hue},40,90)"/></svg>`) };
  }
  const logo = /\/l[^/]*\.png$/.test(pathname);
  const [width, height] = logo ? [80, 31] : /\/(b|banner)[^/]*$/.test(pathname) || pathname.includes('/banner/') ? [64, 36] : [20, 30];
  const image = sharp({ create: { width, height, channels: ext === 'png' ? 4 : 3, background: { r: hue, g: 120, b: 255 - hue, ...(ext === 'png' ? { alpha: 0.8 } : {}) } } });
  return ext === 'png' ? { type: 'image/png', body: await image.png().toBuffer() } : { type: 'image/jpeg', body: await image.jpeg().toBuffer() };
}
