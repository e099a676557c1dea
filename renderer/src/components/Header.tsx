import type { RefObject } from 'react';
import { FilterChips } from './FilterChips';
import { LoaderSummary } from './LoaderSummary';
import { SearchBox } from './SearchBox';
import { SortSelect } from './SortSelect';

export function Header({ searchRef, onAddFolder, onLibraryFolders }: { searchRef: RefObject<HTMLInputElement | null>; onAddFolder: () => void; onLibraryFolders: () => void }) {
  return (
    <header className="header">
      <div className="header-row">
        <div className="brand">
          <img src="./favicon.svg" alt="" width={28} height={28} />
          <span>Anishelf</span>
        </div>
        <LoaderSummary />
        <div className="header-spacer" />
        <SearchBox inputRef={searchRef} />
        <button className="btn" onClick={onLibraryFolders} data-testid="library-folders-button">
          Library folders
        </button>
        <button className="btn btn-primary" onClick={onAddFolder} data-testid="add-folder-button">
          <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">
            <path d="M7 1.5v11M1.5 7h11" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
          </svg>
          Add folder
        </button>
      </div>
      <div className="header-row header-row-tools">
        <FilterChips />
        <div className="header-spacer" />
        <SortSelect />
      </div>
    </header>
  );
}
