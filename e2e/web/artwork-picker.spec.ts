import fs from 'node:fs';
import path from 'node:path';
import { JPEG_6X9 } from '../../main/core/artwork/testing/images';
import { buildAniListMedia } from '../../main/core/metadata/testing/build-anilist';
import { buildTmdbShows } from '../../main/core/metadata/testing/build-tmdb';
import { ANILIST_SEEDS } from '../../main/core/metadata/testing/data/anilist-seeds';
import { TMDB_SEEDS } from '../../main/core/metadata/testing/data/tmdb-seeds';
import { FakeProviderServer } from '../../main/core/metadata/testing/fake-provider-server';
import { expect, test } from '../fixtures/test';

// The served core fetches artwork from a local AniList + TMDB and their image CDNs on 127.0.0.1.
const KEY = '0123456789abcdef0123456789abcdef';
let providers: FakeProviderServer;
test.beforeAll(async () => {
  providers = await new FakeProviderServer({ anilist: buildAniListMedia(ANILIST_SEEDS), tmdb: buildTmdbShows(TMDB_SEEDS), tmdbKey: KEY }).start();
});
test.afterAll(async () => {
  await providers.close();
});
// Fixtures are set up after beforeAll, so the server gets this spec's local providers.
test.use({
  serverEnv: async ({}, use) =>
    use({ ANISHELF_PROVIDERS: 'on', ANISHELF_ANILIST_URL: providers.anilistUrl, ANISHELF_TMDB_URL: providers.tmdbUrl, ANISHELF_TMDB_KEY: KEY, ANISHELF_ANILIST_PER_MIN: '600' }),
});

test('Refresh artwork keeps the user\'s fanart; Choose artwork shows candidates through the proxy and replaces the user\'s file only after comparing', async ({ library, libraryRoot, page }) => {
  test.setTimeout(600_000);
  const folder = path.join(libraryRoot, 'Breaking Bad (2008)');
  fs.mkdirSync(folder, { recursive: true });
  fs.writeFileSync(path.join(folder, 'Breaking Bad - S01E01.mkv'), 'v');
  fs.writeFileSync(path.join(folder, 'fanart.jpg'), JPEG_6X9);
  const csp: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) csp.push(m.text());
  });
  await library.addFolder(libraryRoot);
  await library.waitAllReady(1);
  await expect.poll(() => fs.existsSync(path.join(folder, 'clearlogo.png'))).toBe(true);

  const panel = await library.openDetail('Breaking Bad');
  const section = panel.root.getByTestId('artwork-section');
  await section.getByTestId('refresh-artwork').click();
  await expect(section.getByTestId('artwork-message')).toContainText('Kept your own fanart.jpg');
  expect(fs.readFileSync(path.join(folder, 'fanart.jpg'))).toEqual(JPEG_6X9);

  await section.getByTestId('open-artwork-picker').click();
  const picker = page.getByTestId('artwork-picker');
  await expect(picker.getByTestId('artwork-current')).toContainText('Now: poster.jpg (written by Anishelf)');
  const poster = picker.getByTestId('artwork-candidate').first();
  await expect(poster).toContainText('680×1000 · EN · TMDB');
  // The remote image reaches the page through the core's proxy, under the strict CSP.
  await expect.poll(() => poster.locator('img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);

  await picker.getByTestId('artwork-tab-logo').click();
  await expect(picker.getByTestId('artwork-candidate').first()).toContainText('EN · TMDB');

  await picker.getByTestId('artwork-tab-fanart').click();
  await expect(picker.getByTestId('artwork-current')).toContainText('fanart.jpg (your own file)');
  await picker.getByTestId('artwork-candidate').first().click();
  const compare = picker.getByTestId('artwork-compare');
  await expect(compare).toContainText('fanart.jpg is your own file');
  for (const id of ['compare-old', 'compare-new']) {
    await expect.poll(() => compare.getByTestId(id).evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
  }
  expect(fs.readFileSync(path.join(folder, 'fanart.jpg'))).toEqual(JPEG_6X9);
  await compare.getByTestId('confirm-replace').click();
  await expect(picker.getByTestId('artwork-notice')).toHaveText('Saved fanart.jpg.');
  await expect(picker.getByTestId('artwork-current')).toContainText('fanart.jpg (written by Anishelf)');
  expect(fs.readFileSync(path.join(folder, 'fanart.jpg'))).not.toEqual(JPEG_6X9);
  expect(csp).toEqual([]);
});
