import { BrowserWindow, screen } from 'electron';
import { APP_ENTRY_URL } from '../protocol/app-scheme';
import { secureWebPreferences } from './web-preferences';
import { MIN_SIZE, restoreBounds } from './window-bounds';
import { readWindowState, writeWindowState } from './window-state-file';

export interface MainWindowOptions {
  dataDir: string;
  preloadPath: string;
  iconPath: string;
  /** Developer tools: development builds only. */
  devTools: boolean;
  log: (message: string) => void;
}

/**
 * The library window. It loads the built UI from the `anishelf://app` scheme rather than
 * loadFile: the page gets its own origin (so the CSP's 'self', the IPC sender check and the
 * navigation allow-list compare one exact origin, where every file:// page would look alike),
 * and it can read nothing from disk but the files app-request.ts serves.
 * Size and place are remembered in window-state.json in the data dir.
 */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const primaryId = screen.getPrimaryDisplay().id;
  const displays = screen.getAllDisplays().map((d) => ({ workArea: d.workArea, primary: d.id === primaryId }));
  const placement = restoreBounds(readWindowState(options.dataDir), displays);

  const win = new BrowserWindow({
    ...placement.bounds,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    title: 'Anishelf',
    icon: options.iconPath,
    show: false,
    backgroundColor: '#16172b',
    webPreferences: secureWebPreferences(options.preloadPath, { devTools: options.devTools }),
  });
  if (placement.maximized) win.maximize();
  win.once('ready-to-show', () => win.show());

  let saveTimer: NodeJS.Timeout | null = null;
  const save = () => {
    if (saveTimer) clearTimeout(saveTimer);
    saveTimer = null;
    if (win.isDestroyed() || win.isMinimized() || win.isFullScreen()) return;
    try {
      writeWindowState(options.dataDir, { bounds: win.getNormalBounds(), maximized: win.isMaximized() });
    } catch (err) {
      options.log(`could not save the window position: ${err instanceof Error ? err.message : String(err)}`);
    }
  };
  const saveSoon = () => {
    if (saveTimer) clearTimeout(saveTimer);
    saveTimer = setTimeout(save, 1000);
  };
  win.on('resize', saveSoon);
  win.on('move', saveSoon);
  win.on('close', save);

  void win.loadURL(APP_ENTRY_URL).catch((err: unknown) => {
    options.log(`the window could not load the UI: ${err instanceof Error ? err.message : String(err)}`);
  });
  return win;
}
