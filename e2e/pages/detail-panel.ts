import { expect, type Locator, type Page } from '@playwright/test';

/** The series detail panel. */
export class DetailPanel {
  readonly root: Locator;
  readonly title: Locator;
  readonly path: Locator;
  readonly status: Locator;
  readonly error: Locator;
  readonly badge: Locator;
  readonly episodes: Locator;
  readonly media: Locator;
  readonly metadata: Locator;
  readonly missing: Locator;
  readonly missingSummary: Locator;
  readonly missingSpecials: Locator;
  readonly closeButton: Locator;
  /** "Discard unsaved changes?" */
  readonly discardDialog: Locator;
  readonly lockSwitch: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('detail-panel');
    this.title = this.root.getByTestId('detail-title');
    this.path = this.root.getByTestId('detail-path');
    this.status = this.root.getByTestId('detail-status');
    this.error = this.root.getByTestId('detail-error');
    this.badge = this.root.getByTestId('loading-badge');
    this.episodes = this.root.getByTestId('episode-list');
    this.media = this.root.getByTestId('media-checklist');
    this.metadata = this.root.getByTestId('metadata-form');
    this.missing = this.root.getByTestId('missing-episodes');
    this.missingSummary = this.missing.getByTestId('missing-summary');
    this.missingSpecials = this.missing.getByTestId('missing-specials');
    this.closeButton = this.root.getByTestId('detail-close');
    this.discardDialog = page.getByTestId('confirm-dialog').filter({ hasText: 'Discard unsaved changes?' });
    this.lockSwitch = this.metadata.getByRole('switch');
  }

  /** The provider's list of one season, gaps in place. */
  missingSeason(season: number): Locator {
    return this.missing.locator(`[data-testid="missing-season"][data-season="${season}"]`);
  }

  missingRow(season: number, episode: number): Locator {
    return this.missingSeason(season).locator(`[data-testid="missing-row"][data-episode="${episode}"]`);
  }

  /** Clicks the switch's label (the checkbox itself is drawn as a track). */
  async toggleLock(): Promise<void> {
    await this.metadata.locator('label.switch').click();
  }

  async keepEditing(): Promise<void> {
    await this.discardDialog.getByRole('button', { name: 'Keep editing' }).click();
    await expect(this.discardDialog).toBeHidden();
  }

  async discardChanges(): Promise<void> {
    await this.discardDialog.getByRole('button', { name: 'Discard changes' }).click();
    await expect(this.discardDialog).toBeHidden();
  }

  mediaItem(kind: 'poster' | 'logo' | 'fanart' | 'nfo'): Locator {
    return this.media.locator(`[data-media="${kind}"]`);
  }

  async close(): Promise<void> {
    await this.page.keyboard.press('Escape');
    await expect(this.root).toBeHidden();
  }

  async reload(): Promise<void> {
    await this.root.getByTestId('reload').click();
  }

  async removeFromLibrary(): Promise<void> {
    await this.root.getByTestId('remove').click();
    const confirm = this.page.getByTestId('confirm-dialog');
    await expect(confirm).toContainText('files stay');
    await confirm.getByTestId('confirm').click();
    await expect(this.root).toBeHidden();
  }

  field(name: string): Locator {
    return this.metadata.locator(`[name="${name}"]`);
  }

  async save(): Promise<void> {
    await this.metadata.getByTestId('save-metadata').click();
  }
}
