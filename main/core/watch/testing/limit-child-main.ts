// Child process of limit-child.ts: watch a library under a lowered inotify limit and report.
import { openCore } from '../../app';
import { waitFor } from '../../testing/wait';
import { countInotifyWatches } from '../inotify-watches';

const [dataDir, lib] = process.argv.slice(2) as [string, string];
// The core's log goes to stderr, which the test shows when the child fails (a slow close names its step).
const core = await openCore({ dataDir, watch: { quietMs: 100, stabilityMs: 50 }, log: (m) => process.stderr.write(`${m}\n`) });
await core.addFolders([lib]);
await core.startLoader();
await core.roots.start();
const root = await waitFor(async () => (await core.listRoots()).find((r) => r.problem), { what: 'the watch-limit fallback' });
process.stdout.write(`${JSON.stringify({ state: root.state, problem: root.problem?.code ?? null, watches: countInotifyWatches() })}\n`);
await core.close();
