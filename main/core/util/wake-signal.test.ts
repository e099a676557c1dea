import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { runTsFile } from '../testing/child-run';
import { WakeSignal } from './wake-signal';

const LONG_MS = 10 * 60_000;

test('wakeOne ends one sleep and leaves the others asleep; wake ends them all', async () => {
  const wakes = new WakeSignal();
  const ended: string[] = [];
  const a = wakes.sleep(LONG_MS).then(() => ended.push('a'));
  const b = wakes.sleep(LONG_MS).then(() => ended.push('b'));
  const c = wakes.sleep(LONG_MS).then(() => ended.push('c'));
  wakes.wakeOne();
  await a;
  // Let any other resolved sleep run its continuation before looking.
  await new Promise((resolve) => setImmediate(resolve));
  expect(ended).toEqual(['a']);
  wakes.wake();
  await Promise.all([b, c]);
  expect(ended.sort()).toEqual(['a', 'b', 'c']);
});

test('wakeOne with nobody asleep is a no-op; whenIdle resolves at the next idle', async () => {
  const wakes = new WakeSignal();
  wakes.wakeOne();
  let idle = false;
  const waiting = wakes.whenIdle().then(() => (idle = true));
  await new Promise((resolve) => setImmediate(resolve));
  expect(idle).toBe(false);
  wakes.idle();
  await waiting;
  expect(idle).toBe(true);
});

test('a look begun before whenIdle does not end the wait: it may have read the tables before the awaited work was written', async () => {
  const wakes = new WakeSignal();
  const staleLook = wakes.look();
  let idle = false;
  const waiting = wakes.whenIdle().then(() => (idle = true));
  // The stale look finds nothing: the caller still waits, and the loop is told to look again.
  expect(wakes.idle(staleLook)).toBe(true);
  await new Promise((resolve) => setImmediate(resolve));
  expect(idle).toBe(false);
  const freshLook = wakes.look();
  expect(wakes.idle(freshLook)).toBe(false);
  await waiting;
  expect(idle).toBe(true);
});

test('closed, every sleep returns at once, the one about to start included; opened again, sleeps last', async () => {
  const wakes = new WakeSignal();
  const asleep = wakes.sleep(LONG_MS);
  wakes.setClosed(true);
  await asleep;
  // A loop that was looking for work when its queue stopped: its sleep must not outlive the stop.
  await wakes.sleep(LONG_MS);
  wakes.setClosed(false);
  let ended = false;
  const again = wakes.sleep(LONG_MS).then(() => (ended = true));
  await new Promise((resolve) => setImmediate(resolve));
  expect(ended).toBe(false);
  wakes.wake();
  await again;
  expect(ended).toBe(true);
});

// In processes of their own, where nothing else holds the event loop: the loader's sleep keeps
// its process running until it wakes; a background queue's sleep does not.
test('a sleep keeps its process up only when asked to', async () => {
  const child = path.join(path.dirname(fileURLToPath(import.meta.url)), 'testing/sleep-child.ts');
  const run = (mode: string) => runTsFile(child, [mode]);
  expect(await run('keep')).toEqual({ code: 0, stdout: 'woke\n' });
  // Top-level await left unsettled: Node ends the process with exit code 13, before the print.
  expect(await run('unref')).toEqual({ code: 13, stdout: '' });
});
