import { namedSeries } from '../fixtures/names';
import { writeTree } from '../fixtures/temp';
import { withAniListOffline } from '../fixtures/offline-anilist';
import { expect, test } from '../fixtures/test';
import { IdentifyDialog } from '../pages/identify-dialog';

// AniList on a port nobody listens on: every series waits for the network.
withAniListOffline();

test('the Identify dialog says a series was not looked up while AniList cannot be reached, and a search says why it failed', async ({ library, libraryRoot, page }) => {
  writeTree(libraryRoot, namedSeries(['Frieren'], 2));
  await library.addFolder(libraryRoot);
  await library.waitAllReady(1);
  const panel = await library.openDetail('Frieren');
  await expect(panel.root.getByTestId('match-text')).toHaveAttribute('data-state', 'waiting');
  await panel.root.getByTestId('open-identify').click();
  const dialog = new IdentifyDialog(page);
  await expect(dialog.root.getByTestId('identify-empty')).toHaveText(/^Not looked up yet: AniList cannot be reached \(no network\?\)\. Anishelf tries again by itself; Search tries now\.$/);

  await dialog.search('Frieren');
  // Refused at once while AniList is known offline (its retry is not brought forward), or tried and failed.
  await expect(dialog.error).toHaveText(/^AniList: offline, retrying in \d+ (s|min)$|^AniList cannot be reached/);
  // The alert tells it; "No candidates" would say the title is unknown.
  await expect(dialog.root.getByTestId('identify-empty')).toHaveCount(0);
});
