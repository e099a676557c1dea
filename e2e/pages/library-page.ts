import { expect, type Locator, type Page } from '@playwright/test';
import { AddFolderDialog } from './add-folder-dialog';
import { DetailPanel } from './detail-panel';

export type BadgeStatus = 'pending' | 'loading' | 'completed' | 'failed' | 'cancelled' | 'offline';

export interface CardState {
  id: number;
  title: string;
  status: BadgeStatus;
  stage: string;
}

/** The library window: header, grid, notices. Works the same in a browser and in Electron. */
export class LibraryPage {
  readonly grid: Locator;
  readonly summary: Locator;
  readonly searchBox: Locator;
  readonly emptyState: Locator;

  constructor(readonly page: Page) {
    this.grid = page.getByTestId('library-grid');
    this.summary = page.getByTestId('loader-summary');
    this.searchBox = page.getByTestId('search');
    this.emptyState = page.getByTestId('empty-state');
  }

  /** Waits until the first list has arrived (grid or empty state). */
  async ready(): Promise<void> {
    await expect(this.page.locator('[data-testid="library-grid"], [data-testid="empty-state"], [data-testid="no-matches"]').first()).toBeVisible();
  }

  cards(): Locator {
    return this.page.getByTestId('series-card');
  }

  card(title: string): Locator {
    return this.cards().filter({ has: this.page.getByTestId('card-title').getByText(title, { exact: true }) });
  }

  badge(title: string): Locator {
    return this.card(title).getByTestId('loading-badge');
  }

  /** How many series the grid holds (rendered or not). */
  async total(): Promise<number> {
    return Number(await this.grid.getAttribute('data-total'));
  }

  /**
   * Scrolls the whole grid and reads every card, rendered or not. After each scroll it waits
   * until the virtualised rows for that position are in the DOM (a busy machine can take more
   * than a frame or two to render them), so no card is skipped.
   */
  async allCards(): Promise<CardState[]> {
    return this.page.evaluate(async () => {
      const grid = document.querySelector<HTMLElement>('[data-testid="library-grid"]');
      if (!grid) return [];
      const total = Number(grid.dataset.total);
      const seen = new Map<number, { id: number; title: string; status: string; stage: string }>();
      const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
      const cards = () => [...grid.querySelectorAll<HTMLElement>('[data-testid="series-card"]')];
      // The rendered cards reach from the top of the view to its bottom (or to the last card).
      const coversView = () => {
        const list = cards();
        if (list.length === 0) return total === 0;
        const view = grid.getBoundingClientRect();
        const style = getComputedStyle(grid);
        const top = view.top + (grid.scrollTop === 0 ? parseFloat(style.paddingTop) : 0);
        const rects = list.map((c) => c.getBoundingClientRect());
        const hasLast = list.some((c) => Number(c.dataset.index) === total - 1);
        return Math.min(...rects.map((r) => r.top)) <= top + 1 && (hasLast || Math.max(...rects.map((r) => r.bottom)) >= view.bottom - parseFloat(style.paddingBottom) - 1);
      };
      grid.scrollTop = 0;
      for (;;) {
        await frame();
        for (let i = 0; i < 600 && !coversView(); i++) await frame();
        for (const card of cards()) {
          const badge = card.querySelector<HTMLElement>('[data-testid="loading-badge"]');
          const id = Number(card.dataset.seriesId);
          seen.set(id, { id, title: card.querySelector('[data-testid="card-title"]')?.textContent ?? '', status: badge?.dataset.status ?? '', stage: badge?.dataset.stage ?? '' });
        }
        if (grid.scrollTop + grid.clientHeight >= grid.scrollHeight - 1) break;
        grid.scrollTop += grid.clientHeight;
      }
      grid.scrollTop = 0;
      return [...seen.values()];
    }) as Promise<CardState[]>;
  }

  /** Waits until `count` series are in the grid and every badge says completed. */
  async waitAllReady(count: number, timeout = 300_000): Promise<void> {
    // The grid holds its order while the pointer is over it: point at the header, so the order
    // the core gives once loading ends is shown.
    await this.page.mouse.move(1, 1);
    await expect(this.summary).toHaveText(`${count.toLocaleString('en-US')} series, all ready`, { timeout });
    // What is still waited on is in the failure message: the cards read, and the first few that
    // are not completed.
    await expect
      .poll(
        async () => {
          const cards = await this.allCards();
          const waiting = cards.filter((c) => c.status !== 'completed');
          return { read: cards.length, notCompleted: waiting.slice(0, 5).map((c) => `${c.title} (${c.status}, ${c.stage})`) };
        },
        { timeout },
      )
      .toEqual({ read: count, notCompleted: [] });
  }

  async openAddFolder(): Promise<AddFolderDialog> {
    await this.page.getByTestId('add-folder-button').click();
    const dialog = new AddFolderDialog(this.page);
    await expect(dialog.root).toBeVisible();
    return dialog;
  }

  /** Adds a folder through the "Folder path" dialog and waits for the result notice. */
  async addFolder(folder: string): Promise<void> {
    const dialog = await this.openAddFolder();
    await dialog.addTyped(folder);
    await expect(dialog.root).toBeHidden();
  }

  /** Dismisses the notices still shown (info and success ones also leave by themselves). */
  async dismissNotices(): Promise<void> {
    const buttons = this.page.locator('[data-testid="notice"] [aria-label="Dismiss"]');
    while ((await buttons.count()) > 0) {
      // One may time out between the count and the click: that is as good as dismissed.
      await buttons.first().click({ timeout: 2000 }).catch(() => undefined);
    }
  }

  addResult(): Locator {
    return this.page.locator('[data-testid="notice"][data-kind="add-result"]');
  }

  async search(text: string): Promise<void> {
    await this.searchBox.fill(text);
  }

  async filter(name: 'all' | 'loading' | 'failed' | 'missing-artwork' | 'missing-nfo' | 'offline' | 'missing-episodes' | 'airing'): Promise<void> {
    await this.page.getByTestId(`filter-${name}`).click();
  }

  async sortBy(sort: 'title' | 'added' | 'status' | 'missing'): Promise<void> {
    await this.page.getByTestId('sort').selectOption(sort);
  }

  async pauseLoader(): Promise<void> {
    await this.page.getByTestId('pause-loader').click();
    await expect(this.page.getByTestId('resume-loader')).toBeVisible();
  }

  async resumeLoader(): Promise<void> {
    await this.page.getByTestId('resume-loader').click();
    await expect(this.page.getByTestId('pause-loader')).toBeVisible();
  }

  async openDetail(title: string): Promise<DetailPanel> {
    await this.card(title).click();
    const panel = new DetailPanel(this.page);
    await expect(panel.root).toBeVisible();
    await expect(panel.title).toHaveText(title);
    return panel;
  }

  /** Series ids of the cards in the grid's order (scrolls the grid). */
  async idsInOrder(): Promise<number[]> {
    return (await this.allCards()).map((c) => c.id);
  }

  cardById(id: number): Locator {
    return this.page.locator(`[data-testid="series-card"][data-series-id="${id}"]`);
  }

  async titlesInOrder(): Promise<string[]> {
    return (await this.allCards()).map((c) => c.title);
  }
}
