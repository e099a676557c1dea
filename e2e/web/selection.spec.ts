import fs from 'node:fs';
import path from 'node:path';
import { seriesTree, writeTree } from '../fixtures/temp';
import { withLocalAniList } from '../fixtures/local-anilist';
import { expect, screenshot, test } from '../fixtures/test';

withLocalAniList();

const NAMES = ['Ashita no Joe', 'Berserk Fans Cut', 'Cowboy Bebop Remix', 'Dennou Coil Notes', 'Eizouken Doodles'];

test('Ctrl+click, Shift+click, Space and "Select" choose series; Esc and Done end it; a narrower search drops the rest', async ({ library, libraryRoot, page }) => {
  writeTree(libraryRoot, seriesTree(Object.fromEntries(NAMES.map((n) => [n, 1]))));
  await library.addFolder(libraryRoot);
  await library.waitAllReady(5);
  await library.dismissNotices();
  await expect.poll(() => library.titlesInOrder()).toEqual(NAMES);
  const bar = page.getByTestId('selection-bar');
  const count = page.getByTestId('selection-count');
  const selected = () => page.locator('[data-testid="series-card"][data-selected]').getByTestId('card-title').allTextContents();

  await library.card(NAMES[0]!).click({ modifiers: ['ControlOrMeta'] });
  await expect(count).toHaveText('1 series selected');
  await library.card(NAMES[3]!).click({ modifiers: ['Shift'] });
  await expect(count).toHaveText('4 series selected');
  await library.card(NAMES[1]!).click({ modifiers: ['ControlOrMeta'] });
  expect(await selected()).toEqual([NAMES[0], NAMES[2], NAMES[3]]);
  // No panel opened on the way.
  await expect(page.getByTestId('detail-title')).toHaveCount(0);
  await expect(library.card(NAMES[0]!)).toHaveAttribute('aria-label', /, selected$/);
  await page.keyboard.press('Escape');
  await expect(bar).toHaveCount(0);
  expect(await selected()).toEqual([]);

  // "Select": plain clicks add and take away; Space does the same on the focused card.
  await page.getByTestId('select-button').click();
  await expect(page.getByTestId('select-button')).toHaveAttribute('aria-pressed', 'true');
  await expect(count).toHaveText('Click series to select them');
  await library.card(NAMES[4]!).click();
  await library.card(NAMES[2]!).click();
  await library.card(NAMES[4]!).click();
  expect(await selected()).toEqual([NAMES[2]]);
  await library.card(NAMES[1]!).focus();
  await page.keyboard.press('Space');
  expect(await selected()).toEqual([NAMES[1], NAMES[2]]);
  await screenshot(page, 'selection');
  // In a narrow window the bar wraps; no button's text is cut.
  await page.setViewportSize({ width: 800, height: 600 });
  const cut = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[data-testid="selection-bar"] *')]
      .filter((el) => el.scrollWidth > el.clientWidth + 1 || el.getBoundingClientRect().right > window.innerWidth)
      .map((el) => el.textContent),
  );
  expect(cut).toEqual([]);
  await screenshot(page, 'selection-800x600');

  // Ctrl+A in the grid and "Select all" take every series; Shift+Space a range from the anchor.
  await page.keyboard.press('ControlOrMeta+a');
  await expect(count).toHaveText('5 series selected');
  await library.card(NAMES[3]!).click({ modifiers: ['ControlOrMeta'] });
  await library.card(NAMES[4]!).click({ modifiers: ['ControlOrMeta'] });
  await library.card(NAMES[1]!).focus();
  await page.keyboard.press('Space');
  await expect(count).toHaveText('2 series selected');
  await library.card(NAMES[4]!).focus();
  await page.keyboard.press('Shift+Space');
  expect(await selected()).toEqual(NAMES.slice(1));
  // Then a search: only the series still shown stay chosen.
  await page.getByTestId('selection-all').click();
  await expect(count).toHaveText('5 series selected');
  await library.search('co');
  await expect.poll(() => library.titlesInOrder()).toEqual(['Cowboy Bebop Remix', 'Dennou Coil Notes']);
  await expect(count).toHaveText('2 series selected');
  await page.getByTestId('selection-done').click();
  await expect(bar).toHaveCount(0);
  await expect(page.getByTestId('select-button')).toHaveAttribute('aria-pressed', 'false');
  // Out of selecting, a click opens the series again.
  await library.card('Dennou Coil Notes').click();
  await expect(page.getByTestId('detail-title')).toHaveText('Dennou Coil Notes');
});

test('Reload reads only the chosen series again; Remove takes them out after asking, and every file stays', async ({ library, libraryRoot, page }) => {
  writeTree(libraryRoot, seriesTree(Object.fromEntries(NAMES.map((n) => [n, 2]))));
  await library.addFolder(libraryRoot);
  await library.waitAllReady(5);
  await library.dismissNotices();
  const filesBefore = fs.readdirSync(path.join(libraryRoot, NAMES[1]!)).sort();

  await library.pauseLoader();
  await library.card(NAMES[1]!).click({ modifiers: ['ControlOrMeta'] });
  await library.card(NAMES[3]!).click({ modifiers: ['ControlOrMeta'] });
  await page.getByTestId('selection-reload').click();
  await expect(page.getByTestId('notice').filter({ hasText: '2 series are read from disk again.' })).toBeVisible();
  await expect(library.badge(NAMES[1]!)).toHaveAttribute('data-status', 'pending');
  await expect(library.badge(NAMES[3]!)).toHaveAttribute('data-status', 'pending');
  await expect(library.badge(NAMES[0]!)).toHaveAttribute('data-status', 'completed');
  await library.resumeLoader();
  await expect(library.summary).toHaveText('5 series, all ready');

  await page.getByTestId('selection-remove').click();
  const dialog = page.getByTestId('confirm-dialog');
  await expect(dialog).toContainText('Remove these 2 series from the library?');
  await expect(dialog).toContainText('nothing on disk is deleted');
  // The safe choice is focused first: Enter keeps them.
  await page.keyboard.press('Enter');
  await expect(dialog).toHaveCount(0);
  await expect.poll(() => library.total()).toBe(5);
  await page.getByTestId('selection-remove').click();
  await page.getByTestId('confirm').click();
  await expect(page.getByTestId('notice').filter({ hasText: '2 series left the library. Their files stay where they are.' })).toBeVisible();
  await expect.poll(() => library.titlesInOrder()).toEqual([NAMES[0], NAMES[2], NAMES[4]]);
  await expect(page.getByTestId('selection-count')).toHaveText('Click series to select them');
  expect(fs.readdirSync(path.join(libraryRoot, NAMES[1]!)).sort()).toEqual(filesBefore);
  // Gone from the core too, not only from the page.
  await page.reload();
  await library.ready();
  await expect.poll(() => library.titlesInOrder()).toEqual([NAMES[0], NAMES[2], NAMES[4]]);
});

test('"Refresh from provider" for a selection asks first, refreshes its matched series and says how many; so does "Refresh episode lists"', async ({ library, libraryRoot, page }) => {
  writeTree(libraryRoot, seriesTree({ 'Sousou no Frieren': 2, 'Vinland Saga': 2, 'Nobody Made This Show': 2 }));
  await library.addFolder(libraryRoot);
  await library.waitAllReady(3);
  await library.dismissNotices();
  const nfo = path.join(libraryRoot, 'Sousou no Frieren', 'tvshow.nfo');
  await expect.poll(() => fs.existsSync(nfo) && fs.readFileSync(nfo, 'utf8').includes('<uniqueid type="anilist"')).toBe(true);
  await expect(library.card('Sousou no Frieren').getByTestId('match-state')).toHaveText('matched');
  // The user changed the plot by hand; a refresh from the provider takes it back.
  fs.writeFileSync(nfo, fs.readFileSync(nfo, 'utf8').replace(/<plot>[\s\S]*?<\/plot>/, '<plot>My own words.</plot>'));

  await library.card('Sousou no Frieren').click({ modifiers: ['ControlOrMeta'] });
  await library.card('Nobody Made This Show').click({ modifiers: ['ControlOrMeta'] });
  await page.getByTestId('selection-refresh').click();
  await expect(page.getByTestId('confirm-dialog')).toContainText('what you changed in those files is replaced');
  await page.getByTestId('confirm').click();
  await expect(page.getByTestId('notice').filter({ hasText: '1 of 2 series are matched and refreshed from the provider in the background' })).toBeVisible();
  await expect.poll(() => fs.readFileSync(nfo, 'utf8'), { timeout: 60_000 }).not.toContain('My own words.');
  expect(fs.readFileSync(nfo, 'utf8')).toContain('<plot>');

  // Their episode lists: only the matched series holds one.
  await page.getByTestId('selection-lists').click();
  await expect(page.getByTestId('notice').filter({ hasText: "The episode lists of 1 of 2 series are fetched again in the background, at the providers' pace." })).toBeVisible();
});
