// The library view's filters and sorts. Apart from the IPC contract so the CLI's `list` can check
// its options without loading zod and every schema.
export const LIBRARY_FILTERS = ['all', 'loading', 'failed', 'missing-artwork', 'missing-nfo', 'offline', 'needs-review', 'missing-episodes', 'airing'] as const;
export const LIBRARY_SORTS = ['title', 'added', 'status', 'missing'] as const;
export type LibraryFilter = (typeof LIBRARY_FILTERS)[number];
export type LibrarySort = (typeof LIBRARY_SORTS)[number];
