import { generateLibrary } from '../../bench/generate-library';
import { startServer } from '../fixtures/server';
import { expect, openApp, test } from '../fixtures/test';

test('restarting the server keeps every series and its status (same data dir); the page asks for the new link', async ({ library, libraryRoot, server, dataDir, page }) => {
  await generateLibrary(libraryRoot, { series: 8, episodesPerSeries: 3, seed: 3 });
  await library.addFolder(libraryRoot);
  await library.waitAllReady(8);
  const before = (await library.allCards()).map((c) => [c.id, c.title, c.status]);
  await server.stop();
  const banner = page.getByTestId('connection-banner');
  await expect(banner).toHaveAttribute('data-state', 'reconnecting');

  // Same port, new token: the page's cookie is stale, and it says what to do.
  const again = await startServer(dataDir, { port: Number(new URL(server.origin).port) });
  try {
    expect(again.token).not.toBe(server.token);
    expect(again.origin).toBe(server.origin);
    await expect(banner).toHaveAttribute('data-state', 'signed-out');
    await expect(banner).toContainText('open the link');
    expect((await page.request.get(`${again.origin}/`)).status()).toBe(401);
    const reopened = await openApp(page, again);
    await expect(banner).toBeHidden();
    await reopened.waitAllReady(8);
    expect((await reopened.allCards()).map((c) => [c.id, c.title, c.status])).toEqual(before);
  } finally {
    await again.stop();
  }
});
