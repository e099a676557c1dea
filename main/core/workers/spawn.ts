import { Worker } from 'node:worker_threads';
import type { WorkerBoot } from './protocol';

const BOOTSTRAP = new URL('./bootstrap.mjs', import.meta.url);
const SOURCE_ENTRY = /\.[cm]?ts$/;

/**
 * Starts a worker thread on `entry`: a TypeScript source (dev, CLI, tests) through the tsx
 * bootstrap, a built .js / .cjs file directly. Its `workerData` is a WorkerBoot.
 */
export function spawnWorker(entry: URL, options: { name: string; maxMemoryMb?: number }): Worker {
  const boot: WorkerBoot = { entry: entry.href };
  const script = SOURCE_ENTRY.test(entry.pathname) ? BOOTSTRAP : entry;
  return new Worker(script, {
    workerData: boot,
    name: `anishelf-${options.name}`,
    ...(options.maxMemoryMb ? { resourceLimits: { maxOldGenerationSizeMb: options.maxMemoryMb } } : {}),
  });
}
