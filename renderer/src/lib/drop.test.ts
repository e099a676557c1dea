import { describe, expect, test } from 'vitest';
import { classifyDrop } from './drop';

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
});
