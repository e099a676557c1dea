import { expect, test } from 'vitest';
import { breadcrumb, isFullPath } from './folder-path';

test('a path becomes a breadcrumb from the root, each crumb leading to its folder', () => {
  expect(breadcrumb('/media/anime')).toEqual([
    { name: '/', path: '/' },
    { name: 'media', path: '/media' },
    { name: 'anime', path: '/media/anime' },
  ]);
  expect(breadcrumb('/')).toEqual([{ name: '/', path: '/' }]);
  expect(breadcrumb('C:\\Users\\ann').map((c) => c.path)).toEqual(['C:\\', 'C:\\Users', 'C:\\Users\\ann']);
});

test('full paths are absolute or start from the home folder', () => {
  for (const ok of ['/media/anime', '~', '~/Videos', 'D:\\Anime']) expect(isFullPath(ok), ok).toBe(true);
  for (const bad of ['relative/path', 'anime', '~ann/x', '']) expect(isFullPath(bad), bad).toBe(false);
});
