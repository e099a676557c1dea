// Child process of queue-stop.test.ts: starts the core's network queues, stops them at once (each
// loop is still looking for work), closes the core and says so. Nothing else keeps it running.
import { openCore } from '../../app';

const [dataDir] = process.argv.slice(2) as [string];
const core = await openCore({ dataDir, env: { ...process.env, ANISHELF_PROVIDERS: 'off' } });
core.identifyQueue.start();
core.episodeLists.start();
await Promise.all([core.identifyQueue.stop(), core.episodeLists.stop()]);
await core.close();
process.stdout.write('closed\n');
