// A bundling fixture: starts a worker the way the core does, `new URL('./x.ts', import.meta.url)`.
// bundle.test.ts bundles it and runs the output with plain Node, without tsx.
import { createWorkerPool } from '../../../main/core/workers/pool';
import type { EchoMessage } from '../../../main/core/workers/testing/echo-worker';

const pool = createWorkerPool<EchoMessage, unknown>({ entry: new URL('../../../main/core/workers/testing/echo-worker.ts', import.meta.url), size: 1 });
void pool.run({ op: 'echo', value: { hello: 'from a bundled worker' } }).then(async (value) => {
  await pool.close();
  process.stdout.write(`${JSON.stringify(value)}\n`);
});
