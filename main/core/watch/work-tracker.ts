/**
 * The watcher's background work: every flush, sweep and check is tracked so shutdown and tests
 * can wait for quiet, and a failure is logged instead of becoming an unhandled rejection.
 */
export class WorkTracker {
  private readonly work = new Set<Promise<unknown>>();

  constructor(private readonly log?: (message: string) => void) {}

  track<T>(promise: Promise<T>): Promise<T> {
    const guarded = promise.catch((err: unknown) => {
      this.log?.(`watcher: ${err instanceof Error ? err.message : String(err)}`);
    }) as Promise<T>;
    this.work.add(guarded);
    void guarded.finally(() => this.work.delete(guarded));
    return guarded;
  }

  /** Resolves when nothing tracked is running (work started meanwhile is waited for too). */
  async idle(): Promise<void> {
    while (this.work.size > 0) await Promise.allSettled([...this.work]);
  }
}

/** Calls `fn` at most once per `ms`, after the first request (roots' states to the UI). */
export function throttled(fn: () => void, ms: number): () => void {
  let timer: NodeJS.Timeout | null = null;
  return () => {
    if (timer) return;
    timer = setTimeout(() => {
      timer = null;
      fn();
    }, ms);
    timer.unref?.();
  };
}
