import fs from 'node:fs';
import path from 'node:path';
import { seriesTree, writeTree } from '../fixtures/temp';
import { expect, test } from '../fixtures/test';

test('a tvshow.nfo Anishelf could not write shows as "not written", with the reason, in the detail panel', async ({ library, libraryRoot }) => {
  writeTree(libraryRoot, seriesTree({ Odd: 2, Plain: 1 }));
  // A folder where tvshow.nfo should go: the write is refused (as on a read-only share, which
  // this test, run as root, cannot make).
  fs.mkdirSync(path.join(libraryRoot, 'Odd', 'tvshow.nfo'));
  await library.addFolder(libraryRoot);
  await library.waitAllReady(2);

  const odd = await library.openDetail('Odd');
  await expect(odd.mediaItem('nfo')).toHaveAttribute('data-state', 'not written');
  const problems = odd.root.getByTestId('nfo-problems');
  await expect(problems.getByRole('heading')).toHaveText('Why there is no tvshow.nfo');
  await expect(problems).toContainText(`NFO_IS_DIRECTORY ${path.join(libraryRoot, 'Odd', 'tvshow.nfo')} is a folder`);

  const plain = await library.openDetail('Plain');
  await expect(plain.mediaItem('nfo')).toHaveAttribute('data-state', 'found');
  await expect(plain.root.getByTestId('nfo-problems')).toHaveCount(0);
});
