import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { testDatabase } from '../testing/database';
import { freePort } from '../testing/ports';
import { asUser } from '../testing/library-write-guard';
import { libraryDir, writeTree } from '../testing/temp';
import { isOurs } from '../db/repos/written-files';
import { downloadArtwork, type ArtworkRequest } from './download-artwork';
import { HTML_PAGE, JPEG_6X9, PNG_8X4, SVG_LOGO } from './testing/images';
import { startImageServer, type ImageServer } from './testing/image-server';

// RELIABILITY 27: every hostile download leaves the folder exactly as it was.
let server: ImageServer;
let flaky = 0;
beforeAll(async () => {
  server = await startImageServer({
    '/poster.jpg': (_req, res) => res.writeHead(200, { 'content-type': 'image/jpeg' }).end(JPEG_6X9),
    '/logo.png': (_req, res) => res.writeHead(200, { 'content-type': 'image/png' }).end(PNG_8X4),
    '/html.jpg': (_req, res) => res.writeHead(200, { 'content-type': 'image/jpeg' }).end(HTML_PAGE),
    '/empty.jpg': (_req, res) => res.writeHead(200, { 'content-type': 'image/jpeg' }).end(),
    '/logo.svg.png': (_req, res) => res.writeHead(200, { 'content-type': 'image/png' }).end(SVG_LOGO),
    '/huge.jpg': (_req, res) => {
      // Says 500 MB, sends a little, then waits: the download must stop at the header.
      res.writeHead(200, { 'content-type': 'image/jpeg', 'content-length': String(500 * 1024 * 1024) });
      res.write(JPEG_6X9.subarray(0, 100));
    },
    '/endless.jpg': (_req, res) => {
      res.writeHead(200, { 'content-type': 'image/jpeg' });
      const chunk = Buffer.alloc(16 * 1024, 0xab);
      const pump = () => {
        while (res.write(chunk));
      };
      res.on('drain', pump);
      pump();
    },
    '/stalled.jpg': (_req, res) => {
      res.writeHead(200, { 'content-type': 'image/jpeg', 'content-length': String(JPEG_6X9.length) });
      res.write(JPEG_6X9.subarray(0, 50));
    },
    '/cut.jpg': (req, res) => {
      res.writeHead(200, { 'content-type': 'image/jpeg', 'content-length': String(JPEG_6X9.length) });
      res.write(JPEG_6X9.subarray(0, 200), () => req.socket.destroy());
    },
    '/truncated.jpg': (_req, res) => res.writeHead(200, { 'content-type': 'image/jpeg' }).end(JPEG_6X9.subarray(0, JPEG_6X9.length - 40)),
    '/to-file.jpg': (_req, res) => res.writeHead(302, { location: 'file:///etc/passwd' }).end(),
    '/to-poster.jpg': (_req, res) => res.writeHead(301, { location: '/poster.jpg' }).end(),
    '/flaky.jpg': (_req, res) => {
      if (flaky++ < 2) res.writeHead(503).end('busy');
      else res.writeHead(200, { 'content-type': 'image/jpeg' }).end(JPEG_6X9);
    },
    '/limited.jpg': (_req, res) => res.writeHead(429, { 'retry-after': '3' }).end(),
    '/gone.jpg': (_req, res) => res.writeHead(404).end(),
  });
});
afterAll(() => server.close());

async function setup(files: Record<string, string | Buffer> = {}) {
  const database = await testDatabase();
  const folder = path.join(libraryDir(), 'Frieren');
  writeTree(folder, { 'Frieren - 01.mkv': 'video', ...files });
  const sleeps: number[] = [];
  const deps = { db: database.db, retryDelaysMs: [10, 20], sleep: async (ms: number) => void sleeps.push(ms), stallMs: 300, maxBytes: 256 * 1024 };
  const poster = (url: string, mode: ArtworkRequest['mode'] = 'missing'): ArtworkRequest => ({ url: server.url(url), folder, names: { jpg: 'poster.jpg' }, kind: 'poster', mode });
  const state = () => Object.fromEntries(fs.readdirSync(folder).sort().map((name) => [name, fs.readFileSync(path.join(folder, name)).toString('base64')]));
  return { database, folder, deps, poster, state, sleeps };
}

describe('downloadArtwork', () => {
  test('a real image is written under its Kodi name and recorded as Anishelf’s', async () => {
    const { database, folder, deps, poster, state } = await setup();
    const result = await downloadArtwork(poster('/poster.jpg'), deps);
    expect(result).toEqual({ written: true, path: path.join(folder, 'poster.jpg'), type: 'jpg', width: 6, height: 9 });
    expect(Object.keys(state())).toEqual(['Frieren - 01.mkv', 'poster.jpg']);
    expect(fs.readFileSync(path.join(folder, 'poster.jpg'))).toEqual(JPEG_6X9);
    expect(await isOurs(database.db, path.join(folder, 'poster.jpg'), JPEG_6X9)).toBe(true);
    const logo = await downloadArtwork({ url: server.url('/logo.png'), folder, names: { png: 'clearlogo.png' }, kind: 'clearlogo', mode: 'missing' }, deps);
    expect(logo).toMatchObject({ written: true, type: 'png', width: 8, height: 4 });
    expect((await downloadArtwork(poster('/to-poster.jpg', 'refresh'), deps)).written).toBe(true);
    await database.close();
  });

  test.each([
    ['HTML served as an image', '/html.jpg', 'DOWNLOAD_NOT_IMAGE', 1],
    ['an empty body', '/empty.jpg', 'DOWNLOAD_EMPTY', 1],
    ['a body that says it is 500 MB', '/huge.jpg', 'DOWNLOAD_TOO_LARGE', 1],
    ['a body that never ends', '/endless.jpg', 'DOWNLOAD_TOO_LARGE', 1],
    ['a server that stops sending', '/stalled.jpg', 'DOWNLOAD_STALLED', 3],
    ['a connection lost halfway', '/cut.jpg', 'DOWNLOAD_', 3],
    ['an image cut short', '/truncated.jpg', 'DOWNLOAD_TRUNCATED', 1],
    ['a redirect to a file: URL', '/to-file.jpg', 'DOWNLOAD_REDIRECT', 1],
    ['a missing image', '/gone.jpg', 'DOWNLOAD_HTTP', 1],
  ])('%s leaves the old poster and nothing else behind', async (_name, url, code, requests) => {
    const { deps, poster, state, database } = await setup({ 'poster.jpg': 'the user’s old poster' });
    const before = state();
    const hitsBefore = server.hits(url);
    await expect(downloadArtwork(poster(url, 'replace'), deps)).rejects.toMatchObject({ code: expect.stringContaining(code) });
    expect(state()).toEqual(before);
    expect(server.hits(url) - hitsBefore).toBe(requests);
    await database.close();
  });

  test('a host that refuses the connection (fully offline) gives DOWNLOAD_NETWORK after its retries, and leaves the old poster and nothing else', async () => {
    const { deps, folder, state, sleeps, database } = await setup({ 'poster.jpg': 'the user’s old poster' });
    const closedPort = await freePort();
    const before = state();
    const request: ArtworkRequest = { url: `http://127.0.0.1:${closedPort}/poster.jpg`, folder, names: { jpg: 'poster.jpg' }, kind: 'poster', mode: 'replace' };
    await expect(downloadArtwork(request, deps)).rejects.toMatchObject({ code: 'DOWNLOAD_NETWORK', message: expect.stringContaining('try again later') });
    // Each refusal was retried after the backoff: three attempts in all.
    expect(sleeps).toEqual([10, 20]);
    expect(state()).toEqual(before);
    await database.close();
  });

  test('an SVG is never saved as clearlogo.png, and a PNG never as poster.jpg', async () => {
    const { folder, deps, state, database } = await setup();
    const before = state();
    await expect(downloadArtwork({ url: server.url('/logo.svg.png'), folder, names: { png: 'clearlogo.png' }, kind: 'clearlogo', mode: 'missing' }, deps)).rejects.toMatchObject({
      code: 'DOWNLOAD_NOT_IMAGE',
      message: expect.stringContaining('SVG'),
    });
    await expect(downloadArtwork({ url: server.url('/logo.png'), folder, names: { jpg: 'poster.jpg' }, kind: 'poster', mode: 'missing' }, deps)).rejects.toMatchObject({ code: 'DOWNLOAD_WRONG_TYPE' });
    expect(state()).toEqual(before);
    await database.close();
  });

  test('server errors are retried with backoff; a 429 waits as long as Retry-After says', async () => {
    const { deps, poster, sleeps, database } = await setup();
    expect((await downloadArtwork(poster('/flaky.jpg'), deps)).written).toBe(true);
    expect(sleeps).toEqual([10, 20]);
    sleeps.length = 0;
    await expect(downloadArtwork(poster('/limited.jpg', 'replace'), deps)).rejects.toMatchObject({ code: 'DOWNLOAD_HTTP' });
    expect(sleeps).toEqual([3000, 3000]);
    await database.close();
  });

  test("the user's own artwork is never replaced without the explicit action", async () => {
    const { deps, poster, state, database, folder } = await setup({ 'Poster.JPG': 'mine' });
    const before = state();
    const hits = server.hits('/poster.jpg');
    expect(await downloadArtwork(poster('/poster.jpg', 'missing'), deps)).toMatchObject({ written: false, reason: 'exists' });
    expect(await downloadArtwork(poster('/poster.jpg', 'refresh'), deps)).toMatchObject({ written: false, reason: 'not-ours' });
    expect(server.hits('/poster.jpg')).toBe(hits);
    expect(state()).toEqual(before);
    // "Replace artwork…": the user chose the new image.
    asUser(() => fs.unlinkSync(path.join(folder, 'Poster.JPG')));
    expect((await downloadArtwork(poster('/poster.jpg', 'replace'), deps)).written).toBe(true);
    await database.close();
  });

  test.skipIf(process.platform === 'win32')('a link under the artwork\'s name is written through inside the series, and never replaced by a file', async () => {
    const { deps, poster, folder, database } = await setup({ 'art/poster.jpg': 'mine' });
    const link = path.join(folder, 'poster.jpg');
    fs.symlinkSync(path.join('art', 'poster.jpg'), link);
    expect(await downloadArtwork(poster('/poster.jpg', 'replace'), deps)).toMatchObject({ written: true });
    expect(fs.readlinkSync(link)).toBe(path.join('art', 'poster.jpg'));
    expect(fs.readFileSync(path.join(folder, 'art/poster.jpg'))).toEqual(JPEG_6X9);

    // A link that leads nowhere (its drive may be away) or out of the series stays as it is.
    const outside = path.join(libraryDir(), 'elsewhere.jpg');
    fs.writeFileSync(outside, 'not ours');
    for (const target of [path.join(libraryDir(), 'gone', 'poster.jpg'), outside]) {
      asUser(() => fs.unlinkSync(link));
      fs.symlinkSync(target, link);
      await expect(downloadArtwork(poster('/poster.jpg', 'replace'), deps)).rejects.toMatchObject({ code: 'WRITE_OUTSIDE' });
      expect(fs.readlinkSync(link)).toBe(target);
    }
    expect(fs.readFileSync(outside, 'utf8')).toBe('not ours');
    expect(fs.readdirSync(folder).sort()).toEqual(['Frieren - 01.mkv', 'art', 'poster.jpg']);
    await database.close();
  });

  test('"Refresh artwork" replaces a file Anishelf wrote, until the user changes it', async () => {
    const { deps, poster, folder, database } = await setup();
    await downloadArtwork(poster('/poster.jpg'), deps);
    expect(await downloadArtwork(poster('/flaky.jpg', 'refresh'), deps)).toMatchObject({ written: true });
    fs.appendFileSync(path.join(folder, 'poster.jpg'), 'edited');
    expect(await downloadArtwork(poster('/poster.jpg', 'refresh'), deps)).toMatchObject({ written: false, reason: 'not-ours' });
    await database.close();
  });
});
