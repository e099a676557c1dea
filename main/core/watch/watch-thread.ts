// The watch thread: every root's chokidar watcher runs here. Their first walk reads and stats each
// entry of the library (350,000 files at 10,000 series); on the main thread it held the event
// loop, and the page's requests with it, for as long as an import. Changes go to the main thread
// in batches, where they are routed as before.
import { parentPort } from 'node:worker_threads';
import { lowerThreadPriority } from '../workers/thread-priority';
import { FolderWatcher } from './folder-watcher';
import type { FromWatchThread, ToWatchThread } from './watch-thread-protocol';

/** How long changes gather before they go out: a copied season is one message, not hundreds. */
const BATCH_MS = 15;

const port = parentPort;
if (!port) throw new Error('watch-thread.ts must run in a worker thread.');
lowerThreadPriority();

const watchers = new Map<number, FolderWatcher>();
const pending = new Map<number, string[]>();
let flushTimer: NodeJS.Timeout | null = null;

const send = (message: FromWatchThread) => port.postMessage(message);

function flush(): void {
  flushTimer = null;
  for (const [id, paths] of pending) send({ id, kind: 'changes', paths });
  pending.clear();
}

function changed(id: number, p: string): void {
  const list = pending.get(id);
  if (list) list.push(p);
  else pending.set(id, [p]);
  flushTimer ??= setTimeout(flush, BATCH_MS);
}

port.on('message', (message: ToWatchThread) => {
  if (message.op === 'start') {
    const { id } = message;
    const watcher = new FolderWatcher({
      root: message.root,
      ...(message.depth !== undefined ? { depth: message.depth } : {}),
      ...(message.maxWatches !== undefined ? { maxWatches: message.maxWatches } : {}),
      onChange: (p) => changed(id, p),
      onError: (err) => send({ id, kind: 'error', code: typeof err.code === 'string' ? err.code : null, message: err.message }),
    });
    watchers.set(id, watcher);
    void watcher.start().then(() => {
      if (watchers.get(id) === watcher) send({ id, kind: 'ready', folders: watcher.folderCount });
    });
    return;
  }
  const watcher = watchers.get(message.id);
  watchers.delete(message.id);
  void (watcher?.close() ?? Promise.resolve()).then(() => {
    // Changes still gathered for it are dropped with it.
    pending.delete(message.id);
    send({ id: message.id, kind: 'closed' });
  });
});
