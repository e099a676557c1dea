import type { Worker } from 'node:worker_threads';
import { spawnWorker } from '../workers/spawn';
import { isLimitError, type FolderWatcherOptions } from './folder-watcher';
import type { FromWatchThread, ToWatchThread } from './watch-thread-protocol';

export { isLimitError };

/** As a FolderWatcher's; `onError` also hears WATCH_THREAD_EXITED when the thread itself ended. */
export type RootWatcherOptions = FolderWatcherOptions;

/** The code of the error every watcher gets when the watch thread itself ended. */
export const WATCH_THREAD_EXITED = 'WATCH_THREAD_EXITED';

interface Listener {
  receive(message: FromWatchThread): void;
  /** The thread ended under this watcher. */
  lost(): void;
}

/**
 * The one watch thread of the process, shared by every root: started with the first watcher and
 * ended after the last one closed.
 */
class WatchThread {
  private worker: Worker | null = null;
  private readonly listeners = new Map<number, Listener>();
  private nextId = 1;

  open(listener: Listener): number {
    const id = this.nextId++;
    this.listeners.set(id, listener);
    if (!this.worker) this.worker = this.spawn();
    return id;
  }

  send(message: ToWatchThread): void {
    this.worker?.postMessage(message);
  }

  /** The running thread, if any (the test that ends it under the watchers). */
  get current(): Worker | null {
    return this.worker;
  }

  release(id: number): void {
    this.listeners.delete(id);
    if (this.listeners.size > 0 || !this.worker) return;
    const worker = this.worker;
    this.worker = null;
    void worker.terminate();
  }

  private spawn(): Worker {
    const worker = spawnWorker(new URL('./watch-thread.ts', import.meta.url), { name: 'watch' });
    worker.on('message', (message: FromWatchThread) => this.listeners.get(message.id)?.receive(message));
    // An error ends the thread as well: 'exit' follows and tells every watcher.
    worker.on('error', () => undefined);
    worker.on('exit', () => {
      if (this.worker !== worker) return; // terminated after its last watcher closed
      this.worker = null;
      const lost = [...this.listeners.values()];
      this.listeners.clear();
      for (const listener of lost) listener.lost();
    });
    return worker;
  }
}

const thread = new WatchThread();

/** The watch thread now running, or null: only for the test that ends it to see the recovery. */
export function runningWatchThread(): Worker | null {
  return thread.current;
}

/**
 * One library root's watcher, run in the watch thread (see watch-thread.ts and folder-watcher.ts,
 * which holds the chokidar set-up): about one OS watch per folder, changes reported by path.
 */
export class RootWatcher {
  private id: number | null = null;
  private folders = 0;
  private closing = false;
  private settleStart: (() => void) | null = null;
  private settleClose: (() => void) | null = null;

  constructor(private readonly options: RootWatcherOptions) {}

  /** Resolves once the initial folder walk is done and every watch is set. */
  start(): Promise<void> {
    const ready = new Promise<void>((resolve) => (this.settleStart = resolve));
    const id = thread.open({ receive: (m) => this.receive(m), lost: () => this.lost() });
    this.id = id;
    const { root, depth, maxWatches } = this.options;
    thread.send({ op: 'start', id, root, ...(depth !== undefined ? { depth } : {}), ...(maxWatches !== undefined ? { maxWatches } : {}) });
    return ready;
  }

  /** Folders chokidar was allowed to watch (the OS watches, at about one each), once ready. */
  get folderCount(): number {
    return this.folders;
  }

  async close(): Promise<void> {
    const id = this.id;
    if (id === null || this.closing) return;
    this.closing = true;
    const closed = new Promise<void>((resolve) => (this.settleClose = resolve));
    thread.send({ op: 'close', id });
    await closed;
    thread.release(id);
    this.id = null;
    this.settleStart?.();
  }

  private receive(message: FromWatchThread): void {
    switch (message.kind) {
      case 'ready':
        this.folders = message.folders;
        this.settleStart?.();
        return;
      case 'changes':
        if (!this.closing) for (const changed of message.paths) this.options.onChange(changed);
        return;
      case 'error':
        if (!this.closing) this.options.onError(Object.assign(new Error(message.message), message.code ? { code: message.code } : {}));
        return;
      case 'closed':
        this.settleClose?.();
    }
  }

  private lost(): void {
    this.id = null;
    this.settleStart?.();
    this.settleClose?.();
    if (!this.closing) this.options.onError(Object.assign(new Error('The folder watcher stopped unexpectedly.'), { code: WATCH_THREAD_EXITED }));
  }
}
