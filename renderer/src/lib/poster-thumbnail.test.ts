import { describe, expect, test } from 'vitest';
import { gridLayout } from './grid-layout';
import { posterThumbnailKind } from './poster-thumbnail';

describe('which poster thumbnail a card shows', () => {
  test('the card-sized one at one pixel per CSS pixel, the larger one on HiDPI screens', () => {
    // The usual card: a 1440-pixel window's grid.
    const card = gridLayout(1440 - 56 - 15).cardWidth;
    expect(card).toBeGreaterThan(164);
    expect(posterThumbnailKind(card, 1)).toBe('poster-thumb-small');
    expect(posterThumbnailKind(card, 2)).toBe('poster-thumb');
    expect(posterThumbnailKind(card, 1.5)).toBe('poster-thumb');
  });

  test('a card much wider than the small one gets the larger one, however wide', () => {
    expect(posterThumbnailKind(198, 1)).toBe('poster-thumb-small');
    expect(posterThumbnailKind(199, 1)).toBe('poster-thumb');
    expect(posterThumbnailKind(340, 1)).toBe('poster-thumb');
    expect(posterThumbnailKind(300, 3)).toBe('poster-thumb');
  });
});
