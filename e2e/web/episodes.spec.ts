import fs from 'node:fs';
import path from 'node:path';
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

test('a file whose name is not valid UTF-8 is listed under "Could not be read", with what to do', async ({ library, libraryRoot }) => {
  writeTree(libraryRoot, { 'Haikyuu/Haikyuu - 01.mkv': '' });
  // "Haikyuu - 02 café.mkv" in Latin-1, as an old share may have written it.
  fs.writeFileSync(Buffer.concat([Buffer.from(path.join(libraryRoot, 'Haikyuu', 'Haikyuu - 02 caf')), Buffer.from([0xe9]), Buffer.from('.mkv')]), '');
  await library.addFolder(libraryRoot);
  await library.waitAllReady(1);

  const panel = await library.openDetail('Haikyuu');
  await expect(panel.root.getByTestId('unreadable')).toContainText('Could not be read');
  await expect(panel.root.getByTestId('unreadable').locator('li')).toHaveText(['Haikyuu - 02 caf\uFFFD.mkv: its name is not valid UTF-8 (written in an older encoding, such as Latin-1); rename it to have it read']);
});
