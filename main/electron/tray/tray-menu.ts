import type { LoaderStatus } from '../../../shared/types';

/** A tray menu row as plain data; tray.ts turns these into Electron's Menu. */
export type TrayMenuItem =
  | { type: 'normal'; id: TrayAction | 'status'; label: string; enabled: boolean }
  | { type: 'separator' };

export type TrayAction = 'show' | 'add-folder' | 'pause' | 'resume' | 'quit';

/** The tray menu: what the loader does (a disabled row), Show, Add folder…, Pause/Resume, Quit. */
export function trayMenuItems(label: string, status: LoaderStatus | null): TrayMenuItem[] {
  const paused = status?.paused ?? false;
  return [
    { type: 'normal', id: 'status', label, enabled: false },
    { type: 'separator' },
    { type: 'normal', id: 'show', label: 'Show Anishelf', enabled: true },
    { type: 'normal', id: 'add-folder', label: 'Add Folder…', enabled: true },
    paused
      ? { type: 'normal', id: 'resume', label: 'Resume Loading', enabled: status !== null }
      : { type: 'normal', id: 'pause', label: 'Pause Loading', enabled: status !== null },
    { type: 'separator' },
    { type: 'normal', id: 'quit', label: 'Quit Anishelf', enabled: true },
  ];
}
