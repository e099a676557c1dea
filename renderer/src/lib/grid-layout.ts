export interface GridLayout {
  columns: number;
  cardWidth: number;
  posterHeight: number;
  /** Card plus the gap below it: one virtual row. */
  rowHeight: number;
  gap: number;
}

export const CARD_INFO_HEIGHT = 50;

/** Columns of 2:3 cards that fill the width, each at least `minCardWidth` wide. */
export function gridLayout(width: number, minCardWidth = 164, gap = 20): GridLayout {
  const usable = Math.max(0, width);
  const columns = Math.max(1, Math.floor((usable + gap) / (minCardWidth + gap)));
  const cardWidth = Math.max(80, Math.floor((usable - gap * (columns - 1)) / columns));
  const posterHeight = Math.round(cardWidth * 1.5);
  return { columns, cardWidth, posterHeight, rowHeight: posterHeight + CARD_INFO_HEIGHT + gap, gap };
}

export type NavKey = 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown' | 'Home' | 'End' | 'PageUp' | 'PageDown';

/** The card index an arrow key moves to, clamped to the grid. */
export function moveFocus(index: number, key: NavKey, columns: number, count: number, pageRows = 3): number {
  if (count === 0) return -1;
  const current = Math.min(Math.max(index, 0), count - 1);
  const next = {
    ArrowLeft: current - 1,
    ArrowRight: current + 1,
    ArrowUp: current - columns,
    ArrowDown: current + columns,
    Home: 0,
    End: count - 1,
    PageUp: current - columns * pageRows,
    PageDown: current + columns * pageRows,
  }[key];
  if (key === 'ArrowUp' || key === 'PageUp') return next < 0 ? current % columns : next;
  if (key === 'ArrowDown' || key === 'PageDown') {
    if (next < count) return next;
    // From the last full row down to the last (shorter) row: the last card.
    return Math.floor(current / columns) < Math.floor((count - 1) / columns) ? count - 1 : current;
  }
  return Math.min(Math.max(next, 0), count - 1);
}
