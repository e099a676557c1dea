// A built (.mjs) worker for the pool's tests: it speaks the pool's protocol without any TypeScript.
import { parentPort } from 'node:worker_threads';

parentPort.on('message', ({ id, message }) => {
  parentPort.postMessage({ id, ok: true, value: { echoed: message, built: true } });
});
parentPort.postMessage({ ready: true });
