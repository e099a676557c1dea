import { seriesTree, writeTree } from '../fixtures/temp';
import { expect, test } from '../fixtures/test';

const NFO = (title: string) => `<?xml version="1.0" encoding="UTF-8"?>\n<tvshow><title>${title}</title></tvshow>\n`;

test('search, filter chips and sort ask the core and show the right cards', async ({ library, libraryRoot, page }) => {
  // Only unnumbered videos in the three series without an NFO: for numbered ones the loader writes
  // episode NFOs and a minimal tvshow.nfo (for Kodi), and nothing would be missing its NFO.
  const unnumbered = (name: string) => ({ [`${name}/${name} - Special.mkv`]: '', [`${name}/${name} - Extra.mkv`]: '' });
  writeTree(libraryRoot, {
    ...seriesTree({ 'Cowboy Bebop': 2, Planetes: 2 }),
    ...unnumbered('Samurai Champloo'),
    ...unnumbered('Space Dandy'),
    ...unnumbered('Mushishi'),
    'Cowboy Bebop/tvshow.nfo': NFO('Cowboy Bebop'),
    'Planetes/tvshow.nfo': NFO('Planetes'),
  });
  await library.addFolder(libraryRoot);
  await library.waitAllReady(5);
  expect(await library.titlesInOrder()).toEqual(['Cowboy Bebop', 'Mushishi', 'Planetes', 'Samurai Champloo', 'Space Dandy']);

  await library.search('SPACE');
  await expect.poll(() => library.titlesInOrder()).toEqual(['Space Dandy']);
  await library.search('o');
  await expect.poll(() => library.titlesInOrder()).toEqual(['Cowboy Bebop', 'Samurai Champloo']);
  await library.search('nothing like this');
  await expect(page.getByTestId('no-matches')).toBeVisible();
  await page.getByTestId('no-matches').getByRole('button', { name: 'Show all' }).click();
  await expect.poll(() => library.total()).toBe(5);
  await expect(library.searchBox).toHaveValue('');

  await library.filter('missing-nfo');
  await expect.poll(() => library.titlesInOrder()).toEqual(['Mushishi', 'Samurai Champloo', 'Space Dandy']);
  await expect(page.getByTestId('filter-missing-nfo')).toHaveAttribute('aria-pressed', 'true');
  await library.filter('failed');
  await expect(page.getByTestId('no-matches')).toBeVisible();
  await library.filter('missing-artwork');
  await expect.poll(() => library.total()).toBe(5);
  await library.filter('all');

  await library.sortBy('added');
  await expect.poll(() => library.total()).toBe(5);
  await library.sortBy('title');
  // The summary counts the whole library whatever the view shows.
  await library.search('bebop');
  await expect.poll(() => library.titlesInOrder()).toEqual(['Cowboy Bebop']);
  await expect(library.summary).toHaveText('5 series, all ready');

  // `/` focuses the search box from anywhere.
  await library.searchBox.press('Escape');
  await expect(library.searchBox).toHaveValue('');
  await page.locator('body').click({ position: { x: 5, y: 300 } });
  await page.keyboard.press('/');
  await expect(library.searchBox).toBeFocused();
});

test('a search finds a series however its name is spelled: accents, punctuation and word order do not count', async ({ library, libraryRoot }) => {
  // The accented folder as a Mac writes it to a share: "e" and a combining accent.
  writeTree(libraryRoot, seriesTree({ ['Pokémon Horizons'.normalize('NFD')]: 1, 'Kaguya-sama wa Kokurasetai': 1, 'SPY×FAMILY': 1 }));
  // Typed before the folder is added: the series come in, and change as they load, through live
  // events, which the window places itself.
  await library.search('pokemon');
  await library.addFolder(libraryRoot);
  await expect(library.summary).toHaveText('3 series, all ready', { timeout: 300_000 });
  // The title is read from the folder name in composed form.
  await expect.poll(() => library.titlesInOrder()).toEqual(['Pokémon Horizons'.normalize('NFC')]);
  await library.search('');
  await library.waitAllReady(3);
  await library.search('sama kaguya');
  await expect.poll(() => library.titlesInOrder()).toEqual(['Kaguya-sama wa Kokurasetai']);
  await library.search('spy family');
  await expect.poll(() => library.titlesInOrder()).toEqual(['SPY×FAMILY']);
});
