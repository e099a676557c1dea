import Sqlite from 'better-sqlite3';
import { serveWorker } from '../workers/serve';
import type { CheckpointRequest, CheckpointResult } from './background-checkpoints';

// Worker-thread entry: folds the write-ahead log back into the database file on a connection of
// its own, so the copying and the two fsyncs of a checkpoint never hold the main thread.
let open: { file: string; sqlite: Sqlite.Database } | null = null;

function connection(request: CheckpointRequest): Sqlite.Database {
  if (open?.file !== request.file) {
    open?.sqlite.close();
    open = { file: request.file, sqlite: new Sqlite(request.file, { fileMustExist: true, timeout: 1000, ...(request.nativeBinding ? { nativeBinding: request.nativeBinding } : {}) }) };
  }
  return open.sqlite;
}

serveWorker<CheckpointRequest, CheckpointResult>((request) => {
  if (request.close) {
    open?.sqlite.close();
    open = null;
    return { busy: 0, log: 0, checkpointed: 0 };
  }
  // PASSIVE: copies what no reader still needs and never waits on the main connection's writes.
  const [row] = connection(request).pragma('wal_checkpoint(PASSIVE)') as Array<{ busy: number; log: number; checkpointed: number }>;
  return row ?? { busy: 0, log: 0, checkpointed: 0 };
});
