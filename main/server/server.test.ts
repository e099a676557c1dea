import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { seriesFiles, testCore, type TestCore } from '../core/testing/core';
import { libraryDir, tempDir, writeTree } from '../core/testing/temp';
import { waitFor } from '../core/testing/wait';
import { posterJpeg } from '../core/artwork/testing/posters';
import { generateToken } from './auth';
import { createServer, type RunningServer } from './server';
import { connect, request, RpcTestClient } from './testing/clients';

const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(200, 7)]);

interface Ctx {
  core: TestCore;
  server: RunningServer;
  port: number;
  token: string;
  /** Cookie + Origin headers of a signed-in page. */
  page: Record<string, string>;
  staticDir: string;
}

async function withServer(run: (ctx: Ctx) => Promise<void>): Promise<void> {
  const core = await testCore();
  const build = tempDir('anishelf-build-');
  const staticDir = path.join(build, 'renderer');
  writeTree(build, { 'renderer/index.html': '<!doctype html><title>Anishelf</title>', 'renderer/assets/app.js': 'console.log(1)', 'secret.txt': 'not for the web' });
  const token = generateToken();
  const server = await createServer({ core, host: '127.0.0.1', port: 0, token, staticDir, version: 'test' });
  const page = { Cookie: `anishelf_session_${server.port}=${token}`, Origin: server.origin };
  try {
    await run({ core, server, port: server.port, token, page, staticDir });
  } finally {
    await server.close();
    await core.close();
  }
}

/**
 * A loaded library of `Good`, `Escape` and `extra` series, each with the same real poster, after
 * which Escape's poster.jpg is swapped for a symlink to a file outside the library.
 */
async function libraryWithEscapingPoster(ctx: Ctx, extra: Record<string, string | Buffer> = {}) {
  const lib = libraryDir();
  const outside = tempDir('anishelf-outside-');
  const poster = await posterJpeg(7);
  writeTree(outside, { 'secret.jpg': poster });
  const names = Object.fromEntries(Object.keys(extra).map((file) => [file.split('/')[0]!, 1]));
  writeTree(lib, { ...seriesFiles({ Good: 1, Escape: 1, ...names }), 'Good/poster.jpg': poster, 'Escape/poster.jpg': poster, ...extra });
  await ctx.core.addFolders([lib]);
  await ctx.core.startLoader();
  await ctx.core.whenLoaderIdle();
  fs.rmSync(path.join(lib, 'Escape', 'poster.jpg'));
  fs.symlinkSync(path.join(outside, 'secret.jpg'), path.join(lib, 'Escape', 'poster.jpg'));
  const series = new Map((await ctx.core.listSeries()).map((s) => [path.basename(s.path), s]));
  return { poster, series };
}

async function signedIn(ctx: Ctx): Promise<RpcTestClient> {
  const client = await connect(ctx.port, ctx.page);
  if (!(client instanceof RpcTestClient)) throw new Error(`refused ${client.refused}`);
  return client;
}

describe('web server: access', () => {
  test('no token → 401 everywhere; the token sets an HttpOnly cookie and redirects without it', async () => {
    await withServer(async ({ port, token, server }) => {
      for (const p of ['/', '/index.html', '/assets/app.js', '/media/series/1/poster', '/rpc', `/?token=${token}x`]) {
        expect((await request(port, p)).status, p).toBe(401);
      }
      const first = await request(port, `/?token=${token}`);
      expect(first.status).toBe(303);
      expect(first.headers.location).toBe('/');
      const cookie = first.headers['set-cookie']?.[0] ?? '';
      expect(cookie).toBe(`anishelf_session_${port}=${token}; HttpOnly; SameSite=Strict; Path=/`);
      for (const p of [`//attacker.test/?token=${token}`, `/\\attacker.test/?token=${token}`, `/assets/app.js?token=${token}`]) {
        expect((await request(port, p)).headers.location, p).toBe('/');
      }
      const home = await request(port, '/', { headers: { Cookie: cookie.split(';')[0]! } });
      expect(home.status).toBe(200);
      expect(home.body.toString()).toContain('<title>Anishelf</title>');
      expect(home.headers['content-security-policy']).toBe(
        `default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; connect-src 'self' ws://127.0.0.1:${port}; object-src 'none'; base-uri 'none'; frame-ancestors 'none'`,
      );
      expect(home.headers['x-content-type-options']).toBe('nosniff');
      expect(home.headers['referrer-policy']).toBe('no-referrer');
      // The page is asked for each time; the hashed assets it names are kept.
      expect(home.headers['cache-control']).toBe('no-cache');
      const script = await request(port, '/assets/app.js', { headers: { Cookie: cookie.split(';')[0]! } });
      expect(script.status).toBe(200);
      expect(script.headers['cache-control']).toBe('private, max-age=31536000, immutable');
      expect(server.url).toBe(`http://127.0.0.1:${port}/?token=${token}`);
    });
  });

  test('a foreign Host (DNS rebinding) and cross-origin writes are refused', async () => {
    await withServer(async ({ port, page }) => {
      expect((await request(port, '/', { headers: { Cookie: page.Cookie!, Host: `rebound.attacker.test:${port}` } })).status).toBe(421);
      expect((await request(port, '/', { method: 'POST', headers: { Cookie: page.Cookie!, Origin: 'http://attacker.test' } })).status).toBe(403);
      expect((await request(port, '/', { method: 'POST', headers: { Cookie: page.Cookie! } })).status).toBe(403);
      expect((await request(port, '/', { method: 'POST', headers: page })).status).toBe(405);
    });
  });

  test('static files come from the build folder only', async () => {
    await withServer(async ({ port, page }) => {
      const js = await request(port, '/assets/app.js', { headers: page });
      expect(js.status).toBe(200);
      expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
      for (const p of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2F..%2Fsecret.txt', '/..%5Csecret.txt', '/nothing.js', '/assets']) {
        const res = await request(port, p, { headers: page });
        expect(res.status, p).toBe(404);
        expect(res.body.toString()).not.toContain('not for the web');
      }
    });
  });

  test('says how to build when the UI is missing', async () => {
    await withServer(async ({ port, page, staticDir }) => {
      fs.rmSync(path.join(staticDir, 'index.html'));
      const res = await request(port, '/', { headers: page });
      expect(res.status).toBe(503);
      expect(res.body.toString()).toContain('npm run build:renderer');
    });
  });
});

describe('web server: /rpc', () => {
  test('the upgrade needs the cookie (or token) and this origin', async () => {
    await withServer(async ({ port, page, token }) => {
      expect(await connect(port, { Origin: page.Origin! })).toEqual({ refused: 401 });
      expect(await connect(port, { Cookie: 'anishelf_session_1=nope', Origin: page.Origin! })).toEqual({ refused: 401 });
      expect(await connect(port, { Cookie: page.Cookie!, Origin: 'http://attacker.test' })).toEqual({ refused: 403 });
      expect(await connect(port, { Cookie: page.Cookie! })).toEqual({ refused: 403 });
      const viaToken = await connect(port, { Origin: page.Origin! }, `?token=${token}`);
      expect(viaToken).toBeInstanceOf(RpcTestClient);
      (viaToken as RpcTestClient).close();
      const client = await signedIn({ port, page } as Ctx);
      expect(await client.call('app.info')).toMatchObject({ ok: true, value: { name: 'Anishelf', mode: 'web', version: 'test' } });
      client.close();
    });
  });

  test('bad calls get error replies before any file-system effect', async () => {
    await withServer(async (ctx) => {
      const lib = libraryDir();
      writeTree(lib, seriesFiles({ Real: 1 }));
      const client = await signedIn(ctx);
      const expectCode = async (method: string, args: unknown, code: string) => {
        const reply = await client.call(method, args);
        expect(reply, `${method} ${JSON.stringify(args).slice(0, 80)}`).toMatchObject({ ok: false, error: { code } });
      };
      await expectCode('fs.removeEverything', {}, 'UNKNOWN_METHOD');
      await expectCode('__proto__', {}, 'UNKNOWN_METHOD');
      await expectCode('library.addFolders', { paths: 'not a list' }, 'INVALID_ARGUMENT');
      await expectCode('library.addFolders', { paths: [42] }, 'INVALID_ARGUMENT');
      await expectCode('library.addFolders', { paths: [lib], extra: true }, 'INVALID_ARGUMENT');
      await expectCode('library.addFolders', { paths: [`${lib}/Real\0`] }, 'INVALID_ARGUMENT');
      await expectCode('library.addFolders', { paths: [`${lib}/Real/..`] }, 'INVALID_ARGUMENT');
      await expectCode('library.addFolders', { paths: ['\\\\server\\share\\anime'] }, 'INVALID_ARGUMENT');
      await expectCode('library.addFolders', { paths: ['//server/share/anime'] }, 'INVALID_ARGUMENT');
      await expectCode('library.addFolders', { paths: [`file://${lib}`] }, 'INVALID_ARGUMENT');
      await expectCode('library.addFolders', { paths: ['relative/folder'] }, 'INVALID_ARGUMENT');
      await expectCode('library.addFolders', { paths: [`/${'a'.repeat(1024 * 1024)}`] }, 'INVALID_ARGUMENT');
      await expectCode('fs.listDirectories', { path: `${lib}/..` }, 'INVALID_ARGUMENT');
      await expectCode('series.get', { id: '1' }, 'INVALID_ARGUMENT');
      await expectCode('series.get', { id: 1 }, 'SERIES_NOT_FOUND');

      client.sendRaw('{ not json');
      expect(await client.reply(null)).toMatchObject({ ok: false, error: { code: 'BAD_MESSAGE' } });
      client.sendRaw(Buffer.from([1, 2, 3]), true);
      expect(await client.reply(null)).toMatchObject({ ok: false, error: { code: 'BAD_MESSAGE' } });

      expect(await ctx.core.listSeries()).toEqual([]);
      expect(await ctx.core.db.selectFrom('library_roots').selectAll().execute()).toEqual([]);
      expect(await client.call('library.list')).toEqual({ ok: true, value: [] });
      client.close();
    });
  });

  test('a 10 MB message closes that socket (1009) and nothing else', async () => {
    await withServer(async (ctx) => {
      const client = await signedIn(ctx);
      client.sendRaw(JSON.stringify({ id: 1, method: 'library.addFolders', args: { paths: [`/${'x'.repeat(10 * 1024 * 1024)}`] } }));
      expect((await client.closed).code).toBe(1009);
      expect(await ctx.core.listSeries()).toEqual([]);
      const next = await signedIn(ctx);
      expect(await next.call('loader.status')).toMatchObject({ ok: true });
      next.close();
    });
  });

  test('adding pushes series:changed events from pending to completed', async () => {
    await withServer(async (ctx) => {
      const lib = libraryDir();
      writeTree(lib, seriesFiles({ 'Show A': 2, 'Show B': 3 }));
      const client = await signedIn(ctx);
      const added = await client.call('library.addFolders', { paths: [lib] });
      expect(added).toMatchObject({ ok: true, value: { added: [{ loadingStatus: 'pending' }, { loadingStatus: 'pending' }] } });
      await ctx.core.startLoader();
      const ids: number[] = added.ok ? added.value.added.map((s: { id: number }) => s.id) : [];
      await waitFor(
        () => {
          const last = new Map<number, string>();
          for (const e of client.events) if (e.event === 'series:changed') for (const s of e.payload.series) last.set(s.id, s.loadingStatus);
          return ids.every((id) => last.get(id) === 'completed');
        },
        { what: 'completed events for both series' },
      );
      expect(client.events.some((e) => e.event === 'loader:changed')).toBe(true);
      client.close();
    });
  });
});

describe('web server: artwork', () => {
  test('serves recorded artwork inside the series folder only', async () => {
    await withServer(async (ctx) => {
      const lib = libraryDir();
      const outside = tempDir('anishelf-outside-');
      writeTree(outside, { 'secret.jpg': JPEG });
      writeTree(lib, {
        ...seriesFiles({ Good: 1, Escape: 1, Sibling: 1, Text: 1 }),
        'Good/poster.jpg': JPEG,
        'Sibling-evil/poster.jpg': JPEG,
        'Text/poster.jpg': 'this is not an image',
        'Escape/poster.jpg': JPEG,
        'Sibling/poster.jpg': JPEG,
      });
      // A valid poster under a path of about 300 characters.
      const deep = path.join(lib, `Long ${'x'.repeat(120)}`, `Series ${'y'.repeat(150)}`);
      writeTree(deep, { 'Ep - 01.mkv': 'v', 'poster.jpg': JPEG });
      expect(path.join(deep, 'poster.jpg').length).toBeGreaterThanOrEqual(300);

      await ctx.core.addFolders([path.join(lib, 'Good'), path.join(lib, 'Escape'), path.join(lib, 'Sibling'), path.join(lib, 'Text'), deep]);
      await ctx.core.startLoader();
      await ctx.core.whenLoaderIdle();
      // The scan never records a link that leaves the series; posters swapped for such links
      // after loading must still be refused when served.
      for (const [link, target] of [['Escape', path.join(outside, 'secret.jpg')], ['Sibling', path.join(lib, 'Sibling-evil/poster.jpg')]] as const) {
        fs.rmSync(path.join(lib, link, 'poster.jpg'));
        fs.symlinkSync(target, path.join(lib, link, 'poster.jpg'));
      }
      const byFolder = new Map((await ctx.core.listSeries()).map((s) => [path.basename(s.path), s]));
      const id = (name: string) => byFolder.get(name)!.id;
      // The refusals below are the resolver's, not "no artwork": each poster was recorded.
      expect(['Good', 'Escape', 'Sibling', 'Text'].map((n) => byFolder.get(n)!.hasPoster)).toEqual([true, true, true, true]);
      const get = (p: string) => request(ctx.port, p, { headers: ctx.page });

      const good = await get(`/media/series/${id('Good')}/poster`);
      expect(good.status).toBe(200);
      expect(good.headers['content-type']).toBe('image/jpeg');
      expect(good.headers['cache-control']).toBe('no-cache');
      expect(good.body.equals(JPEG)).toBe(true);
      expect((await request(ctx.port, `/media/series/${id('Good')}/poster`, { headers: { ...ctx.page, 'If-None-Match': good.headers.etag! } })).status).toBe(304);

      const long = await get(`/media/series/${id(path.basename(deep))}/poster`);
      expect(long.status).toBe(200);
      expect(long.body.equals(JPEG)).toBe(true);

      for (const p of [
        `/media/series/${id('Escape')}/poster`,
        `/media/series/${id('Sibling')}/poster`,
        `/media/series/${id('Text')}/poster`,
        `/media/series/${id('Good')}/fanart`,
        `/media/series/${id('Good')}/..%2F..%2F..%2Fetc%2Fpasswd`,
        `/media/series/${id('Good')}%2F..%2F${id('Escape')}/poster`,
        `/media/series/${id('Good')}/poster.jpg`,
        '/media/series/999999/poster',
        '/media/../package.json',
      ]) {
        const res = await get(p);
        expect(res.status, p).toBe(404);
        expect(res.body.includes(JPEG.subarray(4, 40))).toBe(false);
      }
    });
  });

  test('serves the grid’s poster thumbnail through the same guard', async () => {
    await withServer(async (ctx) => {
      const cut = (await posterJpeg(7)).subarray(0, 20_000);
      const { poster, series } = await libraryWithEscapingPoster(ctx, { 'Cut/poster.jpg': cut });
      const ids = new Map([...series].map(([name, s]) => [name, s.id]));
      const get = (p: string, headers: Record<string, string> = {}) => request(ctx.port, p, { headers: { ...ctx.page, ...headers } });

      const thumb = await get(`/media/series/${ids.get('Good')}/poster-thumb`);
      expect(thumb.status).toBe(200);
      expect(thumb.headers['content-type']).toBe('image/jpeg');
      expect(thumb.body.subarray(0, 3).equals(Buffer.from([0xff, 0xd8, 0xff]))).toBe(true);
      expect(thumb.body.length).toBeLessThan(poster.length / 4);
      expect((await get(`/media/series/${ids.get('Good')}/poster-thumb`, { 'If-None-Match': thumb.headers.etag! })).status).toBe(304);
      // Unversioned, the browser asks again each time; with the poster's version in the URL, it may keep the answer.
      expect(thumb.headers['cache-control']).toBe('no-cache');
      const good = (await ctx.core.listSeries()).find((s) => s.id === ids.get('Good'))!;
      expect(good.artworkVersions?.poster).toMatch(/^[0-9a-z]+-[0-9a-z]+$/);
      const versioned = await get(`/media/series/${ids.get('Good')}/poster-thumb?v=${good.artworkVersions!.poster}`);
      expect(versioned.status).toBe(200);
      expect(versioned.headers['cache-control']).toBe('private, max-age=31536000, immutable');
      expect(versioned.body.equals(thumb.body)).toBe(true);
      // The small one for ordinary screens: its own file, through the same guard.
      const small = await get(`/media/series/${ids.get('Good')}/poster-thumb-small`);
      expect(small.status).toBe(200);
      expect(small.headers['content-type']).toBe('image/jpeg');
      expect(small.body.length).toBeLessThan(thumb.body.length);
      for (const p of [
        `/media/series/${ids.get('Escape')}/poster-thumb`, `/media/series/${ids.get('Cut')}/poster-thumb`, `/media/series/${ids.get('Good')}/logo-thumb`,
        `/media/series/${ids.get('Escape')}/poster-thumb-small`, `/media/series/${ids.get('Cut')}/poster-thumb-small`, `/media/series/${ids.get('Good')}/poster-thumb-large`,
      ]) {
        expect((await get(p)).status, p).toBe(404);
      }
      expect(fs.readdirSync(path.join(ctx.core.dataDir, 'thumbnails'))).toHaveLength(2);
    });
  });

  test('serves a row of posters as one sheet, each poster through the same guard', async () => {
    await withServer(async (ctx) => {
      const { series } = await libraryWithEscapingPoster(ctx);
      const good = series.get('Good')!;
      const escape = series.get('Escape')!;
      const get = (p: string) => request(ctx.port, p, { headers: ctx.page });

      const sheet = await get(`/media/poster-sheet?kind=poster-thumb-small&s=${good.id},${escape.id}`);
      expect(sheet.status).toBe(200);
      expect(sheet.headers['content-type']).toBe('image/jpeg');
      expect(sheet.headers['cache-control']).toBe('no-cache');
      const { data, info } = await sharp(sheet.body).raw().toBuffer({ resolveWithObject: true });
      expect([info.width, info.height]).toEqual([360, 270]);
      // The poster outside its series' folder is not in the sheet: its cell is one flat colour.
      const cell = (x0: number) => Array.from({ length: 9 }, (_, i) => data[((30 + i * 25) * info.width + x0 + 20 + i * 15) * info.channels]!);
      expect(new Set(cell(180)).size).toBeLessThanOrEqual(2);
      expect(new Set(cell(0)).size).toBeGreaterThan(2);
      // Every poster named with its version: the browser may keep it.
      const versioned = await get(`/media/poster-sheet?kind=poster-thumb-small&s=${good.id}.${good.artworkVersions!.poster}`);
      expect(versioned.status).toBe(200);
      expect(versioned.headers['cache-control']).toBe('private, max-age=31536000, immutable');
      for (const p of [
        `/media/poster-sheet?kind=poster-thumb-small&s=${escape.id}`, `/media/poster-sheet?kind=poster&s=${good.id}`, `/media/poster-sheet?s=${good.id}`,
        `/media/poster-sheet?kind=poster-thumb&s=${good.id},..%2F`, `/media/poster-sheet/?kind=poster-thumb&s=${good.id}`, '/media/poster-sheet?kind=poster-thumb&s=999999',
      ]) {
        expect((await get(p)).status, p).toBe(404);
      }
    });
  });
});
