import path from 'node:path';
import { seriesTree, writeTree } from '../fixtures/temp';
import { expect, openApp, test } from '../fixtures/test';

test('notices time out (not while read) and never cover the detail panel', async ({ server, libraryRoot, page }) => {
  // The page's clock is ours to move: no test waits for a notice's real timeout.
  await page.clock.install();
  const library = await openApp(page, server);
  writeTree(libraryRoot, seriesTree({ Planetes: 2, Mushishi: 2 }));
  await library.addFolder(libraryRoot);
  await library.waitAllReady(2);
  // Adding the same folder again: "skipped 1", with the folder listed.
  const again = await library.openAddFolder();
  await again.addTyped(path.join(libraryRoot, 'Planetes'));
  const notice = library.addResult();
  await expect(notice).toContainText('already in the library');

  // With the panel open, the notice sits beside it: the Save line and the episode rows stay clear.
  const panel = await library.openDetail('Mushishi');
  await expect(notice).toBeVisible();
  const noticeBox = (await notice.boundingBox())!;
  const panelBox = (await panel.root.boundingBox())!;
  expect(noticeBox.x + noticeBox.width).toBeLessThanOrEqual(panelBox.x);
  await panel.close();

  // While the pointer is on it, it stays; then it leaves by itself.
  await notice.hover();
  await page.clock.fastForward('01:00');
  await expect(notice).toBeVisible();
  await page.mouse.move(1, 1);
  await page.clock.fastForward('00:30');
  await expect(notice).toBeHidden();
});
