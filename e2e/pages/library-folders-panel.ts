import type { Locator, Page } from '@playwright/test';

/** The "Library folders" panel: one row per added root. */
export class LibraryFoldersPanel {
  readonly root: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('library-folders');
  }

  static async open(page: Page): Promise<LibraryFoldersPanel> {
    await page.getByTestId('library-folders-button').click();
    return new LibraryFoldersPanel(page);
  }

  folder(folderPath: string): Locator {
    return this.root.getByTestId('library-folder').filter({ hasText: folderPath });
  }

  async setWatch(folderPath: string, mode: 'auto' | 'realtime' | 'poll' | 'off'): Promise<void> {
    await this.folder(folderPath).getByTestId('root-watch-mode').selectOption(mode);
  }

  async rescan(folderPath: string): Promise<void> {
    await this.folder(folderPath).getByTestId('root-rescan').click();
  }

  async remove(folderPath: string): Promise<void> {
    await this.folder(folderPath).getByTestId('root-remove').click();
    await this.page.getByTestId('confirm-dialog').getByTestId('confirm').click();
  }

  async close(): Promise<void> {
    await this.root.getByRole('button', { name: 'Close' }).click();
  }
}
