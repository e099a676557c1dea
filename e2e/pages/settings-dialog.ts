import type { Locator, Page } from '@playwright/test';

/** The Settings dialog opened from the header. */
export class SettingsDialog {
  readonly root: Locator;
  readonly tmdbKey: Locator;
  readonly keyState: Locator;
  readonly titleLanguage: Locator;
  readonly ratingCountry: Locator;
  readonly anilist: Locator;
  readonly tmdb: Locator;
  readonly workers: Locator;
  readonly episodeNfos: Locator;
  readonly error: Locator;
  readonly saved: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('settings-dialog');
    this.tmdbKey = this.root.getByTestId('settings-tmdb-key');
    this.keyState = this.root.getByTestId('settings-tmdb-key-state');
    this.titleLanguage = this.root.getByTestId('settings-title-language');
    this.ratingCountry = this.root.getByTestId('settings-rating-country');
    this.anilist = this.root.getByTestId('settings-anilist');
    this.tmdb = this.root.getByTestId('settings-tmdb');
    this.workers = this.root.getByTestId('settings-workers');
    this.episodeNfos = this.root.getByTestId('settings-episode-nfos');
    this.error = this.root.getByTestId('settings-error');
    this.saved = this.root.getByTestId('settings-saved');
  }

  async open(): Promise<void> {
    await this.page.getByTestId('settings-button').click();
    await this.titleLanguage.waitFor();
  }

  async save(): Promise<void> {
    await this.root.getByTestId('settings-save').click();
  }

  async close(): Promise<void> {
    await this.page.keyboard.press('Escape');
    await this.root.waitFor({ state: 'hidden' });
  }
}
