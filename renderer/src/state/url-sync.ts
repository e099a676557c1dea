import { searchForQuery } from '../lib/url-query';
import type { LibraryStore } from './library-store';

/**
 * Keeps the page address in step with the view's query (replaceState: typing does not fill the
 * history), so a reload shows the same search, filter and sort.
 */
export function syncQueryToUrl(library: LibraryStore): () => void {
  let last = library.getSnapshot().query;
  return library.subscribe(() => {
    const { query } = library.getSnapshot();
    if (query === last) return;
    last = query;
    const search = searchForQuery(query, location.search);
    if (search !== location.search) history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
  });
}
