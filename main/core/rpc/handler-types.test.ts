import { expect, test } from 'vitest';
import type { LoaderStatus } from '../../../shared/types';
import { dispatch, type Handlers } from './dispatch';

// Checked by `npm run typecheck`: each @ts-expect-error below must meet an error, or the
// typecheck fails ("unused @ts-expect-error"). So a handler of the wrong shape cannot compile.

const status: LoaderStatus = { workers: 5, running: 0, queued: 0, failed: 0, offline: 0, paused: false, completedSinceStart: 0, active: false };

export const wrongResult: Pick<Handlers, 'loader.status'> = {
  // @ts-expect-error resolves to a series list where the contract says LoaderStatus
  'loader.status': async () => [],
};

export const wrongArgument: Pick<Handlers, 'series.get'> = {
  // @ts-expect-error takes a string id where the contract's schema gives a number
  'series.get': async (args: { id: string }) => ({ id: Number(args.id) }),
};

export const notAPromise: Pick<Handlers, 'loader.pause'> = {
  // @ts-expect-error answers synchronously
  'loader.pause': () => status,
};

// @ts-expect-error a map missing methods of the contract is not a handler map
export const incomplete: Handlers = { 'loader.status': async () => status };

test('a handler of the right shape goes through dispatch, and its result is the reply', async () => {
  const handlers = { 'loader.status': async () => status } as Partial<Handlers> as Handlers;
  expect(await dispatch(handlers, 'loader.status', undefined)).toEqual({ ok: true, value: status });
});
