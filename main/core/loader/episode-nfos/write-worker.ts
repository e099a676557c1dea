import { serveWorker } from '../../workers/serve';
import { writeEpisodeNfoJobs, type EpisodeNfoJob, type EpisodeNfoOutcome } from './write-job';

// Worker-thread entry: episode NFOs are built and written here, so the main thread only records
// what was written (one transaction per series) and stays free for the window.
serveWorker<EpisodeNfoJob[], EpisodeNfoOutcome[]>((jobs) => writeEpisodeNfoJobs(jobs));
