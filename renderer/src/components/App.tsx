import { useCallback, useRef, useState } from 'react';
import { useGlobalKeys } from '../hooks/useGlobalKeys';
import { useGridSelection } from '../hooks/useGridSelection';
import { selectedInOrder } from '../lib/selection';
import { useWindowDrop } from '../hooks/useWindowDrop';
import { useLibrary, useServices } from '../state/context';
import { handleDrop } from '../state/drop-handler';
import { AddFolderDialog } from './AddFolderDialog';
import { ConnectionBanner } from './ConnectionBanner';
import { DetailPanel } from './DetailPanel';
import { DropOverlay } from './DropOverlay';
import { EmptyState } from './EmptyState';
import { Header } from './Header';
import { LibraryFoldersPanel } from './LibraryFoldersPanel';
import { LibraryGrid } from './LibraryGrid';
import { MissingView } from './MissingView';
import { Notices } from './Notices';
import { SelectionBar } from './SelectionBar';
import { WatchBanners } from './WatchBanners';

export function App() {
  const services = useServices();
  const library = useLibrary();
  const [openId, setOpenId] = useState<number | null>(null);
  const [adding, setAdding] = useState(false);
  const [foldersOpen, setFoldersOpen] = useState(false);
  const [missingView, setMissingView] = useState(false);
  const closeMissingView = useCallback(() => setMissingView(false), []);
  const searchRef = useRef<HTMLInputElement>(null);
  const openAdd = useCallback(() => setAdding(true), []);
  const grid = useGridSelection(library.view);

  const dragging = useWindowDrop(useCallback((event: DragEvent) => handleDrop(services, event, openAdd), [services, openAdd]));
  useGlobalKeys({ focusSearch: () => searchRef.current?.focus(), addFolder: services.client.desktop ? null : openAdd });

  // The open panel may hold unsaved edits: it decides whether another series may replace it.
  const leaveGuard = useRef<((proceed: () => void) => void) | null>(null);
  const openSeries = useCallback((id: number) => {
    if (leaveGuard.current) leaveGuard.current(() => setOpenId(id));
    else setOpenId(id);
  }, []);

  const closeDetail = useCallback(() => {
    const id = openId;
    setOpenId(null);
    // Back to the card the panel was opened from; when it was removed, to the grid.
    if (id !== null) {
      requestAnimationFrame(() =>
        (
          document.querySelector<HTMLElement>(`[data-testid="series-card"][data-series-id="${id}"]`) ??
          document.querySelector<HTMLElement>('[data-testid="series-card"][tabindex="0"], [data-testid="library-grid"]')
        )?.focus(),
      );
    }
  }, [openId]);

  const empty = library.loaded && library.counts.total === 0;
  const selecting = grid.selection.active && !missingView && !empty;
  return (
    <div className="app">
      <ConnectionBanner state={library.connection} />
      <WatchBanners onOpenFolders={() => setFoldersOpen(true)} />
      <Header
        searchRef={searchRef}
        onAddFolder={openAdd}
        onLibraryFolders={() => setFoldersOpen(true)}
        onShowMissing={() => setMissingView(true)}
        selecting={selecting}
        onToggleSelecting={grid.toggleSelecting}
      />
      {selecting && <SelectionBar ids={selectedInOrder(grid.selection, library.view)} total={library.view.length} onSelectAll={grid.selectAll} onDone={grid.clear} />}
      <main className="content">
        {missingView ? (
          <MissingView onClose={closeMissingView} onOpenSeries={setOpenId} />
        ) : !library.loaded && !library.firstPage ? (
          <div className="content-message" role="status">
            {library.error ? `Anishelf could not read the library: ${library.error}` : 'Opening your library…'}
          </div>
        ) : empty ? (
          <EmptyState onAddFolder={openAdd} />
        ) : (
          <>
            <h1 className="visually-hidden">Library</h1>
            {library.view.length === 0 ? (
              <div className="content-message" data-testid="no-matches">
                No series match. <button className="link-button" onClick={() => services.library.setQuery({ search: '', filter: 'all' })}>Show all</button>
              </div>
            ) : (
              <LibraryGrid
                ids={library.view}
                series={library.series}
                notes={library.notes}
                onOpen={openSeries}
                selection={grid.selection}
                onPick={grid.onPick}
                onSelectAll={grid.selectAll}
                onClearSelection={grid.clear}
              />
            )}
          </>
        )}
      </main>
      {openId !== null && <DetailPanel key={openId} id={openId} onClose={closeDetail} leaveGuard={leaveGuard} />}
      {adding && <AddFolderDialog onClose={() => setAdding(false)} />}
      {foldersOpen && <LibraryFoldersPanel onClose={() => setFoldersOpen(false)} />}
      {/* A browser cannot tell where a dropped folder lives: web mode invites no drop. */}
      <DropOverlay visible={dragging && services.client.desktop} />
      <Notices />
    </div>
  );
}
