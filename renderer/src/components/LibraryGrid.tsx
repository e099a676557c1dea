import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { SeriesSummary } from '../../../shared/types';
import { useElementWidth } from '../hooks/useElementWidth';
import { isTyping } from '../hooks/useGlobalKeys';
import { gridLayout, moveFocus, type NavKey } from '../lib/grid-layout';
import { SeriesCard } from './SeriesCard';

const NAV_KEYS = new Set<string>(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'PageUp', 'PageDown']);

interface Props {
  ids: readonly number[];
  series: ReadonlyMap<number, SeriesSummary>;
  onOpen: (id: number) => void;
}

/**
 * The library as rows of 2:3 cards sized to the window; only the rows in view (and a few around
 * them) are in the DOM, so thousands of series scroll smoothly. Arrow keys move between cards.
 */
export function LibraryGrid({ ids, series, onOpen }: Props) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(scrollRef);
  const layout = gridLayout(width);
  const { columns } = layout;
  const rows = Math.ceil(ids.length / columns);
  const [focusIndex, setFocusIndex] = useState(0);
  const pendingFocus = useRef<number | null>(null);

  const virtualizer = useVirtualizer({
    count: rows,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => layout.rowHeight,
    overscan: 3,
  });
  useLayoutEffect(() => virtualizer.measure(), [virtualizer, layout.rowHeight]);

  const current = Math.min(focusIndex, ids.length - 1);
  // After a key moved focus to a card that was not rendered yet, focus it once it is.
  useEffect(() => {
    if (pendingFocus.current === null) return;
    const el = scrollRef.current?.querySelector<HTMLElement>(`[data-index="${pendingFocus.current}"]`);
    if (el) {
      el.focus({ preventScroll: true });
      pendingFocus.current = null;
    }
  });

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (isTyping(e.target)) return;
    if (e.key === 'Enter') {
      const id = ids[current];
      if (id !== undefined && (e.target as HTMLElement).dataset.testid === 'series-card') {
        e.preventDefault();
        onOpen(id);
      }
      return;
    }
    if (!NAV_KEYS.has(e.key)) return;
    e.preventDefault();
    const pageRows = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 600) / layout.rowHeight));
    const next = moveFocus(current, e.key as NavKey, columns, ids.length, pageRows);
    if (next < 0) return;
    setFocusIndex(next);
    pendingFocus.current = next;
    virtualizer.scrollToIndex(Math.floor(next / columns), { align: 'auto' });
  };

  const items = virtualizer.getVirtualItems();
  const focusRendered = items.some((row) => Math.floor(current / columns) === row.index);
  return (
    <div
      ref={scrollRef}
      className="grid-scroll"
      data-testid="library-grid"
      data-total={ids.length}
      data-columns={columns}
      tabIndex={focusRendered ? -1 : 0}
      aria-label="Library"
      onKeyDown={onKeyDown}
    >
      {width > 0 && (
        <div className="grid-inner" style={{ height: virtualizer.getTotalSize() }}>
          {items.map((row) => {
            const start = row.index * columns;
            return (
              <div
                key={row.key}
                className="grid-row"
                role="list"
                style={{ transform: `translateY(${row.start}px)`, gridTemplateColumns: `repeat(${columns}, ${layout.cardWidth}px)`, columnGap: layout.gap }}
              >
                {ids.slice(start, start + columns).map((id, i) => {
                  const s = series.get(id);
                  const index = start + i;
                  return s ? (
                    <SeriesCard key={id} summary={s} index={index} focusable={index === current} posterHeight={layout.posterHeight} onOpen={onOpen} onFocusCard={setFocusIndex} />
                  ) : null;
                })}
              </div>
            );
          })}
        </div>
      )}
    </div>
  );
}
