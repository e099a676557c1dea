import { describe, expect, test } from 'vitest';
import { gridLayout, moveFocus } from './grid-layout';

describe('grid layout', () => {
  test('columns fill the width with 2:3 posters', () => {
    const wide = gridLayout(1200);
    expect(wide.columns).toBe(6);
    expect(wide.cardWidth * wide.columns + wide.gap * (wide.columns - 1)).toBeLessThanOrEqual(1200);
    expect(wide.posterHeight).toBe(Math.round(wide.cardWidth * 1.5));
    expect(gridLayout(100).columns).toBe(1);
    expect(gridLayout(0).columns).toBe(1);
  });

  test('arrow keys move by one or by a row, clamped', () => {
    expect(moveFocus(0, 'ArrowRight', 5, 12)).toBe(1);
    expect(moveFocus(0, 'ArrowLeft', 5, 12)).toBe(0);
    expect(moveFocus(7, 'ArrowUp', 5, 12)).toBe(2);
    expect(moveFocus(2, 'ArrowUp', 5, 12)).toBe(2);
    expect(moveFocus(2, 'ArrowDown', 5, 12)).toBe(7);
    expect(moveFocus(8, 'ArrowDown', 5, 12)).toBe(11);
    expect(moveFocus(11, 'ArrowDown', 5, 12)).toBe(11);
    expect(moveFocus(11, 'ArrowRight', 5, 12)).toBe(11);
    expect(moveFocus(5, 'Home', 5, 12)).toBe(0);
    expect(moveFocus(5, 'End', 5, 12)).toBe(11);
    expect(moveFocus(-1, 'ArrowRight', 5, 12)).toBe(1);
    expect(moveFocus(0, 'ArrowDown', 5, 0)).toBe(-1);
  });
});
