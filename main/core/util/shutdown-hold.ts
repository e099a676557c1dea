/**
 * Holds the process open while the core shuts down, and names the step it waits for when a step
 * is slow.
 *
 * The core's timers are unref'd so that an idle library never keeps a CLI process running (a
 * queue's poll, the loader's stop grace, a watcher's debounce). While shutting down, the steps
 * wait on some of them: with nothing else left to keep the process up, Node ended it with the
 * close unsettled (exit code 13) instead of letting the timer fire. A shutdown is work.
 */
export interface ShutdownHold {
  /** The step now running, for the slow-step report. */
  step(name: string): void;
  release(): void;
}

export function holdForShutdown(options: { log?: ((message: string) => void) | undefined; reportEveryMs?: number } = {}): ShutdownHold {
  const every = options.reportEveryMs ?? 10_000;
  let current = 'starting';
  let since = Date.now();
  // Ref'd on purpose: this interval is what keeps the process up until `release`.
  const timer = setInterval(() => {
    options.log?.(`shutting down: still waiting for ${current} after ${Math.round((Date.now() - since) / 1000)} s`);
  }, every);
  return {
    step(name) {
      current = name;
      since = Date.now();
    },
    release() {
      clearInterval(timer);
    },
  };
}
