import { expect, test } from 'vitest';
import { artworkUrl, posterSheetUrl } from './media-url';

test('an artwork URL carries the file version when there is one, in both shells', () => {
  expect(artworkUrl(12, 'poster', false)).toBe('/media/series/12/poster');
  expect(artworkUrl(12, 'logo', false, '1a2-lq3')).toBe('/media/series/12/logo?v=1a2-lq3');
  expect(artworkUrl(12, 'fanart', true, 'x y')).toBe('anishelf-media://series/12/fanart?v=x%20y');
});

test('a poster sheet URL names the thumbnail size and the row’s posters in order, in both shells', () => {
  expect(posterSheetUrl('poster-thumb-small', ['4.4a-b', '7'], false)).toBe('/media/poster-sheet?kind=poster-thumb-small&s=4.4a-b,7');
  expect(posterSheetUrl('poster-thumb', ['4.4a-b'], true)).toBe('anishelf-media://poster-sheet/?kind=poster-thumb&s=4.4a-b');
});
