import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { tempDir } from '../testing/temp';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../../..');

// In a process of its own, where nothing but the queues can keep it running: stopped while their
// loops were still looking for work, they used to go to sleep on a timer that does not hold the
// process, and the process ended with `stop` unsettled (exit code 13) before it could close.
test('network queues stopped while looking for work let a process close and exit by itself', async () => {
  const child = spawn(process.execPath, [path.join(repo, 'bin/run-ts.js'), path.join(here, 'testing/queue-stop-child.ts'), tempDir('anishelf-data-')], {
    cwd: repo,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  expect({ code, out, err: err.slice(-2000) }).toEqual({ code: 0, out: 'closed\n', err: '' });
});
