import { request as playwrightRequest } from '@playwright/test';
import { seriesTree, writeTree } from '../fixtures/temp';
import { expect, test } from '../fixtures/test';

test('without the token every request is 401; the token link sets an HttpOnly cookie and drops the token from the URL', async ({ server, page }) => {
  const anonymous = await playwrightRequest.newContext();
  try {
    for (const p of ['/', '/index.html', '/media/series/1/poster', '/rpc', '/?token=wrong']) {
      const res = await anonymous.get(`${server.origin}${p}`, { maxRedirects: 0 });
      expect(res.status(), p).toBe(401);
    }
  } finally {
    await anonymous.dispose();
  }
  const first = await page.goto(server.url);
  expect(first?.url()).toBe(`${server.origin}/`);
  const headers = (await first?.allHeaders()) ?? {};
  expect(headers['content-security-policy']).toContain("default-src 'self'");
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  const cookies = await page.context().cookies(server.origin);
  expect(cookies).toHaveLength(1);
  expect(cookies[0]).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
  expect(await page.evaluate(() => document.cookie)).toBe('');
});

test('markup in a folder name is shown as text, never run', async ({ library, libraryRoot, page }) => {
  const evil = `<img src=x onerror="window.__pwned=1"> & <b>Bold`;
  writeTree(libraryRoot, seriesTree({ [evil]: 2, 'Plain Show': 1 }));
  await library.addFolder(libraryRoot);
  await library.waitAllReady(2);
  const titles = await library.titlesInOrder();
  const shown = titles.find((t) => t.includes('<img'));
  expect(shown).toContain('<img src=x onerror="window.__pwned=1">');
  expect(shown).toContain('<b>Bold');
  expect(await page.locator('img[src="x"], b').count()).toBe(0);
  await page.getByTestId('card-title').filter({ hasText: '<img' }).click();
  await expect(page.getByTestId('detail-title')).toContainText('<img src=x');
  await expect(page.getByTestId('detail-path')).toContainText('<b>Bold');
  expect(await page.locator('img[src="x"], b').count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});
