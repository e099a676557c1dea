import os from 'node:os';
import path from 'node:path';
import { isAnishelfError } from '../errors';
import { createBatchQueue, type Settled } from '../util/batch-queue';
import { createWorkerPool } from '../workers/pool';
import { emptyResult } from './parse';
import type { NfoReadResult } from './types';
import { readResults, type NfoWire } from './wire';

/** One message to an NFO worker: files read and parsed in order, one result each. */
export interface NfoWorkerRequest {
  paths: string[];
}

export interface NfoReaderOptions {
  /**
   * The worker entry. From source this is ./worker.ts (run through tsx); a bundled app emits
   * that file as its own entry and passes the built file here.
   */
  entry?: URL;
  /** Worker threads; by default one less than the cores, at least one, at most four. */
  size?: number;
  /** A read that takes longer (a sleeping or vanished network drive) is given up. */
  timeoutMs?: number;
}

export interface NfoReader {
  /** How many worker threads it may run. */
  readonly size: number;
  /** Reads one NFO file in a worker thread. Resolves with problems for bad or missing files. */
  read(file: string, options?: { signal?: AbortSignal }): Promise<NfoReadResult>;
  /**
   * Reads many NFO files (a series' episode NFOs), one result each in their order: they leave
   * for the workers together, in batches, instead of trickling out one call at a time.
   */
  readAll(files: readonly string[], options?: { signal?: AbortSignal }): Promise<NfoReadResult[]>;
  close(): Promise<void>;
}

const SOURCE_ENTRY = new URL('./worker.ts', import.meta.url);
const DEFAULT_TIMEOUT_MS = 60_000;
/**
 * Files per worker message under load. A message costs more than reading a small NFO, so reads
 * that wait for a busy worker travel together; a batch stays small enough that the main thread
 * takes its results in one short step and that it finishes well inside the timeout.
 */
const MAX_BATCH = 16;

/** NFO parsing never runs on the caller's thread: a pool of workers reads and parses files. */
export function createNfoReader(options: NfoReaderOptions = {}): NfoReader {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const size = options.size ?? Math.min(4, Math.max(1, os.availableParallelism() - 1));
  const pool = createWorkerPool<NfoWorkerRequest, NfoWire>({
    entry: options.entry ?? SOURCE_ENTRY,
    size,
    name: 'NFO reader',
    timeoutMs,
    // A hostile file can cost a lot of memory; the worker dies, not the app.
    maxMemoryMb: 512,
    // The next batch waits in the worker, which reads on while this thread takes the answers.
    depth: 2,
  });
  const batches = createBatchQueue<string, NfoReadResult>({
    concurrency: size * 2,
    maxBatch: MAX_BATCH,
    run: async (paths) => readResults(await pool.run({ paths })),
  });
  // A file that hung or stopped its worker gets a result that says so; other errors are thrown.
  const resultOf = (answer: Settled<NfoReadResult>): NfoReadResult => {
    if (answer.ok) return answer.value;
    const err = answer.error;
    if (isAnishelfError(err) && err.code === 'WORKER_TIMEOUT') {
      return emptyResult('unknown', [
        { code: 'NFO_UNREADABLE', message: `Reading the file took longer than ${timeoutMs / 1000} s; check that the drive is awake and connected, then try again.` },
      ]);
    }
    if (isAnishelfError(err) && err.code === 'WORKER_CRASHED') {
      return emptyResult('unknown', [
        { code: 'NFO_UNREADABLE', message: 'Reading the file stopped the NFO reader (it may be huge or hostile), so it was not read; replace the file.' },
      ]);
    }
    throw err;
  };
  const readAll = async (files: readonly string[], signal?: AbortSignal) => (await batches.pushAll(files.map((file) => path.resolve(file)), signal)).map(resultOf);
  return {
    size,
    async read(file, readOptions) {
      return (await readAll([file], readOptions?.signal))[0]!;
    },
    readAll: (files, readOptions) => readAll(files, readOptions?.signal),
    close: () => pool.close(),
  };
}
