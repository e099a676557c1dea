// The NFO worker thread's entry: reads and parses files off the main thread.
import { serveWorker } from '../workers/serve';
import { readNfoFileSync } from './read-file';
import type { NfoWorkerRequest } from './reader';
import { writeResult, type NfoWire } from './wire';

serveWorker((request: NfoWorkerRequest) => {
  const wire: NfoWire = [];
  for (const file of request.paths) writeResult(readNfoFileSync(file), wire);
  return wire;
});
