import { syncFsOps } from '../media/fs-ops';
import { serveWorker } from '../workers/serve';
import { snapshotFolder, type FolderSnapshot, type SnapshotRequest } from './folder-snapshot';

// Worker-thread entry: series folders are walked and parsed here with synchronous calls, off the
// main thread. A hung network read blocks only this thread; the pool's timeout replaces it.
serveWorker<SnapshotRequest, FolderSnapshot>((request) => snapshotFolder(request, syncFsOps));
