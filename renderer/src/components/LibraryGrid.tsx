import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { SeriesSummary } from '../../../shared/types';
import { useDevicePixelRatio } from '../hooks/useDevicePixelRatio';
import { useElementWidth } from '../hooks/useElementWidth';
import { isTyping } from '../hooks/useGlobalKeys';
import { gridLayout, moveFocus, type NavKey } from '../lib/grid-layout';
import { idleRowsToPreload, ImagePreloader, loadImageInPage, rowsToPreload, whenPageIdle } from '../lib/image-preloader';
import { rowPosterSheet } from '../lib/poster-sheet';
import { posterThumbnailKind } from '../lib/poster-thumbnail';
import type { PickKeys, Selection } from '../lib/selection';
import { useLibrary, useServices } from '../state/context';
import { SeriesCard } from './SeriesCard';

const NAV_KEYS = new Set<string>(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'PageUp', 'PageDown']);
/** Rows past the rendered ones whose posters load while scrolling: at a row a frame, a fifth of a second ahead. */
const SCROLL_AHEAD_ROWS = 12;
/** Row sheets the preloader holds ready: those loaded when idle and a scroll's worth more. */
const PRELOAD_KEEP = 200;
/** Sheet loads at once: the core composes each from thumbnails it keeps in memory. */
const PRELOAD_PARALLEL = 4;

interface Props {
  ids: readonly number[];
  series: ReadonlyMap<number, SeriesSummary>;
  notes: ReadonlyMap<number, string>;
  onOpen: (id: number) => void;
  selection: Selection;
  onPick: (id: number, keys: PickKeys) => void;
  onSelectAll: () => void;
  onClearSelection: () => void;
}

/**
 * The library as rows of 2:3 cards sized to the window; only the rows in view (and a few around
 * them) are in the DOM, so thousands of series scroll smoothly. Arrow keys move between cards.
 * Focus follows a series, not a position: when the order changes, the focused card keeps focus
 * and is scrolled into view. While the pointer is over the grid the order is held (see the store).
 */
export function LibraryGrid({ ids, series, notes, onOpen, selection, onPick, onSelectAll, onClearSelection }: Props) {
  const { library, client } = useServices();
  const { resortPending } = useLibrary();
  const scrollRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(scrollRef);
  const layout = gridLayout(width);
  const { columns } = layout;
  const pixelRatio = useDevicePixelRatio();
  const thumbnail = posterThumbnailKind(layout.cardWidth, pixelRatio);
  const rows = Math.ceil(ids.length / columns);
  const [focusId, setFocusId] = useState<number | null>(null);
  const pendingFocus = useRef<number | null>(null);
  /** The series whose card last had keyboard focus, while focus has not gone elsewhere. */
  const domFocusId = useRef<number | null>(null);

  const virtualizer = useVirtualizer({
    count: rows,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => layout.rowHeight,
    overscan: 3,
  });
  useLayoutEffect(() => virtualizer.measure(), [virtualizer, layout.rowHeight]);
  const [preloader] = useState(() => new ImagePreloader(loadImageInPage, { parallel: PRELOAD_PARALLEL, keep: PRELOAD_KEEP, whenIdle: whenPageIdle }));
  /** Row `row`'s poster sheet (see rowPosterSheet). */
  const sheetOf = (row: number) => {
    const rowSeries: SeriesSummary[] = [];
    for (const id of ids.slice(row * columns, (row + 1) * columns)) {
      const s = series.get(id);
      if (s) rowSeries.push(s);
    }
    return rowPosterSheet(rowSeries, thumbnail, client.desktop);
  };

  const focusIndex = focusId === null ? -1 : ids.indexOf(focusId);
  const current = focusIndex < 0 ? Math.min(0, ids.length - 1) : focusIndex;
  const onFocusCard = useCallback(
    (index: number) => {
      const id = ids[index];
      if (id === undefined) return;
      setFocusId(id);
      domFocusId.current = id;
    },
    [ids],
  );

  // A new order (the loader went idle, the sort changed): the focused card stays focused, in view.
  const shownIds = useRef(ids);
  useLayoutEffect(() => {
    if (shownIds.current === ids) return;
    shownIds.current = ids;
    const id = domFocusId.current;
    const active = document.activeElement;
    if (id === null || !(active === null || active === document.body || scrollRef.current?.contains(active))) return;
    const index = ids.indexOf(id);
    if (index < 0) return;
    pendingFocus.current = index;
    virtualizer.scrollToIndex(Math.floor(index / columns), { align: 'auto' });
  }, [ids, columns, virtualizer]);
  useEffect(() => () => library.holdOrder(false), [library]);
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
    if (selectionKey(e, ids[current], { onPick, onSelectAll, onClearSelection, selecting: selection.active })) {
      e.preventDefault();
      return;
    }
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
    setFocusId(ids[next] ?? null);
    pendingFocus.current = next;
    virtualizer.scrollToIndex(Math.floor(next / columns), { align: 'auto' });
  };

  const items = virtualizer.getVirtualItems();
  const firstRow = items[0]?.index ?? 0;
  const lastRow = items[items.length - 1]?.index ?? -1;
  const scrollingUp = virtualizer.scrollDirection === 'backward';
  const sheets = new Map(items.map((row) => [row.index, sheetOf(row.index)]));
  // The sheets of the rows in view load first, then those of the rows about to come into view,
  // while they are still out of it; when the page is idle, those of rows further out too.
  useEffect(() => {
    const urlsOf = (rowList: readonly number[]) => rowList.map((row) => sheetOf(row)?.url).filter((url) => url !== undefined);
    const shown = [...sheets.values()].map((sheet) => sheet?.url).filter((url) => url !== undefined);
    preloader.want([...shown, ...urlsOf(rowsToPreload(firstRow, lastRow, rows, scrollingUp, SCROLL_AHEAD_ROWS))]);
    preloader.wantWhenIdle(() => urlsOf(idleRowsToPreload(firstRow, lastRow, rows, columns, scrollingUp)));
  });
  const focusRendered = items.some((row) => Math.floor(current / columns) === row.index);
  return (
    <div
      ref={scrollRef}
      className="grid-scroll"
      data-testid="library-grid"
      data-total={ids.length}
      data-columns={columns}
      data-resort-pending={resortPending}
      tabIndex={focusRendered ? -1 : 0}
      aria-label="Library"
      onKeyDown={onKeyDown}
      onPointerEnter={() => library.holdOrder(true)}
      onPointerLeave={() => library.holdOrder(false)}
      onBlur={(e) => {
        // Focus went to another part of the page (the search box, the detail panel).
        if (e.relatedTarget instanceof Node && !e.currentTarget.contains(e.relatedTarget)) domFocusId.current = null;
      }}
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
                  const cell = sheets.get(row.index)?.slots.get(id);
                  return s ? (
                    <SeriesCard
                      key={id}
                      summary={s}
                      note={notes.get(id)}
                      index={index}
                      focusable={index === current}
                      posterHeight={layout.posterHeight}
                      sheetUrl={cell?.url}
                      sheetSlot={cell?.slot ?? 0}
                      sheetCells={cell?.cells ?? 0}
                      images={preloader}
                      onOpen={onOpen}
                      onFocusCard={onFocusCard}
                      selecting={selection.active}
                      selected={selection.ids.has(id)}
                      onPick={onPick}
                    />
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

/**
 * The grid's selection keys, as in a file manager: Space adds or takes away the focused card
 * (with Shift, the cards from the anchor to it), Ctrl/Cmd+A takes every card shown, Esc ends
 * selecting. True when the key was one of them.
 */
function selectionKey(
  e: KeyboardEvent<HTMLDivElement>,
  focused: number | undefined,
  on: { onPick: (id: number, keys: PickKeys) => void; onSelectAll: () => void; onClearSelection: () => void; selecting: boolean },
): boolean {
  const mod = e.ctrlKey || e.metaKey;
  if (e.key === ' ' && !mod && !e.altKey && focused !== undefined && (e.target as HTMLElement).dataset.testid === 'series-card') {
    on.onPick(focused, { toggle: !e.shiftKey, range: e.shiftKey });
    return true;
  }
  if (e.key.toLowerCase() === 'a' && mod && !e.altKey && !e.shiftKey) {
    on.onSelectAll();
    return true;
  }
  if (e.key === 'Escape' && on.selecting) {
    on.onClearSelection();
    return true;
  }
  return false;
}
