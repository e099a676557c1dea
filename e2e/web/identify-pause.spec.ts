import fs from 'node:fs';
import path from 'node:path';
import { buildAniListMedia } from '../../main/core/metadata/testing/build-anilist';
import { ANILIST_SEEDS } from '../../main/core/metadata/testing/data/anilist-seeds';
import { FakeProviderServer } from '../../main/core/metadata/testing/fake-provider-server';
import { SettingsDialog } from '../pages/settings-dialog';
import { expect, test } from '../fixtures/test';

// The served core identifies against a local AniList (real response shapes) on 127.0.0.1.
let anilist: FakeProviderServer;
test.beforeAll(async () => {
  anilist = await new FakeProviderServer({ anilist: buildAniListMedia(ANILIST_SEEDS) }).start();
});
test.afterAll(async () => {
  await anilist.close();
});
// Fixtures are set up after beforeAll, so the server gets this spec's local AniList.
test.use({ serverEnv: async ({}, use) => use({ ANISHELF_PROVIDERS: 'on', ANISHELF_ANILIST_URL: anilist.anilistUrl, ANISHELF_ANILIST_PER_MIN: '600' }) });

test('Pause in the header pauses identification too and says so; Resume identifies the rest', async ({ library, libraryRoot, page }) => {
  test.setTimeout(600_000);
  for (const show of ['Toradora!', 'Death Note']) {
    fs.mkdirSync(path.join(libraryRoot, show));
    for (let e = 1; e <= 12; e++) fs.writeFileSync(path.join(libraryRoot, show, `${show} - ${String(e).padStart(2, '0')}.mkv`), 'v');
  }
  // Read the folders with AniList off, so that only identification is left.
  const settings = new SettingsDialog(page);
  await settings.open();
  await settings.anilist.uncheck();
  await settings.save();
  await expect(settings.saved).toBeVisible();
  await settings.close();
  await library.addFolder(libraryRoot);
  await library.waitAllReady(2);

  await library.pauseLoader();
  await settings.open();
  await settings.anilist.check();
  await settings.save();
  await expect(settings.saved).toBeVisible();
  await settings.close();
  await expect(page.getByTestId('network-summary')).toHaveText('Identification paused · 2 left');
  expect(anilist.requests).toHaveLength(0);

  await library.resumeLoader();
  // (A matched card takes the provider's title: "DEATH NOTE".)
  // (Their lists follow, and a card with missing episodes shows those instead of "matched".)
  for (const i of [0, 1]) await expect(library.cards().nth(i)).toHaveAttribute('data-match-state', 'matched');
  await expect(page.getByTestId('network-summary')).toHaveCount(0);
  expect(anilist.requests.length).toBeGreaterThan(0);
});
