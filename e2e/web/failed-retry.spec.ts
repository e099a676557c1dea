import fs from 'node:fs';
import path from 'node:path';
import { seriesTree, writeTree } from '../fixtures/temp';
import { expect, test } from '../fixtures/test';

test('a series that cannot be read shows failed with its error; Retry works once it is readable again', async ({ library, libraryRoot, page }) => {
  const first = path.join(libraryRoot, 'anime');
  const second = path.join(libraryRoot, 'more-anime');
  writeTree(first, seriesTree({ 'Cowboy Bebop': 3, Planetes: 3 }));
  writeTree(second, seriesTree({ 'Locked Away': 2 }));
  await library.addFolder(first);
  await library.waitAllReady(2);

  // Hold the loader so the folder can be locked after it is added and before it is loaded.
  await library.pauseLoader();
  await library.addFolder(second);
  const badge = library.badge('Locked Away');
  await expect(badge).toHaveAttribute('data-status', 'pending');
  await expect(library.summary).toHaveText('Paused · 1 queued');
  fs.chmodSync(path.join(second, 'Locked Away'), 0o000);
  await library.resumeLoader();

  await expect(badge).toHaveAttribute('data-status', 'failed');
  await expect(badge).toHaveAttribute('title', /permission|denied|read/i);
  await expect(library.summary).toHaveText('3 series, 1 failed');
  await expect(page.getByTestId('filter-failed')).toContainText('1');
  await expect(library.badge('Planetes')).toHaveAttribute('data-status', 'completed');

  const detail = await library.openDetail('Locked Away');
  await expect(detail.error).toContainText('EACCES');
  await detail.close();

  fs.chmodSync(path.join(second, 'Locked Away'), 0o755);
  await badge.getByTestId('retry').click();
  await expect(badge).toHaveAttribute('data-status', 'completed');
  await expect(library.summary).toHaveText('3 series, all ready');
  await expect(page.getByTestId('filter-failed')).toHaveText('Failed');
});
