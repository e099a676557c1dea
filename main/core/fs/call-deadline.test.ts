import { expect, test } from 'vitest';
import { CallDeadline } from './call-deadline';

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

test('a call answering in time gives its answer; one that throws, synchronously or not, gives its error', async () => {
  const deadline = new CallDeadline(60_000);
  expect(await deadline.run(() => 42)).toBe(42);
  expect(await deadline.run(async () => 'late but in time')).toBe('late but in time');
  const refused = Object.assign(new Error('denied'), { code: 'EACCES' });
  await expect(deadline.run(() => { throw refused; })).rejects.toBe(refused);
  await expect(deadline.run(() => Promise.reject(refused))).rejects.toBe(refused);
  expect(deadline.timedOut).toBe(false);
});

test('a hanging call fails with ETIMEDOUT; while it hangs, later calls fail at once without being made; once it answers, calls are made again', async () => {
  const deadline = new CallDeadline(50);
  const hung = deferred<string>();
  await expect(deadline.run(() => hung.promise)).rejects.toMatchObject({ code: 'ETIMEDOUT' });
  expect(deadline.isHanging).toBe(true);
  let made = 0;
  await expect(deadline.run(() => ++made)).rejects.toMatchObject({ code: 'ETIMEDOUT', message: 'an earlier call on this folder still hangs' });
  expect(made).toBe(0);
  hung.resolve('answered at last');
  await hung.promise;
  await Promise.resolve();
  expect(deadline.isHanging).toBe(false);
  expect(await deadline.run(() => ++made)).toBe(1);
  // The folder did time out once: whoever walked it knows the walk is not whole.
  expect(deadline.timedOut).toBe(true);
});
