import { useState, type RefObject } from 'react';
import { FilterChips } from './FilterChips';
import { KodiSettingsDialog } from './KodiSettingsDialog';
import { LoaderSummary } from './LoaderSummary';
import { SearchBox } from './SearchBox';
import { SettingsDialog } from './SettingsDialog';
import { SortSelect } from './SortSelect';

interface Props {
  searchRef: RefObject<HTMLInputElement | null>;
  onAddFolder: () => void;
  onLibraryFolders: () => void;
  onShowMissing: () => void;
  /** Whether the grid is in selection mode ("Select"), and the switch. */
  selecting: boolean;
  onToggleSelecting: () => void;
}

export function Header({ searchRef, onAddFolder, onLibraryFolders, onShowMissing, selecting, onToggleSelecting }: Props) {
  const [kodiOpen, setKodiOpen] = useState(false);
  const [settingsOpen, setSettingsOpen] = useState(false);
  return (
    <header className="header">
      <div className="header-row">
        <div className="brand">
          <img src="./favicon.svg" alt="" width={28} height={28} />
          <span>Anishelf</span>
        </div>
        <LoaderSummary />
        <div className="header-actions">
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
      </div>
      <div className="header-row header-row-tools">
        <FilterChips />
        {/* One group: in a narrow window it moves to its own line whole, not button by button. */}
        <div className="header-tools">
          <button className="btn" onClick={onShowMissing} data-testid="open-missing-view">
            Missing episodes…
          </button>
          <button className="btn" onClick={() => setKodiOpen(true)} data-testid="kodi-settings-button">
            Kodi settings
          </button>
          <button className="btn" onClick={() => setSettingsOpen(true)} data-testid="settings-button">
            Settings
          </button>
          <button className="btn" aria-pressed={selecting} onClick={onToggleSelecting} data-testid="select-button" title="Select series to reload, refresh or remove together (Ctrl+click, Shift+click)">
            Select
          </button>
          <SortSelect />
        </div>
      </div>
      {kodiOpen && <KodiSettingsDialog onClose={() => setKodiOpen(false)} />}
      {settingsOpen && <SettingsDialog onClose={() => setSettingsOpen(false)} />}
    </header>
  );
}
