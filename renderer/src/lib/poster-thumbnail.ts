/** The core's two poster thumbnails and their widths in pixels. */
export const POSTER_THUMBNAILS = [
  { kind: 'poster-thumb-small', width: 180 },
  { kind: 'poster-thumb', width: 340 },
] as const;
export type PosterThumbnailKind = (typeof POSTER_THUMBNAILS)[number]['kind'];

/**
 * The thumbnail a card of `cardWidth` CSS pixels shows on a screen of `pixelRatio` pixels per CSS
 * pixel: the smallest one at least about as wide as the card's pixels (up to a tenth narrower,
 * which no eye tells from sharp), else the largest. Chosen here rather than by `srcset`: the
 * browser's per-image source selection cost about 3 ms of main thread per scrolled frame.
 */
export function posterThumbnailKind(cardWidth: number, pixelRatio: number): PosterThumbnailKind {
  const pixels = cardWidth * pixelRatio;
  return POSTER_THUMBNAILS.find((t) => pixels <= t.width * 1.1)?.kind ?? 'poster-thumb';
}
