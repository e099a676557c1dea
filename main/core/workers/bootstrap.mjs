// Starts a worker whose entry is TypeScript source (dev, CLI, tests): tsx is registered in this
// thread first, then the entry is imported. Bundled builds start their .js entries directly.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
