/**
 * How long a test waits before it calls something a hang. Generous on purpose: a deadline only
 * catches a hang, it never measures how fast the machine is (a two-core machine running other
 * work can be ten times slower than a quiet one).
 */
export const HANG_MS = 180_000;

/** Polls `check` until it returns a truthy value or the deadline passes (tests never sleep blindly). */
/** `what` may be a function: it is called when the wait fails, so it can say how things stood then. */
export async function waitFor<T>(check: () => T | Promise<T>, options: { timeoutMs?: number; what?: string | (() => string) } = {}): Promise<NonNullable<T>> {
  const deadline = Date.now() + (options.timeoutMs ?? HANG_MS);
  let last: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value) return value as NonNullable<T>;
    } catch (err) {
      last = err;
    }
    if (Date.now() > deadline) {
      const what = typeof options.what === 'function' ? options.what() : options.what;
      throw new Error(`timed out waiting for ${what ?? 'a condition'}${last ? `: ${String(last)}` : ''}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** A promise with its resolve function, to hold a stage until a test lets it go. */
export function deferred<T = void>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}
