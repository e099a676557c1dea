import { describe, expect, test } from 'vitest';
import { classifyDrop, inBatches } from './drop';

describe('drop', () => {
  test('folders are added once, files and path-less items are refused', () => {
    expect(
      classifyDrop([
        { name: 'Frieren', isDirectory: true, path: '/anime/Frieren' },
        { name: 'ep01.mkv', isDirectory: false, path: '/anime/ep01.mkv' },
        { name: 'Frieren', isDirectory: true, path: '/anime/Frieren' },
        { name: 'made-in-script.txt', isDirectory: null, path: '' },
        { name: 'Bebop', isDirectory: null, path: '/anime/Bebop' },
      ]),
    ).toEqual({ folders: ['/anime/Frieren', '/anime/Bebop'], files: ['ep01.mkv'], withoutPath: ['made-in-script.txt'] });
  });

  test('1,000 folders fit one call; more are split', () => {
    const paths = Array.from({ length: 2500 }, (_, i) => `/a/${i}`);
    expect(inBatches(paths.slice(0, 1000))).toHaveLength(1);
    expect(inBatches(paths).map((b) => b.length)).toEqual([1000, 1000, 500]);
  });
});
