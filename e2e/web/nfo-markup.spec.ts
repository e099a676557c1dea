import { seriesTree, writeTree } from '../fixtures/temp';
import { expect, test } from '../fixtures/test';

// The <title> of a tvshow.nfo is user-editable text from anywhere (scrapers, shared NFO packs):
// its decoded value must reach the page as text, never as markup.
const TITLE = '<b>x</b><img src=x onerror=alert(1)>';
const ESCAPED = TITLE.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

test('markup in a tvshow.nfo title is shown as text on the card and in the detail panel, never run', async ({ library, libraryRoot, page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  writeTree(libraryRoot, {
    ...seriesTree({ 'Nfo Show': 2, 'Plain Show': 1 }),
    'Nfo Show/tvshow.nfo': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<tvshow>\n  <title>${ESCAPED}</title>\n</tvshow>\n`,
  });
  await library.addFolder(libraryRoot);
  await library.waitAllReady(2);

  await expect.poll(() => library.titlesInOrder()).toContain(TITLE);
  await expect(page.getByTestId('card-title').filter({ hasText: TITLE })).toHaveText(TITLE);
  const panel = await library.openDetail(TITLE);
  await expect(panel.title).toHaveText(TITLE);

  expect(await page.locator('img[src="x"], b').count()).toBe(0);
  expect(dialogs).toEqual([]);
});
