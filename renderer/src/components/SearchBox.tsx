import { useEffect, useState, type RefObject } from 'react';
import { useLibrary, useServices } from '../state/context';

function focusFirstResult(): void {
  const grid = document.querySelector<HTMLElement>('[data-testid="library-grid"]');
  if (!grid) return;
  grid.scrollTop = 0;
  // The rows for the top are rendered on the next frames.
  requestAnimationFrame(() => requestAnimationFrame(() => grid.querySelector<HTMLElement>('[data-testid="series-card"][data-index="0"]')?.focus()));
}

/**
 * Searches titles and folder names through `library.list`, a moment after typing stops. Enter
 * searches at once and moves focus to the first result; Esc clears.
 */
export function SearchBox({ inputRef }: { inputRef: RefObject<HTMLInputElement | null> }) {
  const { library } = useServices();
  const { query } = useLibrary();
  const [text, setText] = useState(query.search);

  useEffect(() => setText(query.search), [query.search]);
  useEffect(() => {
    if (text === query.search) return;
    const timer = setTimeout(() => library.setQuery({ search: text }), 150);
    return () => clearTimeout(timer);
  }, [text, query.search, library]);

  return (
    <div className="search">
      <svg className="search-icon" viewBox="0 0 20 20" aria-hidden="true">
        <circle cx="8.5" cy="8.5" r="5.5" fill="none" stroke="currentColor" strokeWidth="2" />
        <path d="M13 13l4.5 4.5" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
      </svg>
      <input
        ref={inputRef}
        type="search"
        aria-label="Search"
        placeholder="Search"
        value={text}
        maxLength={200}
        data-testid="search"
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            void library.setQuery({ search: text }).then(focusFirstResult);
          }
          if (e.key === 'Escape') {
            setText('');
            library.setQuery({ search: '' });
            e.currentTarget.blur();
          }
        }}
      />
      <kbd className="search-kbd" aria-hidden="true">/</kbd>
    </div>
  );
}
