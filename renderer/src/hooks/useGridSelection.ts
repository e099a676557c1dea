import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { keepShown, NO_SELECTION, pick, selectAll, START_SELECTING, type PickKeys, type Selection } from '../lib/selection';

export interface GridSelection {
  /** Only series shown in the grid now (see keepShown). */
  selection: Selection;
  onPick: (id: number, keys: PickKeys) => void;
  selectAll: () => void;
  clear: () => void;
  /** "Select" in the header: starts selecting, or ends it. */
  toggleSelecting: () => void;
}

/** The grid's selection over `shown` (the ids in the order shown), with callbacks that stay the same across renders (the cards are memoized). */
export function useGridSelection(shown: readonly number[]): GridSelection {
  const [stored, setStored] = useState<Selection>(NO_SELECTION);
  const selection = useMemo(() => keepShown(stored, shown), [stored, shown]);
  const latest = useRef({ selection, shown });
  useLayoutEffect(() => {
    latest.current = { selection, shown };
  });
  const onPick = useCallback((id: number, keys: PickKeys) => setStored(pick(latest.current.selection, latest.current.shown, id, keys)), []);
  const all = useCallback(() => setStored(selectAll(latest.current.shown)), []);
  const clear = useCallback(() => setStored(NO_SELECTION), []);
  const toggleSelecting = useCallback(() => setStored((s) => (s.active ? NO_SELECTION : START_SELECTING)), []);
  return { selection, onPick, selectAll: all, clear, toggleSelecting };
}
