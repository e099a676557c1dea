// The NFO worker thread's entry: reads and parses files off the main thread.
import { serveWorker } from '../workers/serve';
import { readNfoFileSync } from './read-file';
import type { NfoWorkerRequest } from './reader';
import { toWire } from './wire';

serveWorker((request: NfoWorkerRequest) => request.paths.map((file) => toWire(readNfoFileSync(file))));
