import { describe, expect, test } from 'vitest';
import { idleRowsToPreload, ImagePreloader, rowsToPreload } from './image-preloader';

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
    const preloader = new ImagePreloader(loads.load, { parallel: 2 });
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
    const preloader = new ImagePreloader(loads.load, { parallel: 4 });
    preloader.want(['broken', 'fine']);
    await loads.settle('broken', false);
    await loads.settle('fine');
    expect(preloader.isReady('broken')).toBe(false);
    preloader.want(['broken', 'fine']);
    expect(loads.started).toEqual(['broken', 'fine']);
  });

  test('remembers the newest `keep` images and forgets the oldest', async () => {
    const loads = heldLoads();
    const preloader = new ImagePreloader(loads.load, { parallel: 1, keep: 2 });
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

/** Idle time in the test's hand: scheduled work runs when `idle()` is called. */
function heldIdle() {
  let waiting: Array<() => void> = [];
  return {
    whenIdle: (work: () => void) => void waiting.push(work),
    idle: () => {
      const now = waiting;
      waiting = [];
      for (const work of now) work();
      return now.length;
    },
  };
}

describe('image preloader when idle', () => {
  test('idle wishes load only in idle time, after what is wanted sooner, a few at a time', async () => {
    const loads = heldLoads();
    const time = heldIdle();
    const preloader = new ImagePreloader(loads.load, { parallel: 2, whenIdle: time.whenIdle });
    let asked = 0;
    preloader.wantWhenIdle(() => {
      asked++;
      return ['far1', 'far2', 'far3'];
    });
    preloader.want(['near']);
    expect(loads.started).toEqual(['near']);
    // Idle, but something sooner is still waiting to start: nothing else starts.
    preloader.want(['near', 'near2', 'near3']);
    time.idle();
    expect(loads.started).toEqual(['near', 'near2']);
    expect(asked).toBe(0);

    await loads.settle('near');
    expect(loads.started).toEqual(['near', 'near2', 'near3']);
    await loads.settle('near2');
    // A slot is free and the sooner queue is empty, but the page has not been idle yet.
    expect(loads.started).toEqual(['near', 'near2', 'near3']);
    time.idle();
    expect(asked).toBe(1);
    expect(loads.started).toEqual(['near', 'near2', 'near3', 'far1']);
    await loads.settle('near3');
    time.idle();
    expect(loads.started).toEqual(['near', 'near2', 'near3', 'far1', 'far2']);
    await loads.settle('far1');
    await loads.settle('far2');
    time.idle();
    await loads.settle('far3');
    expect(['far1', 'far2', 'far3'].every(preloader.isReady)).toBe(true);
    // The wish is done: idle time asks nothing more.
    expect(time.idle()).toBe(0);
    expect(asked).toBe(1);
  });

  test('a new idle wish replaces the old one; images ready or running are not asked for again', async () => {
    const loads = heldLoads();
    const time = heldIdle();
    const preloader = new ImagePreloader(loads.load, { parallel: 1, whenIdle: time.whenIdle });
    preloader.wantWhenIdle(() => ['a', 'b', 'c']);
    time.idle();
    expect(loads.started).toEqual(['a']);
    preloader.wantWhenIdle(() => ['a', 'x', 'b']);
    await loads.settle('a');
    time.idle();
    await loads.settle('x');
    time.idle();
    await loads.settle('b');
    time.idle();
    expect(loads.started).toEqual(['a', 'x', 'b']);
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

  test('when idle: about the given number of images around the view, three quarters in the direction of scrolling', () => {
    // 40 images in rows of 7: six rows, five ahead and one behind.
    expect(idleRowsToPreload(10, 15, 100, 7, false, 40)).toEqual([16, 17, 18, 19, 20, 9]);
    expect(idleRowsToPreload(10, 15, 100, 7, true, 40)).toEqual([9, 8, 7, 6, 5, 16]);
    // Bounded whatever the library's size: a 10,000-series grid loads no more than a small one.
    expect(idleRowsToPreload(0, 5, 2000, 7, false).length * 7).toBeLessThan(500);
    expect(idleRowsToPreload(0, 5, 8, 7, false)).toEqual([6, 7]);
  });
});

describe('watching an image', () => {
  test('tells those watching once it loads or fails, at once if it has; a listener that stopped hears nothing', async () => {
    const loads = heldLoads();
    const preloader = new ImagePreloader(loads.load, { parallel: 4 });
    const heard: string[] = [];
    preloader.watch('a', (ok) => heard.push(`a:${ok}`));
    preloader.watch('b', (ok) => heard.push(`b:${ok}`));
    const stop = preloader.watch('a', (ok) => heard.push(`a2:${ok}`));
    // Watching does not load: the image is loaded once wanted.
    expect(loads.started).toEqual([]);
    preloader.want(['a', 'b']);
    stop();
    await loads.settle('a');
    await loads.settle('b', false);
    expect(heard).toEqual(['a:true', 'b:false']);
    preloader.watch('a', (ok) => heard.push(`late a:${ok}`));
    preloader.watch('b', (ok) => heard.push(`late b:${ok}`));
    expect(heard.slice(2)).toEqual(['late a:true', 'late b:false']);
  });
});
