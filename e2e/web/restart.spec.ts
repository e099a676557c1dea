import { generateLibrary } from '../../bench/generate-library';
import { startServer } from '../fixtures/server';
import { expect, openApp, test } from '../fixtures/test';

test('restarting the server keeps every series and its status (same data dir); the old cookie no longer opens it', async ({ library, libraryRoot, server, dataDir, page }) => {
  await generateLibrary(libraryRoot, { series: 8, episodesPerSeries: 3, seed: 3 });
  await library.addFolder(libraryRoot);
  await library.waitAllReady(8);
  const before = (await library.allCards()).map((c) => [c.id, c.title, c.status]);
  await server.stop();
  await expect(page.getByTestId('connection-banner')).toBeVisible();

  const again = await startServer(dataDir);
  try {
    expect(again.token).not.toBe(server.token);
    const oldCookie = await page.request.get(`${again.origin}/`);
    expect(oldCookie.status()).toBe(401);
    const reopened = await openApp(page, again);
    await reopened.waitAllReady(8);
    expect((await reopened.allCards()).map((c) => [c.id, c.title, c.status])).toEqual(before);
  } finally {
    await again.stop();
  }
});
