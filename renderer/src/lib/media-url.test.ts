import { expect, test } from 'vitest';
import { artworkUrl, artworkVersionOf } from './media-url';

test('an artwork URL carries the file version when there is one, in both shells', () => {
  expect(artworkUrl(12, 'poster', false)).toBe('/media/series/12/poster');
  expect(artworkUrl(12, 'poster-thumb-small', false, '1a2-lq3')).toBe('/media/series/12/poster-thumb-small?v=1a2-lq3');
  expect(artworkUrl(12, 'fanart', true, 'x y')).toBe('anishelf-media://series/12/fanart?v=x%20y');
});

test('thumbnails take the poster version; each other kind its own', () => {
  const versions = { poster: 'p1', fanart: 'f1' };
  expect(artworkVersionOf(versions, 'poster-thumb')).toBe('p1');
  expect(artworkVersionOf(versions, 'poster-thumb-small')).toBe('p1');
  expect(artworkVersionOf(versions, 'fanart')).toBe('f1');
  expect(artworkVersionOf(versions, 'logo')).toBeUndefined();
  expect(artworkVersionOf(undefined, 'poster')).toBeUndefined();
});
