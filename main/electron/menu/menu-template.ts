// The application menu as plain data (Electron's MenuItemConstructorOptions shape), so what it
// holds is tested without Electron: Add Folder… on CmdOrCtrl+O, the usual Edit/View/Window menus,
// and developer tools only in development builds.

export type MenuRole =
  | 'about' | 'services' | 'hide' | 'hideOthers' | 'unhide' | 'quit' | 'close'
  | 'undo' | 'redo' | 'cut' | 'copy' | 'paste' | 'pasteAndMatchStyle' | 'delete' | 'selectAll'
  | 'reload' | 'forceReload' | 'toggleDevTools' | 'resetZoom' | 'zoomIn' | 'zoomOut' | 'togglefullscreen'
  | 'minimize' | 'zoom' | 'front' | 'window' | 'appMenu' | 'editMenu' | 'viewMenu' | 'windowMenu';

export interface MenuSpec {
  /** Stable ids let the e2e suite click items through Menu.getApplicationMenu(). */
  id?: string;
  label?: string;
  role?: MenuRole;
  type?: 'normal' | 'separator' | 'submenu';
  accelerator?: string;
  enabled?: boolean;
  click?: () => void;
  submenu?: MenuSpec[];
}

export interface MenuOptions {
  platform: NodeJS.Platform;
  /** `app.isPackaged`: packaged builds get no developer tools or reload. */
  isPackaged: boolean;
  addFolder: () => void;
  quit: () => void;
}

export function appMenuTemplate(options: MenuOptions): MenuSpec[] {
  const isMac = options.platform === 'darwin';
  const sep: MenuSpec = { type: 'separator' };
  const addFolder: MenuSpec = { id: 'add-folder', label: 'Add Folder…', accelerator: 'CmdOrCtrl+O', click: options.addFolder };
  const quit: MenuSpec = { id: 'quit', label: isMac ? 'Quit Anishelf' : 'Quit', accelerator: 'CmdOrCtrl+Q', click: options.quit };

  const appMenu: MenuSpec[] = isMac
    ? [{ label: 'Anishelf', submenu: [{ role: 'about' }, sep, { role: 'services' }, sep, { role: 'hide' }, { role: 'hideOthers' }, { role: 'unhide' }, sep, quit] }]
    : [];
  const fileMenu: MenuSpec = { label: 'File', submenu: isMac ? [addFolder, sep, { role: 'close' }] : [addFolder, sep, quit] };
  const editMenu: MenuSpec = {
    label: 'Edit',
    submenu: [{ role: 'undo' }, { role: 'redo' }, sep, { role: 'cut' }, { role: 'copy' }, { role: 'paste' }, { role: 'delete' }, sep, { role: 'selectAll' }],
  };
  const devItems: MenuSpec[] = options.isPackaged ? [] : [{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, sep];
  const viewMenu: MenuSpec = {
    label: 'View',
    submenu: [...devItems, { role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }, sep, { role: 'togglefullscreen' }],
  };
  const windowMenu: MenuSpec = {
    label: 'Window',
    submenu: isMac ? [{ role: 'minimize' }, { role: 'zoom' }, sep, { role: 'front' }] : [{ role: 'minimize' }, { role: 'close' }],
  };
  return [...appMenu, fileMenu, editMenu, viewMenu, windowMenu];
}
