import { describe, expect, test } from 'vitest';
import { ImagePreloader, rowsToPreload } from './image-preloader';

/** The page's image loading, held in the test's hand: each load resolves or fails when told. */
function heldLoads() {
  const started: string[] = [];
  const pending = new Map<string, { resolve: () => void; reject: () => void }>();
  const load = (url: string) =>
    new Promise<unknown>((resolve, reject) => {
      started.push(url);
      pending.set(url, { resolve: () => resolve({ url }), reject: () => reject(new Error('404')) });
    });
  const settle = async (url: string, ok = true) => {
    const p = pending.get(url)!;
    pending.delete(url);
    if (ok) p.resolve();
    else p.reject();
    // The preloader's own continuations run on the microtask queue.
    for (let i = 0; i < 5; i++) await Promise.resolve();
  };
  return { started, pending, load, settle };
}

describe('image preloader', () => {
  test('loads nearest first, a few at a time; a new wish drops what the view moved away from', async () => {
    const loads = heldLoads();
    const preloader = new ImagePreloader(loads.load, 2);
    preloader.want(['a', 'b', 'c', 'd']);
    expect(loads.started).toEqual(['a', 'b']);
    expect(preloader.isReady('a')).toBe(false);

    await loads.settle('a');
    expect(preloader.isReady('a')).toBe(true);
    expect(loads.started).toEqual(['a', 'b', 'c']);

    // The view moved on: d is no longer wanted, e and f are; b and c keep loading.
    preloader.want(['e', 'f']);
    await loads.settle('b');
    await loads.settle('c');
    expect(loads.started).toEqual(['a', 'b', 'c', 'e', 'f']);
    expect(preloader.isReady('b') && preloader.isReady('c')).toBe(true);

    // Ready and running images are not asked for again.
    preloader.want(['a', 'e', 'g']);
    expect(loads.started).toEqual(['a', 'b', 'c', 'e', 'f']);
    await loads.settle('e');
    expect(loads.started.at(-1)).toBe('g');
  });

  test('an image that fails is not ready and not asked for again', async () => {
    const loads = heldLoads();
    const preloader = new ImagePreloader(loads.load, 4);
    preloader.want(['broken', 'fine']);
    await loads.settle('broken', false);
    await loads.settle('fine');
    expect(preloader.isReady('broken')).toBe(false);
    preloader.want(['broken', 'fine']);
    expect(loads.started).toEqual(['broken', 'fine']);
  });

  test('remembers the newest `keep` images and forgets the oldest', async () => {
    const loads = heldLoads();
    const preloader = new ImagePreloader(loads.load, 1, 2);
    for (const url of ['a', 'b', 'c']) {
      preloader.want([url]);
      await loads.settle(url);
    }
    expect(['a', 'b', 'c'].map(preloader.isReady)).toEqual([false, true, true]);
    // Forgotten, it is loaded again when wanted.
    preloader.want(['a']);
    expect(loads.started).toEqual(['a', 'b', 'c', 'a']);
  });
});

describe('rows to preload', () => {
  test('the rows past the rendered ones in the direction of scrolling first, then a few on the other side', () => {
    expect(rowsToPreload(10, 15, 100, false, 3, 2)).toEqual([16, 17, 18, 9, 8]);
    expect(rowsToPreload(10, 15, 100, true, 3, 2)).toEqual([9, 8, 7, 16, 17]);
  });

  test('stays inside the grid', () => {
    expect(rowsToPreload(0, 4, 6, false, 3, 2)).toEqual([5]);
    expect(rowsToPreload(1, 4, 6, true, 3, 2)).toEqual([0, 5]);
    expect(rowsToPreload(0, -1, 0, false)).toEqual([]);
  });
});
