import type { Locator, Page } from '@playwright/test';

/** The Identify dialog opened from the detail panel. */
export class IdentifyDialog {
  readonly root: Locator;
  readonly candidates: Locator;
  readonly query: Locator;
  readonly ref: Locator;
  readonly error: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('identify-dialog');
    this.candidates = this.root.getByTestId('identify-candidate');
    this.query = this.root.getByTestId('identify-query');
    this.ref = this.root.getByTestId('identify-ref');
    this.error = this.root.getByTestId('identify-error');
  }

  candidate(entry: string): Locator {
    return this.root.locator(`[data-testid="identify-candidate"][data-entry="${entry}"]`);
  }

  async search(text: string): Promise<void> {
    await this.query.fill(text);
    await this.root.getByTestId('identify-search').click();
  }

  async choose(entry: string): Promise<void> {
    await this.candidate(entry).getByTestId('identify-choose').click();
  }

  async useRef(text: string): Promise<void> {
    await this.ref.fill(text);
    await this.root.getByTestId('identify-use-ref').click();
  }
}
