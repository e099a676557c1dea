import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';
import { onTestFinished } from 'vitest';
import { tempDir } from '../testing/temp';
import { HANG_MS } from '../testing/wait';
import { createWorkerPool } from './pool';
import type { WorkerPoolOptions } from './pool';
import type { EchoMessage } from './testing/echo-worker';
import { lowerThreadPriority, WORKER_THREAD_NICENESS } from './thread-priority';

const TS_ENTRY = new URL('./testing/echo-worker.ts', import.meta.url);
const BUILT_ENTRY = new URL('./testing/echo-worker.mjs', import.meta.url);
const SLOW_START_ENTRY = new URL('./testing/slow-start-worker.ts', import.meta.url);
const REPO = path.resolve(fileURLToPath(new URL('../../..', import.meta.url)));

function pool(options: Partial<WorkerPoolOptions> = {}) {
  const p = createWorkerPool<EchoMessage, unknown>({ entry: TS_ENTRY, size: 1, name: 'test', ...options });
  onTestFinished(() => p.close());
  return p;
}

describe('createWorkerPool', () => {
  test('runs a TypeScript entry under Vitest through the tsx bootstrap', async () => {
    await expect(pool().run({ op: 'echo', value: { a: [1, 'ü', null] } })).resolves.toEqual({ a: [1, 'ü', null] });
  });

  test.runIf(process.platform === 'linux')('a worker thread runs below the main thread, which keeps its priority', async () => {
    const main = os.getPriority(0);
    const worker = await pool().run({ op: 'niceness' });
    expect(worker).toBe(Math.min(19, main + WORKER_THREAD_NICENESS));
    expect(os.getPriority(0)).toBe(main);
  });

  test('elsewhere than Linux the priority is left alone (there it would lower the whole app)', () => {
    const main = os.getPriority(0);
    expect(lowerThreadPriority('win32')).toBe(false);
    expect(lowerThreadPriority('darwin')).toBe(false);
    expect(os.getPriority(0)).toBe(main);
  });

  test('starts a built .mjs entry directly', async () => {
    const p = createWorkerPool<string, unknown>({ entry: BUILT_ENTRY, size: 1 });
    onTestFinished(() => p.close());
    await expect(p.run('hi')).resolves.toEqual({ echoed: 'hi', built: true });
  });

  test('runs TypeScript entries under `node bin/run-ts.js` too', async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['bin/run-ts.js', 'main/core/workers/testing/run-echo.ts'],
      { cwd: REPO, timeout: HANG_MS },
    );
    expect(JSON.parse(stdout)).toEqual({ hello: 'from a worker' });
  });

  test('never runs more workers than its size, and spreads work across them', async () => {
    const p = pool({ size: 2 });
    const ids = await Promise.all(Array.from({ length: 8 }, () => p.run({ op: 'thread' })));
    expect(new Set(ids).size).toBeLessThanOrEqual(2);
    // Two jobs that each wait until both have started can only finish if they run side by side.
    const meeting = new Int32Array(new SharedArrayBuffer(4));
    const [a, b] = await Promise.all([p.run({ op: 'rendezvous', peers: 2, meeting }), p.run({ op: 'rendezvous', peers: 2, meeting })]);
    expect([a, b].every((id) => typeof id === 'number')).toBe(true);
    expect(a).not.toBe(b);
  });

  test('a handler error rejects that call only; the worker keeps serving', async () => {
    const p = pool();
    const before = await p.run({ op: 'thread' });
    await expect(p.run({ op: 'throw', code: 'SOME_CODE' })).rejects.toMatchObject({
      name: 'AnishelfError',
      code: 'SOME_CODE',
      message: 'The worker refused this message.',
    });
    await expect(p.run({ op: 'throw' })).rejects.toMatchObject({ name: 'TypeError' });
    expect(await p.run({ op: 'thread' })).toBe(before);
  });

  test('a crash rejects the pending call with a clear error and the worker is replaced', async () => {
    const p = pool();
    const before = await p.run({ op: 'thread' });
    const err = await p.run({ op: 'crash' }).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'WORKER_CRASHED', kind: 'internal' });
    expect((err as Error).message).toContain('worker blew up');
    const after = await p.run({ op: 'thread' });
    expect(after).not.toBe(before);
  });

  test('a worker that exits mid-call fails that call with its exit code', async () => {
    const p = pool();
    await expect(p.run({ op: 'exit', code: 3 })).rejects.toMatchObject({
      code: 'WORKER_CRASHED',
      message: expect.stringContaining('exit code 3'),
    });
    await expect(p.run({ op: 'echo', value: 1 })).resolves.toBe(1);
  });

  test('a job over the time limit is stopped; the next job gets a fresh worker', async () => {
    const p = pool({ timeoutMs: 200 });
    const first = await p.run({ op: 'thread' });
    await expect(p.run({ op: 'spin', ms: 60_000 })).rejects.toMatchObject({ code: 'WORKER_TIMEOUT' });
    // The fresh worker's start-up (seconds on a busy machine) does not count against the limit.
    const second = await p.run({ op: 'thread' });
    expect(second).not.toBe(first);
    await expect(p.run({ op: 'echo', value: 'again' })).resolves.toBe('again');
  });

  test('a worker stuck in a system call past the time limit fails its job at once; a fresh worker goes on', async () => {
    const fifo = path.join(tempDir(), 'never-written');
    await promisify(execFile)('mkfifo', [fifo]);
    const p = pool({ timeoutMs: 200 });
    const first = await p.run({ op: 'thread' });
    // The thread cannot stop while it waits in the kernel; the job fails anyway, and the next
    // job runs on a fresh worker while that thread is still stuck.
    await expect(p.run({ op: 'block', fifo })).rejects.toMatchObject({ code: 'WORKER_TIMEOUT' });
    const second = await p.run({ op: 'thread' });
    expect(second).not.toBe(first);
    // A writer lets the stuck thread return and end.
    fs.closeSync(fs.openSync(fifo, 'w'));
    await expect(p.run({ op: 'echo', value: 'again' })).resolves.toBe('again');
  });

  test('with a job waiting behind the running one, a timeout fails only the running job', async () => {
    const p = pool({ timeoutMs: 200, depth: 2 });
    const first = await p.run({ op: 'thread' });
    const [hung, behind] = await Promise.allSettled([p.run({ op: 'spin', ms: 60_000 }), p.run({ op: 'thread' })]);
    expect(hung).toMatchObject({ status: 'rejected', reason: { code: 'WORKER_TIMEOUT' } });
    // The waiting job never started in the stopped worker: a fresh worker ran it.
    expect(behind.status).toBe('fulfilled');
    expect((behind as PromiseFulfilledResult<unknown>).value).not.toBe(first);
  });

  test('with depth, answers come back to their own calls', async () => {
    const p = pool({ depth: 2 });
    const values = await Promise.all(Array.from({ length: 20 }, (_, i) => p.run({ op: 'echo', value: i })));
    expect(values).toEqual(Array.from({ length: 20 }, (_, i) => i));
    const failed = await Promise.allSettled([p.run({ op: 'exit', code: 4 }), p.run({ op: 'echo', value: 'next' })]);
    expect(failed).toEqual([
      { status: 'rejected', reason: expect.objectContaining({ code: 'WORKER_CRASHED', message: expect.stringContaining('exit code 4') }) },
      { status: 'fulfilled', value: 'next' },
    ]);
  });

  test('a worker that starts slower than the time limit still runs its job', async () => {
    const p = pool({ timeoutMs: 200, entry: SLOW_START_ENTRY });
    await expect(p.run({ op: 'echo', value: 'after a slow start' })).resolves.toBe('after a slow start');
  });

  test('a worker over its memory cap fails its job and is replaced', async () => {
    const p = pool({ maxMemoryMb: 48 });
    await expect(p.run({ op: 'hog' })).rejects.toMatchObject({ code: 'WORKER_CRASHED' });
    await expect(p.run({ op: 'echo', value: 'ok' })).resolves.toBe('ok');
  });

  test('an aborted call leaves the queue without running', async () => {
    const p = pool();
    const running = p.run({ op: 'spin', ms: 200 });
    const controller = new AbortController();
    const queued = p.run({ op: 'echo', value: 'never' }, { signal: controller.signal });
    controller.abort(new Error('cancelled by the user'));
    await expect(queued).rejects.toThrow('cancelled by the user');
    await expect(running).resolves.toBe('done');
  });

  test('close rejects running and queued calls, and later calls', async () => {
    const p = pool();
    const calls = Promise.allSettled([p.run({ op: 'spin', ms: 2_000 }), p.run({ op: 'echo', value: 1 })]);
    await p.close();
    const closed = { status: 'rejected', reason: expect.objectContaining({ code: 'WORKER_POOL_CLOSED' }) };
    expect(await calls).toEqual([closed, closed]);
    await expect(p.run({ op: 'echo', value: 2 })).rejects.toMatchObject({ code: 'WORKER_POOL_CLOSED' });
  });
});
