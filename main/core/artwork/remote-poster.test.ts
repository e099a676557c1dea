import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import sharp from 'sharp';
import { afterEach, expect, test } from 'vitest';
import { tempDir } from '../testing/temp';
import { imageHostPolicy, isAllowedImageUrl } from './image-hosts';
import { RemotePosters } from './remote-poster';

interface ImageServer {
  origin: string;
  hits: string[];
  close(): Promise<void>;
}

const servers: ImageServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

/** A tiny CDN on 127.0.0.1: `/cover.jpg` a real JPEG, `/page.jpg` an HTML page, `/hop` a redirect. */
async function imageServer(redirectTo?: string): Promise<ImageServer> {
  const jpeg = await sharp({ create: { width: 460, height: 650, channels: 3, background: '#3a6' } }).jpeg().toBuffer();
  const hits: string[] = [];
  const server = http.createServer((req, res) => {
    hits.push(req.url ?? '');
    if (req.url === '/cover.jpg') return void res.writeHead(200, { 'content-type': 'image/jpeg' }).end(jpeg);
    if (req.url === '/page.jpg') return void res.writeHead(200, { 'content-type': 'text/html' }).end('<html>Just a moment…</html>');
    if (req.url === '/hop' && redirectTo) return void res.writeHead(302, { location: redirectTo }).end();
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const s: ImageServer = {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    hits,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
  servers.push(s);
  return s;
}

function posters(dataDir: string, allowedOrigin: string): RemotePosters {
  return new RemotePosters({ dataDir, policy: async () => imageHostPolicy([`${allowedOrigin}/anilist`]) });
}

test('a cover from an allowed host is fetched once, shrunk to a thumbnail and kept in the data dir', async () => {
  const dataDir = tempDir();
  const cdn = await imageServer();
  const store = posters(dataDir, cdn.origin);
  const url = `${cdn.origin}/cover.jpg`;
  const [first, again] = await Promise.all([store.get(url), store.get(url)]);
  expect(typeof first).toBe('object');
  expect(again).toEqual(first);
  if (typeof first === 'string') throw new Error(first);
  expect(path.dirname(first.path)).toBe(path.join(dataDir, 'poster-cache'));
  expect(first.contentType).toBe('image/jpeg');
  const meta = await sharp(fs.readFileSync(first.path)).metadata();
  expect(meta.format).toBe('jpeg');
  expect(meta.width).toBe(184);
  // Served from the cache afterwards: no second download.
  expect(await store.get(url)).toEqual(first);
  expect(cdn.hits).toEqual(['/cover.jpg']);
});

test('a foreign host is refused without a connection, and so is a redirect from an allowed host to it', async () => {
  const dataDir = tempDir();
  const foreign = await imageServer();
  const cdn = await imageServer(`${foreign.origin}/cover.jpg`);
  const store = posters(dataDir, cdn.origin);
  expect(await store.get(`${foreign.origin}/cover.jpg`)).toBe('foreign-host');
  expect(await store.get(`${cdn.origin}/hop`)).toBe('unavailable');
  expect(await store.get('file:///etc/passwd')).toBe('foreign-host');
  expect(await store.get('http://169.254.169.254/latest/meta-data/')).toBe('foreign-host');
  expect(foreign.hits).toEqual([]);
  expect(cdn.hits).toEqual(['/hop']);
  expect(fs.existsSync(path.join(dataDir, 'poster-cache'))).toBe(false);
});

test('a page that is not an image is refused and not cached: the next view asks again', async () => {
  const dataDir = tempDir();
  const cdn = await imageServer();
  const store = posters(dataDir, cdn.origin);
  expect(await store.get(`${cdn.origin}/page.jpg`)).toBe('unavailable');
  expect(await store.get(`${cdn.origin}/page.jpg`)).toBe('unavailable');
  expect(cdn.hits).toEqual(['/page.jpg', '/page.jpg']);
  expect(fs.readdirSync(dataDir)).not.toContain('poster-cache');
});

test.each([
  ['https://s4.anilist.co/file/anilistcdn/media/anime/cover/large/bx21.jpg', true],
  ['https://image.tmdb.org/t/p/w185/abc.jpg', true],
  ['http://s4.anilist.co/file/x.jpg', false],
  ['https://s4.anilist.co:8443/x.jpg', false],
  ['https://s4.anilist.co.evil.example/x.jpg', false],
  ['https://user:pw@image.tmdb.org/t/p/w185/abc.jpg', false],
  ['https://evil.example/x.jpg', false],
  ['http://127.0.0.1:9/x.jpg', false],
  ['http://127.0.0.1:4000/img/x.jpg', true],
  ['javascript:alert(1)', false],
  ['not a url', false],
])('image host policy: %s → %s', (url, allowed) => {
  expect(isAllowedImageUrl(url, imageHostPolicy(['http://127.0.0.1:4000/anilist', 'https://api.themoviedb.org/3']))).toBe(allowed);
});
