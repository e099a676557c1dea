import type { LibraryFilter, LibrarySort } from '../../../shared/library-view';
import { foldText, searchWords, titleSortKey } from '../../../shared/fold-text';
import { folderName } from '../../../shared/folder-name';
import type { SeriesSummary } from '../../../shared/types';

export interface ViewQuery {
  search: string;
  filter: LibraryFilter;
  sort: LibrarySort;
}

export const DEFAULT_QUERY: ViewQuery = { search: '', filter: 'all', sort: 'title' };

export const FILTER_LABELS = {
  all: 'All',
  loading: 'Loading',
  failed: 'Failed',
  'missing-artwork': 'Missing artwork',
  'missing-nfo': 'Missing NFO',
  offline: 'Offline',
  'needs-review': 'Needs review',
  'missing-episodes': 'Missing episodes',
  airing: 'Airing',
} as const satisfies Record<LibraryFilter, string>;

export const LIBRARY_FILTERS_IN_ORDER = Object.keys(FILTER_LABELS) as LibraryFilter[];

export const SORT_LABELS = { title: 'Title', added: 'Date added', status: 'Status', missing: 'Most missing' } as const satisfies Record<LibrarySort, string>;

export function isDefaultQuery(q: ViewQuery): boolean {
  return q.search.trim() === '' && q.filter === 'all';
}

/** A poster, logo or fanart is missing, or present but not a readable image. */
export function isMissingArtwork(s: SeriesSummary): boolean {
  return !s.hasPoster || !s.hasFanart || !s.hasLogo || (s.brokenArtwork?.length ?? 0) > 0;
}

/**
 * Whether a series' title or folder holds every word of the search, folded as the core folds
 * them (see shared/fold-text.ts); a search of punctuation only is looked for as typed.
 */
function matchesSearch(s: SeriesSummary, search: string): boolean {
  if (search.trim() === '') return true;
  const words = searchWords(search);
  if (words.length === 0) {
    const typed = search.trim().toLowerCase();
    return s.title.toLowerCase().includes(typed) || folderName(s.path).toLowerCase().includes(typed);
  }
  const names = `${foldText(s.title)} | ${foldText(folderName(s.path))}`;
  return words.every((word) => names.includes(word));
}

/**
 * Whether a series that appeared or changed through an event belongs in the current view.
 * Mirrors the core's `library.list`, which also searches the original title and the titles of
 * the matched online entry, which the window does not hold: a series already shown under a
 * search was found by the core, and only the filter decides whether it stays (`shown`).
 */
export function matchesQuery(s: SeriesSummary, q: ViewQuery, shown = false): boolean {
  if (!shown && !matchesSearch(s, q.search)) return false;
  switch (q.filter) {
    case 'all':
      return true;
    case 'loading':
      return s.state === 'present' && (s.loadingStatus === 'pending' || s.loadingStatus === 'loading');
    case 'failed':
      return s.state === 'present' && s.loadingStatus === 'failed';
    case 'missing-artwork':
      return isMissingArtwork(s);
    case 'missing-nfo':
      return !s.hasNfo;
    case 'offline':
      return s.state !== 'present';
    case 'needs-review':
      return s.matchState === 'needs_review';
    // Known only from the core's missing-episodes counts: a series that just appeared has no
    // provider list yet, so it joins these views at the next list.
    case 'missing-episodes':
    case 'airing':
      return false;
  }
}

const STATUS_RANK: Record<SeriesSummary['loadingStatus'], number> = { failed: 0, loading: 1, pending: 2, cancelled: 3, completed: 4 };
// The core sorts by a key made from the title (see shared/fold-text.ts); each summary's key is
// made once, not at each of the ~140,000 comparisons that place 10,000 new series.
const sortKeys = new WeakMap<SeriesSummary, string>();
function sortKeyOf(s: SeriesSummary): string {
  let key = sortKeys.get(s);
  if (key === undefined) sortKeys.set(s, (key = titleSortKey(s.title)));
  return key;
}
const byTitle = (a: SeriesSummary, b: SeriesSummary) => {
  const x = sortKeyOf(a);
  const y = sortKeyOf(b);
  return x < y ? -1 : x > y ? 1 : a.id - b.id;
};

/** The client-side twin of the core's sort, used only to place newly appeared series. */
export function compareFor(sort: LibrarySort): (a: SeriesSummary, b: SeriesSummary) => number {
  switch (sort) {
    case 'title':
    case 'missing':
      return byTitle;
    case 'added':
      return (a, b) => (a.addedAt < b.addedAt ? 1 : a.addedAt > b.addedAt ? -1 : b.id - a.id);
    case 'status':
      return (a, b) => STATUS_RANK[a.loadingStatus] - STATUS_RANK[b.loadingStatus] || byTitle(a, b);
  }
}

/**
 * Merges new ids into a displayed order without moving what is already there (cards do not jump
 * while the user looks at them): a linear merge of two sorted lists.
 */
export function mergeIds(view: readonly number[], added: readonly number[], get: (id: number) => SeriesSummary | undefined, compare: (a: SeriesSummary, b: SeriesSummary) => number): number[] {
  if (added.length === 0) return view as number[];
  const incoming = [...added].sort((x, y) => compare(get(x)!, get(y)!));
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < view.length && j < incoming.length) {
    const a = get(view[i]!);
    const b = get(incoming[j]!)!;
    if (a && compare(b, a) < 0) out.push(incoming[j++]!);
    else out.push(view[i++]!);
  }
  while (i < view.length) out.push(view[i++]!);
  while (j < incoming.length) out.push(incoming[j++]!);
  return out;
}

/**
 * The view after some series changed: filters follow live state, so a changed series that no
 * longer matches leaves and one that now matches comes in (merged into place). Cards that still
 * match keep their place.
 */
export function reconcileView(view: readonly number[], changed: readonly SeriesSummary[], get: (id: number) => SeriesSummary | undefined, q: ViewQuery): readonly number[] {
  const shown = new Set(view);
  const leaving = new Set<number>();
  // A set: a folder of 10,000 new series arrives as one change.
  const coming = new Set<number>();
  for (const s of changed) {
    const current = get(s.id);
    // The missing-episode views are decided by the core's counts, which an event does not carry:
    // a series shown there stays until the next list, one not shown does not join.
    const decidable = q.filter !== 'missing-episodes' && q.filter !== 'airing';
    const matches = current !== undefined && (decidable ? matchesQuery(current, q, shown.has(s.id)) : shown.has(s.id));
    if (shown.has(s.id) && !matches) leaving.add(s.id);
    else if (!shown.has(s.id) && matches) coming.add(s.id);
  }
  if (leaving.size === 0 && coming.size === 0) return view;
  const kept = leaving.size ? view.filter((id) => !leaving.has(id)) : view;
  return mergeIds(kept, [...coming], get, compareFor(q.sort));
}
