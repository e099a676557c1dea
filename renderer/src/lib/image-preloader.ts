/** Loads one image and resolves once it can be drawn (fetched and decoded); rejects if it cannot. */
export type LoadImage = (url: string) => Promise<unknown>;

/**
 * Loads images before they are shown, a few at a time, nearest first, and remembers which are
 * ready. The grid asks it for the posters of the rows about to scroll into view: a card mounted
 * with its poster ready shows it from its first frame, instead of its initials first and the
 * poster when it arrives (painted and rasterised twice, and seen popping in).
 */
export class ImagePreloader {
  /** Ready images and what loaded them: held, the browser keeps them in its memory cache. */
  private readonly ready = new Map<string, unknown>();
  /** Images that failed: not asked for again (the card shows the initials, as for any failure). */
  private readonly failed = new Set<string>();
  private readonly running = new Set<string>();
  private queue: string[] = [];

  /**
   * @param load     loads one image (in the page: an `Image` and its `decode()`).
   * @param parallel images loading at once.
   * @param keep     ready (and failed) images remembered; the oldest are forgotten first.
   */
  constructor(
    private readonly load: LoadImage,
    private readonly parallel = 4,
    private readonly keep = 600,
  ) {}

  /** Whether the image has loaded and decoded: shown now, it needs no placeholder. */
  isReady = (url: string): boolean => this.ready.has(url);

  /**
   * The images wanted next, nearest first. It replaces the last wish: images the view has moved
   * away from before they started are not loaded.
   */
  want(urls: readonly string[]): void {
    this.queue = urls.filter((url) => !this.ready.has(url) && !this.failed.has(url) && !this.running.has(url));
    this.pump();
  }

  private pump(): void {
    while (this.running.size < this.parallel && this.queue.length > 0) {
      const url = this.queue.shift()!;
      this.running.add(url);
      this.load(url)
        .then(
          (image) => remember(this.ready, url, image, this.keep),
          () => remember(this.failed, url, undefined, this.keep),
        )
        .finally(() => {
          this.running.delete(url);
          this.pump();
        });
    }
  }
}

/** Adds `url` as the newest entry, dropping the oldest past `keep`. */
function remember(into: Map<string, unknown> | Set<string>, url: string, value: unknown, keep: number): void {
  into.delete(url);
  if (into instanceof Map) into.set(url, value);
  else into.add(url);
  if (into.size > keep) into.delete(into.keys().next().value!);
}

/**
 * The rows to load images for, nearest first: `ahead` rows past the rendered ones in the direction
 * of scrolling, then `behind` rows on the other side.
 */
export function rowsToPreload(firstRendered: number, lastRendered: number, rowCount: number, scrollingUp: boolean, ahead = 6, behind = 2): number[] {
  const below = (n: number) => Array.from({ length: n }, (_, i) => lastRendered + 1 + i).filter((row) => row < rowCount);
  const above = (n: number) => Array.from({ length: n }, (_, i) => firstRendered - 1 - i).filter((row) => row >= 0);
  return scrollingUp ? [...above(ahead), ...below(behind)] : [...below(ahead), ...above(behind)];
}

/** Loads an image in the page: fetched, then decoded off the main thread. */
export function loadImageInPage(url: string): Promise<HTMLImageElement> {
  const image = new Image();
  image.decoding = 'async';
  image.src = url;
  return image.decode().then(() => image);
}
