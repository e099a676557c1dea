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
  await expect(plain.root.getByTestId('episode-nfo-problem')).toHaveCount(0);
});

test('an episode NFO Anishelf could not write is reported in the detail panel; the other episodes get theirs', async ({ library, libraryRoot }) => {
  writeTree(libraryRoot, seriesTree({ Blocked: 3 }));
  fs.mkdirSync(path.join(libraryRoot, 'Blocked', 'Blocked - 01.nfo'));
  await library.addFolder(libraryRoot);
  await library.waitAllReady(1);

  const blocked = await library.openDetail('Blocked');
  // Episode NFOs are written after the load, in the background: the panel follows.
  const problem = blocked.root.getByTestId('episode-nfo-problem');
  await expect(problem.getByRole('heading')).toHaveText('Episode NFOs not written');
  await expect(problem).toContainText(`NFO_IS_DIRECTORY ${path.join(libraryRoot, 'Blocked', 'Blocked - 01.nfo')} is a folder`);
  expect(fs.existsSync(path.join(libraryRoot, 'Blocked', 'Blocked - 02.nfo'))).toBe(true);
  expect(fs.existsSync(path.join(libraryRoot, 'Blocked', 'Blocked - 03.nfo'))).toBe(true);
});
