import { expect, test } from 'vitest';
import { breadcrumb, isFullPath, typedPath } from './folder-path';

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

test('a pasted path loses the quotes "Copy as path" adds; a file: URL dropped into the field is its path', () => {
  expect(typedPath('  "D:\\Anime\\Shows"  ')).toBe('D:\\Anime\\Shows');
  expect(typedPath("'/media/anime'")).toBe('/media/anime');
  expect(typedPath('file:///media/My%20Anime/%E3%83%95%E3%83%AA%E3%83%BC%E3%83%AC%E3%83%B3')).toBe('/media/My Anime/フリーレン');
  expect(typedPath('file:///C:/Anime%20Shows')).toBe('C:\\Anime Shows');
  // Left as typed, for isFullPath to refuse with the text the user sees.
  expect(typedPath('file://nas/share/anime')).toBe('file://nas/share/anime');
  expect(typedPath('file:///media/%E3%83')).toBe('file:///media/%E3%83');
  expect(typedPath('"/media/anime')).toBe('"/media/anime');
  expect(typedPath('/media/"quoted" name')).toBe('/media/"quoted" name');
});
