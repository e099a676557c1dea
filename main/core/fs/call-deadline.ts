/** A call on a folder that did not answer in time (a share or drive that stopped responding). */
export class CallTimeout extends Error {
  readonly code = 'ETIMEDOUT';
}

/**
 * Bounds the file-system calls made on one folder tree. A call that does not answer within the
 * timeout fails with ETIMEDOUT; while it still hangs, further calls fail at once instead of tying
 * up more of Node's few I/O threads, so the rest of the app keeps working. A call stuck in the
 * kernel cannot be cancelled: it is only no longer waited for.
 */
export class CallDeadline {
  private hanging = 0;
  private everTimedOut = false;

  constructor(readonly timeoutMs: number) {}

  /** Whether a call that timed out has still not answered. */
  get isHanging(): boolean {
    return this.hanging > 0;
  }

  /** Whether any call has run out of time, answered since or not. */
  get timedOut(): boolean {
    return this.everTimedOut;
  }

  run<T>(call: () => T | Promise<T>): Promise<T> {
    if (this.hanging > 0) return Promise.reject(new CallTimeout('an earlier call on this folder still hangs'));
    return new Promise<T>((resolve, reject) => {
      let settled = false;
      const timer = setTimeout(() => {
        settled = true;
        this.hanging++;
        this.everTimedOut = true;
        reject(new CallTimeout(`no answer within ${this.timeoutMs} ms`));
      }, this.timeoutMs);
      timer.unref?.();
      const answered = (settle: () => void) => {
        if (settled) this.hanging--;
        else {
          clearTimeout(timer);
          settled = true;
          settle();
        }
      };
      Promise.resolve()
        .then(call)
        .then(
          (value) => answered(() => resolve(value)),
          (err: unknown) => answered(() => reject(err)),
        );
    });
  }
}
