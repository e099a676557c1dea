import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { startChild, tsCommand } from '../testing/child-run';
import { tempDir } from '../testing/temp';

const here = path.dirname(fileURLToPath(import.meta.url));

// In a process of its own, where nothing but the queues can keep it running: stopped while their
// loops were still looking for work, they used to go to sleep on a timer that does not hold the
// process, and the process ended with `stop` unsettled (exit code 13) before it could close.
test('network queues stopped while looking for work let a process close and exit by itself', async () => {
  const [node, ...args] = tsCommand(path.join(here, 'testing/queue-stop-child.ts'), [tempDir('anishelf-data-')]);
  const run = await startChild(node, args).output;
  expect({ code: run.code, stdout: run.stdout, stderr: run.stderr.slice(-2000) }).toEqual({ code: 0, stdout: 'closed\n', stderr: '' });
});
