import { serveWorker } from '../serve';
import type { EchoMessage } from './echo-worker';

// A worker whose start-up takes longer than the pool's time limit in its test (a cold disk, a
// busy machine): the limit must count from when it is ready, not from when it was spawned.
const until = Date.now() + 600;
while (Date.now() < until);

serveWorker((message: EchoMessage) => (message.op === 'echo' ? message.value : null));
