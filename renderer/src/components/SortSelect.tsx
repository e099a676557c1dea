import type { LibrarySort } from '../../../shared/library-view';
import { SORT_LABELS } from '../lib/query';
import { useLibrary, useServices } from '../state/context';

export function SortSelect() {
  const { library } = useServices();
  const { query } = useLibrary();
  return (
    <label className="sort">
      <span>Sort</span>
      <select value={query.sort} data-testid="sort" onChange={(e) => library.setQuery({ sort: e.target.value as LibrarySort })}>
        {(Object.keys(SORT_LABELS) as LibrarySort[]).map((sort) => (
          <option key={sort} value={sort}>
            {SORT_LABELS[sort]}
          </option>
        ))}
      </select>
    </label>
  );
}
