import { describe, expect, test } from 'vitest';
import { BytesLru } from './bytes-lru';

const entry = (bytes: number) => ({ bytes: Buffer.alloc(bytes) });

describe('BytesLru', () => {
  test('drops the least recently used past its byte bound; a hit counts as a use, a replaced entry its new size', () => {
    const lru = new BytesLru<{ bytes: Buffer }>(100);
    const a = entry(40);
    lru.set('a', a);
    lru.set('b', entry(40));
    expect(lru.get('a')).toBe(a);
    // 120 bytes: b, used least recently, goes.
    lru.set('c', entry(40));
    expect([lru.get('a') !== undefined, lru.get('b') !== undefined, lru.get('c') !== undefined]).toEqual([true, false, true]);
    // a replaced by a smaller entry: 10 + 40 + 50 = 100 fits.
    lru.set('a', entry(10));
    lru.set('d', entry(50));
    expect(['a', 'c', 'd'].map((k) => lru.get(k)?.bytes.length)).toEqual([10, 40, 50]);
    // One larger than the whole bound is not kept, and nothing is dropped for it.
    lru.set('huge', entry(101));
    expect(lru.get('huge')).toBeUndefined();
    expect(['a', 'c', 'd'].map((k) => lru.get(k)?.bytes.length)).toEqual([10, 40, 50]);
  });
});
