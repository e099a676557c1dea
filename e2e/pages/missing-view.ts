import { expect, type Locator, type Page } from '@playwright/test';

/** The library-wide list of missing episodes. */
export class MissingView {
  readonly root: Locator;
  readonly groups: Locator;
  readonly rows: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('missing-view');
    this.groups = this.root.getByTestId('missing-group');
    this.rows = this.root.getByTestId('missing-view-row');
  }

  static async open(page: Page): Promise<MissingView> {
    await page.getByTestId('open-missing-view').click();
    const view = new MissingView(page);
    await expect(view.root).toBeVisible();
    return view;
  }

  group(series: string): Locator {
    return this.groups.filter({ has: this.page.getByRole('heading', { name: new RegExp(`^${series}`) }) });
  }

  filterChip(what: 'aired' | 'upcoming' | 'specials'): Locator {
    return this.root.getByTestId(`missing-filter-${what}`);
  }

  /** Clicks Export CSV and returns the file's text. */
  async exportCsv(): Promise<string> {
    const download = this.page.waitForEvent('download');
    await this.root.getByTestId('export-csv').click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('missing-episodes.csv');
    const stream = await file.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  }

  async close(): Promise<void> {
    await this.root.getByTestId('close-missing-view').click();
    await expect(this.root).toBeHidden();
  }
}
