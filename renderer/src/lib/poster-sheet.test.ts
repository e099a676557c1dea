import { describe, expect, test } from 'vitest';
import type { SeriesSummary } from '../../../shared/types';
import { rowPosterSheet } from './poster-sheet';

const series = (id: number, extra: Partial<SeriesSummary> = {}) => ({ id, hasPoster: true, artworkVersions: { poster: `${id}a-b` }, ...extra }) as SeriesSummary;

describe('rowPosterSheet', () => {
  test('names the row’s posters in order with their versions, and gives each card its cell', () => {
    const sheet = rowPosterSheet([series(4), series(9, { hasPoster: false }), series(2, { brokenArtwork: ['poster'] }), series(7, { artworkVersions: {} })], 'poster-thumb-small', false)!;
    expect(sheet.url).toBe('/media/poster-sheet?kind=poster-thumb-small&s=4.4a-b,7');
    expect([...sheet.slots.entries()]).toEqual([
      [4, { url: sheet.url, slot: 0, cells: 2 }],
      [7, { url: sheet.url, slot: 1, cells: 2 }],
    ]);
    expect(rowPosterSheet([series(4)], 'poster-thumb', true)!.url).toBe('anishelf-media://poster-sheet/?kind=poster-thumb&s=4.4a-b');
  });

  test('a row without a poster has no sheet', () => {
    expect(rowPosterSheet([series(1, { hasPoster: false }), series(2, { brokenArtwork: ['poster', 'logo'] })], 'poster-thumb', false)).toBeNull();
    expect(rowPosterSheet([], 'poster-thumb', false)).toBeNull();
  });
});
