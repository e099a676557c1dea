import os from 'node:os';

/** Niceness of worker threads: below the main thread, which runs the window's events. */
export const WORKER_THREAD_NICENESS = 5;

/**
 * Lowers the calling worker thread's scheduling priority, on Linux only. There `setpriority` on
 * id 0 applies to the calling thread alone (elsewhere it would lower the whole process). A worker
 * woken by a job otherwise preempts the main thread that posted it: on two busy cores each post
 * cost the main thread 0.35 ms at the median and up to 100 ms, and its event loop stalled.
 */
export function lowerThreadPriority(platform: NodeJS.Platform = process.platform): boolean {
  if (platform !== 'linux') return false;
  try {
    os.setPriority(0, Math.min(19, os.getPriority(0) + WORKER_THREAD_NICENESS));
    return true;
  } catch {
    // Not permitted (a sandbox): the thread keeps its priority.
    return false;
  }
}
