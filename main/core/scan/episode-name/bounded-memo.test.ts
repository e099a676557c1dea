import { expect, test } from 'vitest';
import { BoundedMemo } from './bounded-memo';

test('returns what was stored under each key, and undefined for a key never stored', () => {
  const memo = new BoundedMemo<number | null>(10_000);
  for (let i = 0; i < 3_000; i++) memo.set(`word${i}`, i % 7 === 0 ? null : i);
  for (let i = 0; i < 3_000; i++) expect(memo.get(`word${i}`)).toBe(i % 7 === 0 ? null : i);
  expect(memo.get('word3000')).toBeUndefined();
  expect(memo.get('')).toBeUndefined();
  memo.set('', 5);
  expect(memo.get('')).toBe(5);
});

test('keys that differ only in case, order or length stay apart', () => {
  const memo = new BoundedMemo<string>(100);
  const keys = ['ab', 'ba', 'AB', 'a', 'abc', 'ａｂ', 'a b'];
  for (const k of keys) memo.set(k, `v:${k}`);
  for (const k of keys) expect(memo.get(k)).toBe(`v:${k}`);
});

test('setting a key again replaces its value without counting twice', () => {
  const memo = new BoundedMemo<number>(3);
  memo.set('a', 1);
  memo.set('a', 2);
  memo.set('b', 3);
  expect(memo.get('a')).toBe(2);
  memo.set('c', 4);
  expect([memo.get('a'), memo.get('b'), memo.get('c')]).toEqual([2, 3, 4]);
});

test('forgets everything once it holds `limit` entries, then fills again', () => {
  const memo = new BoundedMemo<number>(4);
  for (const [i, k] of ['a', 'b', 'c', 'd'].entries()) memo.set(k, i);
  expect(memo.get('d')).toBe(3);
  memo.set('e', 4);
  expect([memo.get('a'), memo.get('d'), memo.get('e')]).toEqual([undefined, undefined, 4]);
});
