import { expect, test } from 'vitest';
import { chunks } from './chunks';

test('splits into batches of at most the size, keeping order; an empty list gives none', () => {
  const paths = Array.from({ length: 2500 }, (_, i) => `/a/${i}`);
  expect(chunks(paths.slice(0, 1000), 1000)).toHaveLength(1);
  expect(chunks(paths, 1000).map((b) => b.length)).toEqual([1000, 1000, 500]);
  expect(chunks(paths, 1000).flat()).toEqual(paths);
  expect(chunks([], 500)).toEqual([]);
});
