import fs from 'node:fs';
import path from 'node:path';
import { SettingsDialog } from '../pages/settings-dialog';
import { withLocalAniList } from '../fixtures/local-anilist';
import { expect, test } from '../fixtures/test';

const anilist = withLocalAniList();

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
  expect(anilist().requests).toHaveLength(0);

  await library.resumeLoader();
  // (A matched card takes the provider's title: "DEATH NOTE".)
  // (Their lists follow, and a card with missing episodes shows those instead of "matched".)
  for (const i of [0, 1]) await expect(library.cards().nth(i)).toHaveAttribute('data-match-state', 'matched');
  await expect(page.getByTestId('network-summary')).toHaveCount(0);
  expect(anilist().requests.length).toBeGreaterThan(0);
});
