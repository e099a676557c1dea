import fs from 'node:fs';
import path from 'node:path';
import { seriesTree, writeTree } from '../fixtures/temp';
import { expect, screenshot, test } from '../fixtures/test';

test('the detail panel of a failed series shows the Failed badge whole, and the error once with its code', async ({ library, libraryRoot, page }) => {
  writeTree(libraryRoot, seriesTree({ Planetes: 2, 'Locked Away': 2 }));
  await library.addFolder(path.join(libraryRoot, 'Planetes'));
  await library.waitAllReady(1);
  await library.pauseLoader();
  await library.addFolder(path.join(libraryRoot, 'Locked Away'));
  fs.chmodSync(path.join(libraryRoot, 'Locked Away'), 0o000);
  await library.resumeLoader();
  await expect(library.badge('Locked Away')).toHaveAttribute('data-status', 'failed');

  const panel = await library.openDetail('Locked Away');
  const label = panel.badge.locator('.badge-label');
  await expect(label).toHaveText('Failed');
  // Not clipped: the label and the badge show all they hold.
  for (const box of [label, panel.badge]) expect(await box.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
  await expect(panel.badge.getByRole('button')).toHaveCount(0);

  await expect(panel.error).toContainText('EACCES');
  const message = (await panel.error.textContent())!.replace('EACCES', '').trim();
  expect(message.length).toBeGreaterThan(10);
  const text = (await panel.root.textContent())!;
  expect(text.split(message).length - 1).toBe(1);
  await expect(panel.root.getByTestId('detail-retry')).toBeVisible();
  await page.mouse.move(1, 1);
  await screenshot(page, 'failed-detail');

  fs.chmodSync(path.join(libraryRoot, 'Locked Away'), 0o755);
  await panel.root.getByTestId('detail-retry').click();
  await expect(panel.badge).toHaveAttribute('data-status', 'completed');
  await expect(panel.error).toHaveCount(0);
});
