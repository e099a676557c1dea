import { parentPort } from 'node:worker_threads';
import type { WorkerErrorInfo, WorkerReady, WorkerReply, WorkerRequest } from './protocol';
import { lowerThreadPriority } from './thread-priority';

/**
 * Call once from a worker entry: answers each request from the pool with `handler`'s result.
 * A handler that throws is reported back to the caller; it does not kill the worker.
 */
export function serveWorker<In, Out>(handler: (message: In) => Out | Promise<Out>): void {
  const port = parentPort;
  if (!port) throw new Error('serveWorker() must run inside a worker thread.');
  lowerThreadPriority();
  port.on('message', async (request: WorkerRequest) => {
    let reply: WorkerReply;
    try {
      reply = { id: request.id, ok: true, value: await handler(request.message as In) };
    } catch (err) {
      reply = { id: request.id, ok: false, error: errorInfo(err) };
    }
    port.postMessage(reply);
  });
  port.postMessage({ ready: true } satisfies WorkerReady);
}

function errorInfo(err: unknown): WorkerErrorInfo {
  if (!(err instanceof Error)) return { name: 'Error', message: String(err) };
  const info: WorkerErrorInfo = { name: err.name, message: err.message };
  const { code, kind } = err as { code?: unknown; kind?: unknown };
  if (typeof code === 'string') info.code = code;
  if (kind === 'input' || kind === 'internal') info.kind = kind;
  return info;
}
