import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { CLOSED_PIPE_EXIT_CODE } from './output-errors';

// The real `anishelf` process, its output going where a shell would send it.

const bin = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../bin/anishelf.js');
// Enough rows that the table outlasts the pipe's buffer once the reader is gone.
const NAMES = Array.from({ length: 20_000 }, (_, i) => `[Group] Show - ${i + 1} [1080p].mkv`).join('\n');

function parseNames(stdout: 'pipe' | number) {
  const child = spawn(process.execPath, [bin, 'parse'], { stdio: ['pipe', stdout, 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  child.stdin!.on('error', () => undefined); // a command that ended early reads no more
  child.stdin!.end(NAMES);
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  return { child, exited, stderr: () => stderr };
}

test('`anishelf parse | head -1`: the reader closes the pipe, the command ends quietly as SIGPIPE would end it', async () => {
  const run = parseNames('pipe');
  // Like head: read the first line, then close the pipe.
  await Promise.race([new Promise<void>((resolve) => run.child.stdout!.once('data', () => resolve())), run.exited]);
  run.child.stdout!.destroy();
  expect(await run.exited).toBe(CLOSED_PIPE_EXIT_CODE);
  expect(run.stderr()).toBe('');
});

test('output that cannot be written (a full disk) ends the command with one line, no stack trace', async () => {
  const full = fs.openSync('/dev/full', 'w');
  const run = parseNames(full);
  fs.closeSync(full);
  expect(await run.exited).toBe(1);
  expect(run.stderr()).toBe('anishelf: cannot write the output (ENOSPC).\n');
});
