/**
 * The grid's selection, as Sonarr's "Select series" and Jellyfin's multi-select keep it: `active`
 * once selecting began (a plain click then adds or takes away a card instead of opening it),
 * the series chosen, and the card a Shift+click range starts from.
 */
export interface Selection {
  readonly active: boolean;
  readonly ids: ReadonlySet<number>;
  readonly anchor: number | null;
}

export const NO_SELECTION: Selection = { active: false, ids: new Set(), anchor: null };

/** Selecting with nothing chosen yet ("Select" in the header). */
export const START_SELECTING: Selection = { active: true, ids: new Set(), anchor: null };

export interface PickKeys {
  /** Ctrl/Cmd held, a click while selecting, or Space: the card goes in or out. */
  toggle: boolean;
  /** Shift held: every card from the anchor to this one, in the order shown. */
  range: boolean;
}

/**
 * One pick on series `id`. A range replaces the selection, or with `toggle` (Ctrl+Shift) adds to
 * it; the anchor stays where the range started, as in a file manager.
 */
export function pick(selection: Selection, shown: readonly number[], id: number, keys: PickKeys): Selection {
  if (keys.range && selection.anchor !== null) {
    const from = shown.indexOf(selection.anchor);
    const to = shown.indexOf(id);
    if (from >= 0 && to >= 0) {
      const range = shown.slice(Math.min(from, to), Math.max(from, to) + 1);
      return { active: true, ids: new Set(keys.toggle ? [...selection.ids, ...range] : range), anchor: selection.anchor };
    }
  }
  const ids = new Set(selection.ids);
  if (ids.has(id) && !keys.range) ids.delete(id);
  else ids.add(id);
  return { active: true, ids, anchor: id };
}

/** Every series shown (Ctrl+A, "Select all"). */
export function selectAll(shown: readonly number[]): Selection {
  return { active: true, ids: new Set(shown), anchor: shown[0] ?? null };
}

/**
 * Only the series still shown: a search or a filter narrowed the view, or a series left the
 * library. An action never reaches a series out of sight. The same object when nothing changed.
 */
export function keepShown(selection: Selection, shown: readonly number[]): Selection {
  if (selection.ids.size === 0) return selection;
  const visible = new Set(shown);
  const ids = [...selection.ids].filter((id) => visible.has(id));
  if (ids.length === selection.ids.size) return selection;
  return { active: selection.active, ids: new Set(ids), anchor: selection.anchor !== null && visible.has(selection.anchor) ? selection.anchor : null };
}

/** The selection in the order shown (the order the core is asked to act in). */
export function selectedInOrder(selection: Selection, shown: readonly number[]): number[] {
  return shown.filter((id) => selection.ids.has(id));
}
