import AxeBuilder from '@axe-core/playwright';
import { SettingsDialog } from '../pages/settings-dialog';
import { expect, test } from '../fixtures/test';

const KEY = '5f3a9c1e7b2d4f6a8c0e1b3d5f7a9c2e';
// Providers as a user has them (on by default), pointed at a closed local port: nothing leaves the machine.
test.use({ serverEnv: { ANISHELF_PROVIDERS: 'on', ANISHELF_ANILIST_URL: 'http://127.0.0.1:9/', ANISHELF_TMDB_URL: 'http://127.0.0.1:9/3' } });

test('every setting round-trips through the core, a refused value shows its code once, and the TMDB key never reaches the page', async ({ library, page, server }) => {
  const settings = new SettingsDialog(page);
  await settings.open();
  await expect(settings.keyState).toHaveText('No key is set.');
  await expect(settings.titleLanguage).toHaveValue('romaji');
  // Content ratings follow the system's country until one is chosen.
  await expect(settings.ratingCountry).toHaveValue('');
  await expect(settings.ratingCountry).toHaveAttribute('placeholder', /^[A-Z]{2} \(from the system\)$/);
  await expect(settings.anilist).toBeChecked();
  await expect(settings.tmdb).toBeChecked();
  await expect(settings.workers).toHaveValue('5');
  await expect(settings.episodeNfos).toBeChecked();
  const { violations } = await new AxeBuilder({ page }).include('[data-testid="settings-dialog"]').analyze();
  expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);

  // A key that is neither a v3 key nor a v4 token: one error, with its code, and nothing saved.
  await settings.tmdbKey.fill('not-a-key');
  await settings.save();
  await expect(settings.error).toHaveCount(1);
  await expect(settings.error).toHaveAttribute('data-code', 'CONFIG_INVALID');
  await expect(settings.error).toContainText('neither a TMDB API key');
  expect((await settings.error.textContent())!.match(/CONFIG_INVALID/g)).toHaveLength(1);
  await expect(settings.keyState).toHaveText('No key is set.');

  await settings.tmdbKey.fill(KEY);
  await settings.titleLanguage.selectOption('english');
  await settings.ratingCountry.fill('de');
  await settings.anilist.uncheck();
  await settings.tmdb.uncheck();
  await settings.workers.fill('3');
  await settings.episodeNfos.uncheck();
  await settings.save();
  await expect(settings.saved).toBeVisible();
  await expect(settings.error).toHaveCount(0);
  await expect(settings.tmdbKey).toHaveValue('');
  await expect(settings.keyState).toHaveText(/^A key is set\./);

  const keyShown = async () => {
    const html = await page.content();
    const values = await page.locator('input, textarea, select').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value).join('\n'));
    return [html, values].some((text) => text.includes(KEY) || text.includes(KEY.slice(-4)));
  };
  expect(await keyShown()).toBe(false);

  // A fresh page reads everything back from the core.
  await settings.close();
  await page.reload();
  await library.ready();
  await settings.open();
  await expect(settings.keyState).toHaveText(/^A key is set\./);
  await expect(settings.titleLanguage).toHaveValue('english');
  await expect(settings.ratingCountry).toHaveValue('DE');
  await expect(settings.anilist).not.toBeChecked();
  await expect(settings.tmdb).not.toBeChecked();
  await expect(settings.workers).toHaveValue('3');
  await expect(settings.episodeNfos).not.toBeChecked();
  expect(await keyShown()).toBe(false);

  // The other way round, and the key removed.
  await settings.titleLanguage.selectOption('native');
  await settings.ratingCountry.fill('');
  await settings.anilist.check();
  await settings.tmdb.check();
  await settings.workers.fill('16');
  await settings.episodeNfos.check();
  await settings.save();
  await expect(settings.saved).toBeVisible();
  await settings.root.getByTestId('settings-tmdb-key-remove').click();
  await expect(settings.keyState).toHaveText('No key is set.');
  await settings.close();
  await page.reload();
  await library.ready();
  await settings.open();
  await expect(settings.titleLanguage).toHaveValue('native');
  await expect(settings.ratingCountry).toHaveValue('');
  await expect(settings.anilist).toBeChecked();
  await expect(settings.tmdb).toBeChecked();
  await expect(settings.workers).toHaveValue('16');
  await expect(settings.episodeNfos).toBeChecked();
  await expect(settings.keyState).toHaveText('No key is set.');

  // Nor in the server's own output.
  expect(server.output()).not.toContain(KEY);
});
