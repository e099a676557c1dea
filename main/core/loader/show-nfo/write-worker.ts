import { serveWorker } from '../../workers/serve';
import { writeShowNfoJob, type ShowNfoJob, type ShowNfoOutcome } from './write-job';

// Worker-thread entry: the import's minimal tvshow.nfo writes (a merge, a guarded atomic write and
// the folder's flush, each a dozen file-system calls) stay off the main thread.
serveWorker<ShowNfoJob, ShowNfoOutcome | null>((job) => writeShowNfoJob(job));
