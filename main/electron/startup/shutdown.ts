/** Anything with preventDefault: Electron's before-quit / will-quit events. */
export interface QuitEvent {
  preventDefault(): void;
}

export interface ShutdownOptions {
  /** Stops the loader and closes the library (`core.close()`). */
  close: () => Promise<void>;
  /** Quits for real once closed (`app.quit()`; the guard lets it through). */
  quit: () => void;
  /** How long the loader gets to stop before the app quits anyway. */
  timeoutMs?: number;
  log?: (message: string) => void;
}

/**
 * Quitting while series load (menu, tray, OS shutdown): the first quit is held back, the core
 * closes (workers stop, jobs are re-queued, transactions finish), then the app quits. A second
 * quit request while closing waits for the same close; a close that hangs is given up after
 * `timeoutMs` so the app always goes.
 */
export function createShutdown(options: ShutdownOptions) {
  const timeoutMs = options.timeoutMs ?? 2500;
  let state: 'running' | 'closing' | 'closed' = 'running';
  let closing: Promise<void> | null = null;

  function closeOnce(): Promise<void> {
    closing ??= (async () => {
      state = 'closing';
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<'timeout'>((resolve) => {
        timer = setTimeout(() => resolve('timeout'), timeoutMs);
      });
      try {
        const outcome = await Promise.race([options.close().then(() => 'closed' as const), timeout]);
        if (outcome === 'timeout') options.log?.(`the library did not close within ${timeoutMs} ms; quitting anyway`);
      } catch (err) {
        options.log?.(`closing the library failed: ${err instanceof Error ? err.message : String(err)}`);
      } finally {
        clearTimeout(timer);
        state = 'closed';
      }
    })();
    return closing;
  }

  return {
    /** Attach to before-quit and will-quit: holds the quit until the core is closed. */
    onQuitRequested(event: QuitEvent): void {
      if (state === 'closed') return;
      event.preventDefault();
      void closeOnce().then(() => options.quit());
    },
    /** Closes without quitting (used before app.exit on a fatal error). */
    close: closeOnce,
    get state() {
      return state;
    },
  };
}

export type Shutdown = ReturnType<typeof createShutdown>;
