import { searchForQuery } from '../lib/url-query';
import type { LibraryStore } from './library-store';

/**
 * Keeps the page address in step with the view's query (replaceState: typing does not fill the
 * history), so a reload shows the same search, filter and sort. The address is written in a task
 * of its own, after the query's request has gone out: `replaceState` took up to 70 ms of the main
 * thread in profiles, and a search should not wait on it.
 */
export function syncQueryToUrl(library: LibraryStore): () => void {
  let last = library.getSnapshot().query;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const write = () => {
    timer = undefined;
    const search = searchForQuery(last, location.search);
    if (search !== location.search) history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
  };
  const stop = library.subscribe(() => {
    const { query } = library.getSnapshot();
    if (query === last) return;
    last = query;
    timer ??= setTimeout(write, 0);
  });
  return () => {
    stop();
    if (timer !== undefined) clearTimeout(timer);
  };
}
