import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { posterJpeg } from '../../core/artwork/testing/posters';
import { encodePng } from '../../core/library/png';
import { artworkVersion } from '../../core/media/image-check';
import { testCore, type TestCore } from '../../core/testing/core';
import { libraryDir, tempDir, writeTree } from '../../core/testing/temp';
import { mediaUrl } from './media-url';
import { respondToMediaRequest } from './media-request';

// The artwork scheme refuses escapes from the library, against real folders and a real library: the URL names (series, kind); the core
// decides which file that is, and only images inside the series' own folder are served.

const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0, 0xff, 0xd9]);
const PNG = encodePng(4, 4, () => [200, 30, 30]);

let core: TestCore | null = null;
afterEach(async () => {
  await core?.close();
  core = null;
});

async function library(files: Record<string, string | Buffer>, addAt = '') {
  const root = libraryDir();
  writeTree(root, files);
  core = await testCore();
  const added = await core.addFolders([path.join(root, addAt)]);
  const byName = new Map(added.added.map((s) => [path.basename(s.path), s.id]));
  for (const id of byName.values()) await core.scanSeries(id);
  return { root, id: (name: string) => byName.get(name)! };
}

function serve(url: string, log: string[] = []) {
  return respondToMediaRequest(url, (id, kind, version) => core!.artwork(id, kind, version), (m) => log.push(m));
}

async function setArtwork(id: number, column: 'poster_path' | 'logo_path' | 'fanart_path', value: string) {
  await core!.db.updateTable('series').set({ [column]: value }).where('id', '=', id).execute();
}

describe('the artwork scheme', () => {
  it('serves a series poster with its image type', async () => {
    const lib = await library({ 'Show/Show - 01.mkv': 'v', 'Show/poster.jpg': JPEG, 'Show/logo.png': PNG });
    const poster = await serve(mediaUrl(lib.id('Show'), 'poster'));
    expect(poster.status).toBe(200);
    expect(poster.headers.get('content-type')).toBe('image/jpeg');
    expect(poster.headers.get('x-content-type-options')).toBe('nosniff');
    expect(Buffer.from(await poster.arrayBuffer())).toEqual(JPEG);
    const logo = await serve(`${mediaUrl(lib.id('Show'), 'logo')}?v=2`);
    expect(logo.status).toBe(200);
    expect(logo.headers.get('content-type')).toBe('image/png');
  });

  it('serves the grid’s thumbnail of a poster, made from the poster inside the series only', async () => {
    const outside = tempDir('anishelf-outside-');
    const poster = await posterJpeg(8);
    fs.writeFileSync(path.join(outside, 'secret.jpg'), poster);
    const lib = await library({ 'Show/Show - 01.mkv': 'v', 'Show/poster.jpg': poster, 'Escape/Escape - 01.mkv': 'v', 'Escape/poster.jpg': poster });
    const thumb = await serve(mediaUrl(lib.id('Show'), 'poster-thumb'));
    expect(thumb.status).toBe(200);
    expect(thumb.headers.get('content-type')).toBe('image/jpeg');
    expect(Number(thumb.headers.get('content-length'))).toBeLessThan(poster.length / 4);
    const small = await serve(mediaUrl(lib.id('Show'), 'poster-thumb-small'));
    expect(small.status).toBe(200);
    expect(Number(small.headers.get('content-length'))).toBeLessThan(Number(thumb.headers.get('content-length')));
    fs.rmSync(path.join(lib.root, 'Escape', 'poster.jpg'));
    fs.symlinkSync(path.join(outside, 'secret.jpg'), path.join(lib.root, 'Escape', 'poster.jpg'));
    const log: string[] = [];
    expect((await serve(mediaUrl(lib.id('Escape'), 'poster-thumb'), log)).status).toBe(404);
    expect(log.join('\n')).toMatch(/outside-series/);
    expect((await serve(mediaUrl(lib.id('Escape'), 'poster-thumb-small'))).status).toBe(404);
    expect((await serve(`anishelf-media://series/${lib.id('Show')}/poster-thumb-x`)).status).toBe(404);
  });

  it('serves a grid row’s posters as one sheet, leaving out a poster outside its series', async () => {
    const outside = tempDir('anishelf-outside-');
    const poster = await posterJpeg(8);
    fs.writeFileSync(path.join(outside, 'secret.jpg'), poster);
    const lib = await library({ 'Show/Show - 01.mkv': 'v', 'Show/poster.jpg': poster, 'Escape/Escape - 01.mkv': 'v', 'Escape/poster.jpg': poster });
    fs.rmSync(path.join(lib.root, 'Escape', 'poster.jpg'));
    fs.symlinkSync(path.join(outside, 'secret.jpg'), path.join(lib.root, 'Escape', 'poster.jpg'));
    const sheet = (query: string) => respondToMediaRequest(`anishelf-media://poster-sheet/?${query}`, () => Promise.resolve('no-artwork'), undefined, undefined, (kind, posters) => core!.posterSheet(kind, posters));
    const both = await sheet(`kind=poster-thumb-small&s=${lib.id('Show')},${lib.id('Escape')}`);
    expect(both.status).toBe(200);
    expect(both.headers.get('content-type')).toBe('image/jpeg');
    expect(both.headers.get('x-content-type-options')).toBe('nosniff');
    const alone = await core!.posterSheet('poster-thumb-small', [{ seriesId: lib.id('Show'), version: null }]);
    if (typeof alone === 'string') throw new Error('no thumbnail');
    // Two cells, 180 px each: the escaping poster's cell is left empty, so the sheet is smaller than two posters' worth.
    expect(Number(both.headers.get('content-length'))).toBeLessThan(2 * alone.size);
    expect((await sheet(`kind=poster-thumb-small&s=${lib.id('Escape')}`)).status).toBe(404);
    expect((await sheet('kind=poster&s=1')).status).toBe(404);
  });

  it('passes the URL’s version to the core: that thumbnail is answered from memory the next time', async () => {
    const lib = await library({ 'Show/Show - 01.mkv': 'v', 'Show/poster.jpg': await posterJpeg(9) });
    const posterFile = path.join(lib.root, 'Show', 'poster.jpg');
    const url = `${mediaUrl(lib.id('Show'), 'poster-thumb-small')}?v=${artworkVersion(fs.statSync(posterFile))}`;
    const first = await serve(url);
    expect(first.status).toBe(200);
    const bytes = Buffer.from(await first.arrayBuffer());
    fs.rmSync(posterFile);
    const again = await serve(url);
    expect(again.status).toBe(200);
    expect(Buffer.from(await again.arrayBuffer()).equals(bytes)).toBe(true);
    // Without the version, the poster is looked for again, and is gone.
    expect((await serve(mediaUrl(lib.id('Show'), 'poster-thumb-small'))).status).toBe(404);
  });

  it('still loads a poster whose path is over 300 characters', async () => {
    const parent = ['a'.repeat(90), 'b'.repeat(90), 'c'.repeat(90)].join('/');
    const deep = `${parent}/Show ${'d'.repeat(60)}`;
    const lib = await library({ [`${deep}/Show - 01.mkv`]: 'v', [`${deep}/poster.jpg`]: JPEG }, parent);
    const id = lib.id(path.basename(deep));
    const row = await core!.getSeries(id);
    expect(path.join(row.path, 'poster.jpg').length).toBeGreaterThan(300);
    expect((await serve(mediaUrl(id, 'poster'))).status).toBe(200);
  });

  it('refuses a poster that is a symlink out of the library', async () => {
    const outside = tempDir('anishelf-outside-');
    fs.writeFileSync(path.join(outside, 'secret.jpg'), JPEG);
    const lib = await library({ 'Show/Show - 01.mkv': 'v' });
    fs.symlinkSync(path.join(outside, 'secret.jpg'), path.join(lib.root, 'Show', 'poster.jpg'));
    // The scan never records such a link; one recorded before it was swapped in must still be refused.
    await setArtwork(lib.id('Show'), 'poster_path', path.join(lib.root, 'Show', 'poster.jpg'));
    const log: string[] = [];
    const res = await serve(mediaUrl(lib.id('Show'), 'poster'), log);
    expect(res.status).toBe(404);
    expect(log.join('\n')).toMatch(/outside-series/);
  });

  it('refuses a sibling folder that only shares the prefix (/lib/Show-evil next to /lib/Show)', async () => {
    const lib = await library({ 'Show/Show - 01.mkv': 'v', 'Show-evil/poster.jpg': JPEG });
    const id = lib.id('Show');
    await setArtwork(id, 'poster_path', path.join(lib.root, 'Show-evil', 'poster.jpg'));
    expect((await serve(mediaUrl(id, 'poster'))).status).toBe(404);
    fs.symlinkSync(path.join(lib.root, 'Show-evil', 'poster.jpg'), path.join(lib.root, 'Show', 'fanart.jpg'));
    await setArtwork(id, 'fanart_path', path.join(lib.root, 'Show', 'fanart.jpg'));
    expect((await serve(mediaUrl(id, 'fanart'))).status).toBe(404);
  });

  it('refuses a file that is not an image, whatever its name', async () => {
    const lib = await library({ 'Show/Show - 01.mkv': 'v', 'Show/poster.jpg': '<html>not an image</html>', 'Show/notes.txt': 'hello' });
    const id = lib.id('Show');
    const log: string[] = [];
    expect((await serve(mediaUrl(id, 'poster'), log)).status).toBe(404);
    expect(log.join('\n')).toMatch(/not-an-image/);
    await setArtwork(id, 'logo_path', path.join(lib.root, 'Show', 'notes.txt'));
    expect((await serve(mediaUrl(id, 'logo'))).status).toBe(404);
    await setArtwork(id, 'logo_path', path.join(lib.root, 'Show', 'Show - 01.mkv'));
    expect((await serve(mediaUrl(id, 'logo'))).status).toBe(404);
  });

  it('refuses a recorded path outside every series (a tampered row)', async () => {
    const lib = await library({ 'Show/Show - 01.mkv': 'v' });
    await setArtwork(lib.id('Show'), 'poster_path', '/etc/passwd');
    expect((await serve(mediaUrl(lib.id('Show'), 'poster'))).status).toBe(404);
  });

  it('answers 404 for traversal in the URL, unknown series, unknown kinds and missing artwork', async () => {
    const lib = await library({ 'Show/Show - 01.mkv': 'v', 'Show/poster.jpg': JPEG });
    const id = lib.id('Show');
    for (const url of [
      `anishelf-media://series/${id}/..%2F..%2F..%2Fetc%2Fpasswd`,
      `anishelf-media://series/${id}/poster/..%2F..%2Fsecret.jpg`,
      `anishelf-media://series/${id}/poster/extra`,
      `anishelf-media://series/${id}/banner`,
      `anishelf-media://series/${id}.5/poster`,
      'anishelf-media://series/999999/poster',
      mediaUrl(id, 'fanart'),
    ]) {
      const res = await serve(url);
      expect(res.status, url).toBe(404);
      expect(await res.text()).toBe('');
    }
  });

  it('answers 404 when resolving throws (a closed library)', async () => {
    const res = await respondToMediaRequest(mediaUrl(1, 'poster'), async () => {
      throw new Error('database closed');
    });
    expect(res.status).toBe(404);
  });
});

describe('candidate posters', () => {
  it('are answered only with what the core resolved; a refused host is a plain 404', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'thumb.jpg');
    fs.writeFileSync(file, JPEG);
    const asked: string[] = [];
    const resolvePoster = async (url: string) => {
      asked.push(url);
      return url.startsWith('https://s4.anilist.co/') ? { path: file, contentType: 'image/jpeg', size: JPEG.length, mtimeMs: 0 } : ('foreign-host' as const);
    };
    const noArtwork = async () => 'no-artwork' as const;
    const ok = await respondToMediaRequest(`anishelf-media://remote/poster?url=${encodeURIComponent('https://s4.anilist.co/x.jpg')}`, noArtwork, undefined, resolvePoster);
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toBe('image/jpeg');
    expect(Buffer.from(await ok.arrayBuffer())).toEqual(JPEG);
    const refused = await respondToMediaRequest(`anishelf-media://remote/poster?url=${encodeURIComponent('http://10.0.0.1/admin')}`, noArtwork, undefined, resolvePoster);
    expect(refused.status).toBe(404);
    expect(asked).toEqual(['https://s4.anilist.co/x.jpg', 'http://10.0.0.1/admin']);
  });
});
