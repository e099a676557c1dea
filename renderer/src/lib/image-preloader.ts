/** Loads one image and resolves once it can be drawn (fetched and decoded); rejects if it cannot. */
export type LoadImage = (url: string) => Promise<unknown>;

/** Runs `work` once the page has nothing else to do (in the page: `requestIdleCallback`). */
export type WhenIdle = (work: () => void) => void;

export interface ImagePreloaderOptions {
  /** Images loading at once. */
  parallel?: number;
  /** Ready (and failed) images remembered; the oldest are forgotten first. */
  keep?: number;
  /** Schedules the loads wished for "when idle". */
  whenIdle?: WhenIdle;
}

/**
 * Loads images before they are shown, a few at a time, nearest first, and remembers which are
 * ready. The grid asks it for the posters of the rows about to scroll into view: a card mounted
 * with its poster ready shows it from its first frame, instead of its initials first and the
 * poster when it arrives (painted and rasterised twice, and seen popping in). While the page is
 * idle it also loads the posters of rows further out, so a scroll that starts later finds them
 * ready: images arriving in the middle of a scroll cost the page's main thread up to 12 ms in
 * some frames, in a trace of the first pass over 300 posters.
 */
export class ImagePreloader {
  /** Ready images and what loaded them: held, the browser keeps them in its memory cache. */
  private readonly ready = new Map<string, unknown>();
  /** Images that failed: not asked for again (the card shows the initials, as for any failure). */
  private readonly failed = new Set<string>();
  private readonly running = new Set<string>();
  /** Those waiting to hear that an image loaded (true) or failed (false). */
  private readonly watchers = new Map<string, Set<(loaded: boolean) => void>>();
  private queue: string[] = [];
  /** The images wished for when idle, worked out only when the page is idle. */
  private idleWish: (() => readonly string[]) | null = null;
  private idleQueue: string[] | null = null;
  private idleScheduled = false;
  private readonly parallel: number;
  private readonly keep: number;
  private readonly whenIdle: WhenIdle;

  constructor(
    private readonly load: LoadImage,
    options: ImagePreloaderOptions = {},
  ) {
    this.parallel = options.parallel ?? 4;
    this.keep = options.keep ?? 600;
    this.whenIdle = options.whenIdle ?? ((work) => void Promise.resolve().then(work));
  }

  /** Whether the image has loaded and decoded: shown now, it needs no placeholder. */
  isReady = (url: string): boolean => this.ready.has(url);

  /**
   * Calls `listener` once the image has loaded (true) or failed (false), at once if it has already;
   * returns the call that stops listening. It does not load the image: someone must want it.
   */
  watch = (url: string, listener: (loaded: boolean) => void): (() => void) => {
    if (this.ready.has(url) || this.failed.has(url)) {
      listener(this.ready.has(url));
      return () => {};
    }
    const listeners = this.watchers.get(url) ?? new Set();
    listeners.add(listener);
    this.watchers.set(url, listeners);
    return () => {
      listeners.delete(listener);
      if (listeners.size === 0 && this.watchers.get(url) === listeners) this.watchers.delete(url);
    };
  };

  /**
   * The images wanted next, nearest first. It replaces the last wish: images the view has moved
   * away from before they started are not loaded.
   */
  want(urls: readonly string[]): void {
    this.queue = urls.filter((url) => this.wanted(url));
    this.pump();
  }

  /**
   * Images to load once nothing is wanted sooner and the page is idle, nearest first. It replaces
   * the last such wish; `urls` is called only when the page is idle, so a wish made in every
   * scrolled frame costs nothing.
   */
  wantWhenIdle(urls: () => readonly string[]): void {
    this.idleWish = urls;
    this.idleQueue = null;
    this.scheduleIdle();
  }

  private wanted(url: string): boolean {
    return !this.ready.has(url) && !this.failed.has(url) && !this.running.has(url);
  }

  private pump(): void {
    while (this.running.size < this.parallel && this.queue.length > 0) this.start(this.queue.shift()!);
    if (this.queue.length === 0) this.scheduleIdle();
  }

  private scheduleIdle(): void {
    if (this.idleScheduled || this.idleWish === null) return;
    this.idleScheduled = true;
    this.whenIdle(() => {
      this.idleScheduled = false;
      this.pumpIdle();
    });
  }

  /** Starts idle loads while nothing sooner is waiting; each one that ends asks for idle time again. */
  private pumpIdle(): void {
    if (this.queue.length > 0 || this.idleWish === null) return;
    this.idleQueue ??= this.idleWish().filter((url) => this.wanted(url));
    while (this.running.size < this.parallel && this.idleQueue.length > 0) {
      const url = this.idleQueue.shift()!;
      if (this.wanted(url)) this.start(url);
    }
    if (this.idleQueue.length === 0) this.idleWish = null;
  }

  private start(url: string): void {
    this.running.add(url);
    this.load(url)
      .then(
        (image) => (remember(this.ready, url, image, this.keep), true),
        () => (remember(this.failed, url, undefined, this.keep), false),
      )
      .then((loaded) => {
        this.running.delete(url);
        const listeners = this.watchers.get(url);
        this.watchers.delete(url);
        for (const listener of listeners ?? []) listener(loaded);
        this.pump();
      });
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

/** Posters loaded around the view while the page is idle. */
export const IDLE_PRELOAD_IMAGES = 480;

/**
 * The rows to load images for while the page is idle: about `images` around the rendered rows,
 * three quarters of them in the direction of scrolling, nearest first.
 */
export function idleRowsToPreload(firstRendered: number, lastRendered: number, rowCount: number, columns: number, scrollingUp: boolean, images = IDLE_PRELOAD_IMAGES): number[] {
  const rows = Math.ceil(images / Math.max(1, columns));
  const behind = Math.floor(rows / 4);
  return rowsToPreload(firstRendered, lastRendered, rowCount, scrollingUp, rows - behind, behind);
}

/** The page's idle time (a timer where the browser has no `requestIdleCallback`). */
export const whenPageIdle: WhenIdle = (work) => {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => work());
  else setTimeout(work, 50);
};

/** Loads an image in the page: fetched, then decoded off the main thread. */
export function loadImageInPage(url: string): Promise<HTMLImageElement> {
  const image = new Image();
  image.decoding = 'async';
  image.src = url;
  return image.decode().then(() => image);
}
