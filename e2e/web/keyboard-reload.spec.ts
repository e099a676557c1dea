import { seriesTree, writeTree } from '../fixtures/temp';
import { expect, test } from '../fixtures/test';

test('Enter in the search box moves focus to the first result', async ({ library, libraryRoot, page }) => {
  writeTree(libraryRoot, seriesTree({ 'Cowboy Bebop': 1, 'Space Dandy': 1, Planetes: 1 }));
  await library.addFolder(libraryRoot);
  await library.waitAllReady(3);
  await library.searchBox.fill('space');
  await library.searchBox.press('Enter');
  const first = library.card('Space Dandy');
  await expect(first).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('detail-title')).toHaveText('Space Dandy');
});

test('the query, filter and sort survive a page reload', async ({ library, libraryRoot, page }) => {
  writeTree(libraryRoot, seriesTree({ 'Cowboy Bebop': 1, 'Space Dandy': 1, 'Samurai Champloo': 1, Planetes: 1 }));
  await library.addFolder(libraryRoot);
  await library.waitAllReady(4);
  await library.filter('missing-artwork');
  await library.sortBy('added');
  await expect.poll(() => library.total()).toBe(4);
  await library.search('sa');
  await expect.poll(() => library.titlesInOrder()).toEqual(['Samurai Champloo']);
  await expect(page).toHaveURL(/q=sa/);

  await page.reload();
  await library.ready();
  await expect(library.searchBox).toHaveValue('sa');
  await expect(page.getByTestId('filter-missing-artwork')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('sort')).toHaveValue('added');
  await expect.poll(() => library.titlesInOrder()).toEqual(['Samurai Champloo']);
});
