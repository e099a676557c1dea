import { test } from '@playwright/test';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { encodePng } from '../../main/core/library/png';
import { makeTempDir, writeTree } from '../fixtures/temp';
import { captureOpenExternal, electronSkipReason, expect, appForEachTest } from './electron-app';

test.skip(electronSkipReason() !== null, electronSkipReason() ?? '');

const each = appForEachTest();

type Api = Record<string, (args?: unknown) => Promise<{ ok: boolean; value?: any; error?: { code: string } }>>;
const call = (method: string, args?: unknown) => each.running.page.evaluate(([m, a]) => (window as unknown as { anishelf: Api }).anishelf[m as string]!(a), [method, args] as const);

test('links, window.open, file: and javascript: URLs never leave or replace the app; http(s) opens in the browser', async () => {
  const { page, app } = each.running;
  const opened = await captureOpenExternal(app);
  const appUrl = page.url();
  await page.evaluate(() => {
    const add = (id: string, href: string, target = '') => {
      const a = document.createElement('a');
      a.id = id;
      a.href = href;
      a.target = target;
      a.textContent = id;
      a.style.position = 'fixed';
      a.style.top = '0';
      a.style.left = '0';
      a.style.zIndex = '99999';
      document.body.append(a);
    };
    add('same-window', 'https://example.org/help');
    add('new-window', 'https://example.org/new', '_blank');
    add('file-link', 'file:///etc/passwd');
    add('smb-link', 'smb://nas/share');
  });
  for (const id of ['same-window', 'new-window', 'file-link', 'smb-link']) {
    await page.locator(`#${id}`).click({ noWaitAfter: true });
    await page.evaluate((i) => document.getElementById(i)?.remove(), id);
  }
  const popup = await page.evaluate(() => window.open('https://example.org/popup') === null);
  expect(popup).toBe(true);
  await page.evaluate(() => {
    location.href = 'javascript:void(window.__js = 1)';
  });
  await page.evaluate(() => {
    location.href = 'file:///etc/hosts';
  }).catch(() => undefined);
  await expect.poll(opened).toEqual(['https://example.org/help', 'https://example.org/new', 'https://example.org/popup']);
  expect(page.url()).toBe(appUrl);
  expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
});

test('a redirect cannot replace the app with another page', async () => {
  const { app, page } = each.running;
  const opened = await captureOpenExternal(app);
  const appUrl = page.url();
  const server = http.createServer((_req, res) => {
    res.writeHead(302, { Location: 'https://example.invalid/redirected' });
    res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const { port } = server.address() as AddressInfo;
    // loadURL from the main process skips will-navigate, so this exercises the redirect guard.
    await app.evaluate(async ({ BrowserWindow }, p) => {
      await BrowserWindow.getAllWindows()[0]!.loadURL(`http://127.0.0.1:${p}/`).catch(() => undefined);
    }, port);
    expect(page.url()).toBe(appUrl);
    expect(await opened()).toEqual([]);
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
});

test('IPC refuses unknown methods and bad arguments before touching the disk', async () => {
  expect(await each.running.page.evaluate(() => (window as unknown as { anishelf: Record<string, unknown> }).anishelf['library.nuke'])).toBeUndefined();
  for (const args of [{ paths: 42 }, { paths: ['relative'] }, { paths: ['/x/../etc'] }, { paths: ['\\\\nas\\share'] }, { paths: ['file:///etc'] }, { paths: ['/tmp/\u0000x'] }, { paths: [`/${'a'.repeat(10 * 1024 * 1024)}`] }]) {
    expect(await call('library.addFolders', args)).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
  }
  expect(await call('series.openFolder', { id: 1, path: '/etc' })).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
  expect((await call('library.list')).value).toEqual([]);
});

test('permission requests are denied', async () => {
  const result = await each.running.page.evaluate(async () => ({
    notification: await Notification.requestPermission(),
    geolocation: await new Promise((resolve) => navigator.geolocation.getCurrentPosition(() => resolve('granted'), (e) => resolve(e.code === e.PERMISSION_DENIED ? 'denied' : `error ${e.code}`))),
  }));
  expect(result).toEqual({ notification: 'denied', geolocation: 'denied' });
});

test('the artwork scheme serves images inside a series folder only', async () => {
  const png = encodePng(8, 8, () => [30, 120, 200]);
  const outside = makeTempDir('anishelf-e2e-outside-');
  try {
    fs.writeFileSync(path.join(outside.dir, 'secret.png'), png);
    writeTree(each.libDir, {
      'Good/Good - 01.mkv': '',
      'Good/logo.png': png,
      'Linked/Linked - 01.mkv': '',
      'Text/Text - 01.mkv': '',
      'Text/logo.png': 'not an image at all',
    });
    fs.symlinkSync(path.join(outside.dir, 'secret.png'), path.join(each.libDir, 'Linked', 'logo.png'));
    await each.running.library.addFolder(each.libDir);
    await each.running.library.waitAllReady(3);
    const list = (await call('library.list')).value as Array<{ id: number; title: string }>;
    const id = (title: string) => list.find((s) => s.title === title)!.id;
    const load = (url: string) =>
      each.running.page.evaluate(
        (u) =>
          new Promise<string>((resolve) => {
            const img = new Image();
            img.onload = () => resolve(`loaded ${img.naturalWidth}x${img.naturalHeight}`);
            img.onerror = () => resolve('refused');
            img.src = u;
          }),
        url,
      );
    expect(await load(`anishelf-media://series/${id('Good')}/logo`)).toBe('loaded 8x8');
    expect(await load(`anishelf-media://series/${id('Linked')}/logo`)).toBe('refused');
    expect(await load(`anishelf-media://series/${id('Text')}/logo`)).toBe('refused');
    expect(await load(`anishelf-media://series/${id('Good')}/..%2F..%2F..%2Fetc%2Fpasswd`)).toBe('refused');
    expect(await load(`anishelf-media://series/${id('Good')}/logo/extra`)).toBe('refused');
    expect(await load('anishelf-media://series/999999/logo')).toBe('refused');
  } finally {
    outside.remove();
  }
});
