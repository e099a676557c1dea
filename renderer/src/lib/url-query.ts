import { DEFAULT_QUERY, FILTER_LABELS, SORT_LABELS, type ViewQuery } from './query';

// The view's query lives in the page address (?q=…&filter=…&sort=…), so a reload, a bookmark
// or the back button brings the same view back. Unknown values fall back to the defaults.

export function queryFromSearch(search: string): ViewQuery {
  const params = new URLSearchParams(search);
  const filter = params.get('filter');
  const sort = params.get('sort');
  return {
    search: (params.get('q') ?? '').slice(0, 200),
    filter: filter !== null && Object.hasOwn(FILTER_LABELS, filter) ? (filter as ViewQuery['filter']) : DEFAULT_QUERY.filter,
    sort: sort !== null && Object.hasOwn(SORT_LABELS, sort) ? (sort as ViewQuery['sort']) : DEFAULT_QUERY.sort,
  };
}

/** The search part for a query ('' for the default view); other parameters are kept. */
export function searchForQuery(query: ViewQuery, current = ''): string {
  const params = new URLSearchParams(current);
  const set = (key: string, value: string, fallback: string) => (value && value !== fallback ? params.set(key, value) : params.delete(key));
  set('q', query.search.trim(), '');
  set('filter', query.filter, DEFAULT_QUERY.filter);
  set('sort', query.sort, DEFAULT_QUERY.sort);
  const text = params.toString();
  return text ? `?${text}` : '';
}
