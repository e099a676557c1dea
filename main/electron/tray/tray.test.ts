import { describe, expect, it } from 'vitest';
import type { LoaderStatus } from '../../../shared/types';
import { trayLabel } from './tray-label';
import type { TrayAction, TrayMenuItem } from './tray-menu';
import { TrayService, type TrayHandle } from './tray-service';

const idle: LoaderStatus = { workers: 5, running: 0, queued: 0, failed: 0, offline: 0, paused: false, completedSinceStart: 0, active: true };

describe('trayLabel', () => {
  it.each([
    ['loading', { ...idle, running: 5, queued: 4 }, { total: 12, doneInBatch: 3 }, 'Anishelf — loading 3 of 12 · 5 workers'],
    ['loading, just started', { ...idle, running: 5, queued: 7 }, { total: 12, doneInBatch: 0 }, 'Anishelf — loading 0 of 12 · 5 workers'],
    ['the last one', { ...idle, running: 1 }, { total: 532, doneInBatch: 531 }, 'Anishelf — loading 531 of 532 · 5 workers'],
    ['one worker', { ...idle, workers: 1, running: 1, queued: 1 }, { total: 2, doneInBatch: 0 }, 'Anishelf — loading 0 of 2 · 1 worker'],
    ['loading with failures', { ...idle, running: 2, failed: 2 }, { total: 40, doneInBatch: 8 }, 'Anishelf — loading 8 of 10 · 5 workers · 2 failed'],
    ['all ready', idle, { total: 532, doneInBatch: 0 }, 'Anishelf — 532 series, all ready'],
    ['one series', idle, { total: 1, doneInBatch: 1 }, 'Anishelf — 1 series, all ready'],
    ['failures', { ...idle, failed: 2 }, { total: 532, doneInBatch: 0 }, 'Anishelf — 532 series, 2 failed'],
    // As in the window: a drive away is offline, never also failed.
    ['failures and a drive away', { ...idle, failed: 2, offline: 40 }, { total: 532, doneInBatch: 0 }, 'Anishelf — 532 series, 2 failed, 40 offline'],
    ['a drive away', { ...idle, offline: 40 }, { total: 532, doneInBatch: 0 }, 'Anishelf — 532 series, 40 offline'],
    ['paused while loading', { ...idle, paused: true, running: 0, queued: 9 }, { total: 20, doneInBatch: 4 }, 'Anishelf — paused · 9 waiting'],
    ['paused, idle', { ...idle, paused: true }, { total: 20, doneInBatch: 0 }, 'Anishelf — paused'],
    ['paused with failures', { ...idle, paused: true, queued: 1, failed: 3 }, { total: 20, doneInBatch: 0 }, 'Anishelf — paused · 1 waiting · 3 failed'],
    ['empty library', idle, { total: 0, doneInBatch: 0 }, 'Anishelf — no series yet; drop a folder on the window'],
    ['another process loads', { ...idle, active: false, queued: 4 }, { total: 9, doneInBatch: 0 }, 'Anishelf — another Anishelf is loading this library · 4 waiting'],
    ['another process, nothing to do', { ...idle, active: false }, { total: 9, doneInBatch: 0 }, 'Anishelf — 9 series, all ready'],
  ])('%s', (_what, status, counts, label) => {
    expect(trayLabel(status, counts)).toBe(label);
  });
});

// Electron's Tray stands in as a recorder (the factory is the seam, as in Signal's SystemTrayService).
function recordingTray() {
  const tooltips: string[] = [];
  let menu: TrayMenuItem[] = [];
  let onMenuClick: ((action: TrayAction) => void) | null = null;
  let onIconClick: (() => void) | null = null;
  let destroyed = false;
  const handle: TrayHandle = {
    setToolTip: (t) => tooltips.push(t),
    setMenu: (items, onClick) => {
      menu = items;
      onMenuClick = onClick;
    },
    onClick: (l) => (onIconClick = l),
    destroy: () => (destroyed = true),
  };
  return {
    factory: () => handle,
    tooltips,
    labels: () => menu.map((i) => (i.type === 'separator' ? '—' : `${i.label}${i.enabled ? '' : ' (disabled)'}`)),
    click: (action: TrayAction) => onMenuClick?.(action),
    clickIcon: () => onIconClick?.(),
    get destroyed() {
      return destroyed;
    },
  };
}

function actionsLog() {
  const done: string[] = [];
  const actions = Object.fromEntries((['show', 'add-folder', 'pause', 'resume', 'quit'] as const).map((a) => [a, () => void done.push(a)])) as Record<TrayAction, () => void>;
  return { done, actions };
}

describe('TrayService', () => {
  it('builds the menu from the loader status and runs its actions', () => {
    const tray = recordingTray();
    const { done, actions } = actionsLog();
    const service = new TrayService(tray.factory, actions);
    service.start();
    expect(tray.labels()).toEqual(['Anishelf — starting… (disabled)', '—', 'Show Anishelf', 'Add Folder…', 'Pause Loading (disabled)', '—', 'Quit Anishelf']);
    service.updateTotal(3);
    service.updateStatus(idle);
    expect(tray.tooltips.at(-1)).toBe('Anishelf — 3 series, all ready');
    expect(tray.labels()[4]).toBe('Pause Loading');
    tray.click('pause');
    service.updateStatus({ ...idle, paused: true });
    expect(tray.labels()).toEqual(['Anishelf — paused (disabled)', '—', 'Show Anishelf', 'Add Folder…', 'Resume Loading', '—', 'Quit Anishelf']);
    tray.click('resume');
    tray.click('add-folder');
    tray.clickIcon();
    tray.click('quit');
    expect(done).toEqual(['pause', 'resume', 'add-folder', 'show', 'quit']);
  });

  it('counts a batch from when the loader became busy', () => {
    const tray = recordingTray();
    const service = new TrayService(tray.factory, actionsLog().actions);
    service.start();
    service.updateTotal(100);
    service.updateStatus({ ...idle, completedSinceStart: 40 });
    service.updateStatus({ ...idle, completedSinceStart: 40, running: 5, queued: 7 });
    expect(service.label).toBe('Anishelf — loading 0 of 12 · 5 workers');
    service.updateStatus({ ...idle, completedSinceStart: 43, running: 5, queued: 4 });
    expect(service.label).toBe('Anishelf — loading 3 of 12 · 5 workers');
    service.updateStatus({ ...idle, completedSinceStart: 52 });
    expect(service.label).toBe('Anishelf — 100 series, all ready');
    service.updateStatus({ ...idle, completedSinceStart: 52, running: 1 });
    expect(service.label).toBe('Anishelf — loading 0 of 1 · 5 workers');
  });

  it('rebuilds the menu only when its words change', () => {
    const tray = recordingTray();
    const service = new TrayService(tray.factory, actionsLog().actions);
    service.start();
    service.updateTotal(5);
    service.updateStatus(idle);
    const before = tray.tooltips.length;
    for (let i = 0; i < 50; i++) service.updateStatus({ ...idle });
    expect(tray.tooltips.length).toBe(before);
  });

  it('destroys its icon', () => {
    const tray = recordingTray();
    const service = new TrayService(tray.factory, actionsLog().actions);
    service.start();
    service.destroy();
    expect(tray.destroyed).toBe(true);
  });
});
