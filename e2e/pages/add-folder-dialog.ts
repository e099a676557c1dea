import { expect, type Locator, type Page } from '@playwright/test';

/** "Add folder": the "Folder path" field, the folder browser and its breadcrumb, one "Add folder" button. */
export class AddFolderDialog {
  readonly root: Locator;
  readonly pathField: Locator;
  readonly error: Locator;
  /** The breadcrumb; its `data-path` is the folder shown. */
  readonly browserPath: Locator;
  readonly submit: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('add-folder-dialog');
    this.pathField = this.root.getByLabel('Folder path');
    this.error = this.root.getByTestId('add-error');
    this.browserPath = this.root.getByTestId('browser-path');
    this.submit = this.root.getByTestId('add-folder-submit');
  }

  /** The folder the browser shows. */
  async browsedPath(): Promise<string> {
    return (await this.browserPath.getAttribute('data-path')) ?? '';
  }

  /** Types the path, then presses Enter. */
  async addTyped(folder: string): Promise<void> {
    await this.pathField.fill(folder);
    await this.pathField.press('Enter');
  }

  async browseInto(name: string): Promise<void> {
    await this.root.getByTestId('folder-browser').getByRole('button', { name, exact: true }).click();
  }

  async up(): Promise<void> {
    const before = await this.browsedPath();
    await this.root.getByTestId('browser-up').click();
    await expect(this.browserPath).not.toHaveAttribute('data-path', before);
  }

  /** Browses to an absolute folder by clicking: up to the root, then down one name at a time. */
  async browseTo(folder: string): Promise<void> {
    await expect(this.browserPath).toHaveAttribute('data-path', /^\//);
    while ((await this.browsedPath()) !== '/') await this.up();
    let current = '';
    for (const part of folder.split('/').filter(Boolean)) {
      await this.browseInto(part);
      current += `/${part}`;
      await expect(this.browserPath).toHaveAttribute('data-path', current);
    }
  }

  /** Browsing fills the path field: the one "Add folder" button adds it. */
  async addBrowsed(): Promise<void> {
    await this.submit.click();
  }

  async cancel(): Promise<void> {
    await this.root.getByRole('button', { name: 'Cancel' }).click();
    await expect(this.root).toBeHidden();
  }
}
