export { createWorkerPool } from './pool';
export type { WorkerPool, WorkerPoolOptions } from './pool';
export { serveWorker } from './serve';
