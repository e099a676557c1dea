import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, onTestFinished, test } from 'vitest';
import { runAnishelf } from '../core/testing/anishelf-child';
import { libraryDir, tempDir, writeTree } from '../core/testing/temp';
import { seriesFiles } from '../core/testing/core';
import { waitFor } from '../core/testing/wait';
import { acquireLoaderLock, anotherAnishelf, HOLDER_FILENAME, isLock, LOCK_FILENAME } from '../core/loader/lock';

const here = path.dirname(fileURLToPath(import.meta.url));
const runTs = path.resolve(here, '../../bin/run-ts.js');

function track(child: ChildProcess): ChildProcess {
  onTestFinished(() => void child.kill('SIGKILL'));
  return child;
}

/** A live process that is not Anishelf, like the one a container restart gives a reused pid. */
function unrelatedLiveProcess(): number {
  const sleeper = track(spawn('sleep', ['600'], { stdio: 'ignore' }));
  return sleeper.pid!;
}

function writeOldStyleLock(dataDir: string, pid: number): void {
  const holder = JSON.stringify({ pid, host: os.hostname(), since: new Date().toISOString() });
  fs.writeFileSync(path.join(dataDir, LOCK_FILENAME), holder); // what earlier versions wrote
  fs.writeFileSync(path.join(dataDir, 'loader.lock.holder'), holder);
}

test('a lock file naming a live process that is not Anishelf does not hold the loader (RELIABILITY 12)', () => {
  const dataDir = tempDir('anishelf-data-');
  const pid = unrelatedLiveProcess();
  expect(() => process.kill(pid, 0)).not.toThrow();
  writeOldStyleLock(dataDir, pid);
  const lock = acquireLoaderLock(dataDir);
  expect(isLock(lock)).toBe(true);
  if (isLock(lock)) lock.release();
});

test('anishelf load finishes the queue although the lock file names a live unrelated pid', async () => {
  const lib = libraryDir();
  const dataDir = tempDir('anishelf-data-');
  writeTree(lib, seriesFiles({ 'Show A': 2, 'Show B': 2 }));
  expect((await runAnishelf(['add', lib, '--data-dir', dataDir])).code).toBe(0);
  writeOldStyleLock(dataDir, unrelatedLiveProcess());
  const load = await runAnishelf(['load', '--data-dir', dataDir]);
  expect(load.stderr).toBe('');
  expect(load.stdout).toMatch(/^Done: 2 completed, 0 failed/m);
}, 600_000);

test('a lock held by a live process is refused with its pid; once that process is SIGKILLed the lock is free', async () => {
  const dataDir = tempDir('anishelf-data-');
  const holder = track(spawn(process.execPath, [runTs, path.join(here, '../core/loader/testing/hold-lock.ts'), dataDir], { stdio: ['ignore', 'pipe', 'inherit'] }));
  let out = '';
  holder.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  await waitFor(() => out.includes('held'), { what: 'the child to take the lock' });

  const refused = acquireLoaderLock(dataDir, { waitMs: 0 });
  expect(isLock(refused)).toBe(false);
  expect(refused).toMatchObject({ pid: holder.pid, host: os.hostname() });

  holder.kill('SIGKILL');
  await new Promise((resolve) => holder.once('exit', resolve));
  // The holder file still names the dead process; only the OS lock counts.
  const taken = acquireLoaderLock(dataDir, { waitMs: 0 });
  expect(isLock(taken)).toBe(true);
  if (isLock(taken)) taken.release();
}, 600_000);

test('two loaders in one process: the second is refused until the first releases', () => {
  const dataDir = tempDir('anishelf-data-');
  const first = acquireLoaderLock(dataDir);
  expect(isLock(first)).toBe(true);
  expect(acquireLoaderLock(dataDir, { waitMs: 0 })).toMatchObject({ pid: process.pid });
  if (isLock(first)) first.release();
  const second = acquireLoaderLock(dataDir, { waitMs: 0 });
  expect(isLock(second)).toBe(true);
  if (isLock(second)) second.release();
});

test('the holder names itself in a file written whole; a refused process tells its pid and host', () => {
  const dataDir = tempDir('anishelf-data-');
  const lock = acquireLoaderLock(dataDir);
  expect(isLock(lock)).toBe(true);
  // No temp file left beside it: the holder file is renamed into place.
  expect(fs.readdirSync(dataDir).filter((name) => name.startsWith(HOLDER_FILENAME))).toEqual([HOLDER_FILENAME]);
  const refused = acquireLoaderLock(dataDir, { waitMs: 0 });
  expect(refused).toMatchObject({ pid: process.pid, host: os.hostname() });
  expect(isLock(refused) ? '' : anotherAnishelf(refused)).toBe(`Another Anishelf (process ${process.pid} on ${os.hostname()})`);
  if (isLock(lock)) lock.release();
});

test('a holder not named yet is refused without a made-up process in the message', () => {
  const dataDir = tempDir('anishelf-data-');
  const lock = acquireLoaderLock(dataDir);
  // The moment between taking the lock and naming the holder, held still: no holder file.
  fs.rmSync(path.join(dataDir, HOLDER_FILENAME));
  const refused = acquireLoaderLock(dataDir, { waitMs: 0 });
  expect(isLock(refused)).toBe(false);
  expect(isLock(refused) ? '' : anotherAnishelf(refused)).toBe('Another Anishelf');
  if (isLock(lock)) lock.release();
});
