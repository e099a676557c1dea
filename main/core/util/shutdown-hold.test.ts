import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { runTsFile } from '../testing/child-run';
import { waitFor } from '../testing/wait';
import { holdForShutdown } from './shutdown-hold';

// In processes of their own, where nothing else holds the event loop.
test('a shutdown step that waits on an unref\'d timer finishes while the hold is on, and Node ends the process at exit 13 without it', async () => {
  const child = path.join(path.dirname(fileURLToPath(import.meta.url)), 'testing/shutdown-child.ts');
  const run = (mode: string) => runTsFile(child, [mode]);
  expect(await run('hold')).toEqual({ code: 0, stdout: 'closed\n' });
  expect(await run('none')).toEqual({ code: 13, stdout: '' });
});

test('a slow step is named in the log until the hold is released', async () => {
  const lines: string[] = [];
  const hold = holdForShutdown({ log: (m) => lines.push(m), reportEveryMs: 20 });
  hold.step('the loader');
  await waitFor(() => lines.length >= 2 || undefined, { what: 'two reports' });
  hold.release();
  expect(lines[0]).toMatch(/^shutting down: still waiting for the loader after \d+ s$/);
  const count = lines.length;
  await new Promise((resolve) => setTimeout(resolve, 100));
  expect(lines).toHaveLength(count);
});
