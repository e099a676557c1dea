import { writeTree } from '../fixtures/temp';
import { expect, test } from '../fixtures/test';

test("season packs of one show are told apart by their season, on the cards and in the detail", async ({ library, libraryRoot, page }) => {
  const pack = (season: number, episodes: number) => {
    const folder = `Breaking.Bad.2008.S0${season}.1080p.BluRay.x264-ROVERS`;
    return Object.fromEntries(Array.from({ length: episodes }, (_, i) => [`${folder}/Breaking.Bad.S0${season}E0${i + 1}.1080p.BluRay.x264-ROVERS.mkv`, '']));
  };
  writeTree(libraryRoot, { ...pack(1, 3), ...pack(2, 2), 'Planetes/Planetes - 01.mkv': '' });
  await library.addFolder(libraryRoot);
  await library.waitAllReady(3);

  const meta = (card: ReturnType<typeof library.card>) => card.locator('.card-meta-text');
  await expect(library.card('Breaking Bad')).toHaveCount(2);
  await expect(meta(library.card('Breaking Bad').first())).toHaveText('Season 1 · 2008 · 3 episodes');
  await expect(meta(library.card('Breaking Bad').last())).toHaveText('Season 2 · 2008 · 2 episodes');
  // A title no other series has gets no note.
  await expect(meta(library.card('Planetes'))).toHaveText('1 episode');

  await library.card('Breaking Bad').last().click();
  await expect(page.getByTestId('detail-sub')).toHaveText('2008 · Season 2 · 2 episodes');
});
