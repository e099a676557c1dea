import type { LoaderStatus } from '../../../shared/types';
import { trayLabel, type SeriesCounts } from './tray-label';
import { trayMenuItems, type TrayAction, type TrayMenuItem } from './tray-menu';

/** The little of Electron's Tray the service needs; tray.ts supplies the real one. */
export interface TrayHandle {
  setToolTip(text: string): void;
  setMenu(items: TrayMenuItem[], onClick: (action: TrayAction) => void): void;
  onClick(listener: () => void): void;
  destroy(): void;
}

export type TrayFactory = () => TrayHandle;

export type TrayActions = Record<TrayAction, () => void>;

/**
 * The tray icon's state: it follows `loader:changed` and the series count, and rebuilds its
 * tooltip and menu only when the words change. Built on an injected factory, so the whole
 * behaviour is tested in plain Node and Electron's Tray stays in tray.ts.
 */
export class TrayService {
  private tray: TrayHandle | null = null;
  private status: LoaderStatus | null = null;
  private total = 0;
  private batchBase = 0;
  private busy = false;
  private shown = '';
  private shownPaused: boolean | null = null;

  constructor(
    private readonly factory: TrayFactory,
    private readonly actions: TrayActions,
  ) {}

  start(): void {
    if (this.tray) return;
    this.tray = this.factory();
    this.tray.onClick(() => this.actions.show());
    this.render();
  }

  /** A `loader:changed` event (or the first status read at start-up). */
  updateStatus(status: LoaderStatus): void {
    const remaining = status.running + status.queued;
    if (remaining > 0 && !this.busy) this.batchBase = status.completedSinceStart;
    this.busy = remaining > 0;
    this.status = status;
    this.render();
  }

  /** The number of series in the library. */
  updateTotal(total: number): void {
    this.total = total;
    this.render();
  }

  get label(): string {
    return this.status ? trayLabel(this.status, this.counts()) : 'Anishelf — starting…';
  }

  /** The current menu rows (what the e2e suite reads through the test hooks). */
  get menu(): TrayMenuItem[] {
    return trayMenuItems(this.label, this.status);
  }

  click(action: TrayAction): void {
    this.actions[action]();
  }

  destroy(): void {
    this.tray?.destroy();
    this.tray = null;
  }

  private counts(): SeriesCounts {
    return { total: this.total, doneInBatch: this.status ? this.status.completedSinceStart - this.batchBase : 0 };
  }

  private render(): void {
    if (!this.tray) return;
    const label = this.label;
    const paused = this.status?.paused ?? null;
    if (label === this.shown && paused === this.shownPaused) return;
    this.shown = label;
    this.shownPaused = paused;
    this.tray.setToolTip(label);
    this.tray.setMenu(this.menu, (action) => this.click(action));
  }
}
