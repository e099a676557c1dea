import { writeTree } from '../fixtures/temp';
import { expect, test } from '../fixtures/test';

test('a flat fansub folder: "Episodes" with absolute numbers; OVA 1 is not a duplicate of 01-02', async ({ library, libraryRoot }) => {
  writeTree(libraryRoot, {
    'Gintama/[Group] Gintama - 01-02 [1080p].mkv': '',
    'Gintama/[Group] Gintama - 03 [1080p].mkv': '',
    'Gintama/[Group] Gintama - OVA 1 [1080p].mkv': '',
  });
  await library.addFolder(libraryRoot);
  await library.waitAllReady(1);

  const panel = await library.openDetail('Gintama');
  const groups = panel.episodes.locator('details.season > summary');
  await expect(groups).toHaveText([/^Episodes\s*2$/, /^Specials\s*1$/]);
  await expect(panel.episodes).not.toContainText('No season');
  const row = (name: string) => panel.episodes.locator('li', { hasText: name });
  await expect(row('Gintama - 01-02').locator('.tag')).toHaveText(['Ep 1–2']);
  await expect(row('Gintama - 03').locator('.tag')).toHaveText(['Ep 3']);
  await expect(row('OVA 1').locator('.tag')).toHaveText(['OVA 1']);
  await expect(panel.root.getByTestId('duplicates')).toHaveCount(0);
});
