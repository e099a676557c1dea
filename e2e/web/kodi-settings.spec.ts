import { expect, test } from '../fixtures/test';

test('the Kodi settings button shows the advancedsettings.xml rules for fansub names, from the core', async ({ library, page }) => {
  await library.page.getByTestId('kodi-settings-button').click();
  const dialog = page.getByTestId('kodi-settings-dialog');
  await expect(dialog).toBeVisible();
  const text = dialog.getByTestId('kodi-settings-text');
  await expect(text).toHaveValue(/<advancedsettings version="1.0">/);
  await expect(text).toHaveValue(/<tvshowmatching action="prepend">/);
  await expect(text).toHaveValue(/\[Group\] Title - 05v2 \(1080p\) \[ABCD1234\]\.mkv/);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});
