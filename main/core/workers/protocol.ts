// The messages between a pool and its workers. Plain data only: they cross a thread boundary.

export interface WorkerRequest {
  id: number;
  message: unknown;
}

export interface WorkerErrorInfo {
  name: string;
  message: string;
  code?: string;
  kind?: 'input' | 'internal';
}

export type WorkerReply =
  | { id: number; ok: true; value: unknown }
  | { id: number; ok: false; error: WorkerErrorInfo };

/** Sent once by a worker that has loaded its code and listens: its jobs' time limits start now. */
export interface WorkerReady {
  ready: true;
}

/** What the pool passes to every worker as `workerData`. */
export interface WorkerBoot {
  /** The module to run (a file: URL); the TypeScript bootstrap imports it. */
  entry: string;
}
