import { createWorkerPool } from '../pool';
import type { EchoMessage } from './echo-worker';

// Run as `node bin/run-ts.js main/core/workers/testing/run-echo.ts`: proves the TypeScript
// bootstrap works outside Vitest, with the same loader the CLI uses.
const pool = createWorkerPool<EchoMessage, unknown>({ entry: new URL('./echo-worker.ts', import.meta.url), size: 1 });
const value = await pool.run({ op: 'echo', value: { hello: 'from a worker' } });
await pool.close();
process.stdout.write(`${JSON.stringify(value)}\n`);
