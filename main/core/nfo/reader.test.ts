import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { libraryDir, writeTree } from '../testing/temp';
import { parseNfo } from './parse';
import { createNfoReader } from './reader';

const corpusDir = new URL('./corpus/', import.meta.url);
const reader = createNfoReader({ size: 2 });
afterAll(() => reader.close());

describe('NFO reader (worker threads)', () => {
  test('reads every corpus file exactly as parseNfo does', async () => {
    const files = fs.readdirSync(corpusDir).filter((f) => f.endsWith('.nfo'));
    const results = await Promise.all(files.map((f) => reader.read(new URL(f, corpusDir).pathname)));
    results.forEach((result, i) => expect(result).toEqual(parseNfo(fs.readFileSync(new URL(files[i]!, corpusDir)))));
  });

  // The worker sends an episode's details once; what arrives must still be what parseNfo gives.
  test('episode files arrive whole: the first episode rebuilt, its own ids kept apart from the links after the XML', async () => {
    const dir = libraryDir();
    const episode = (n: number) => `<episodedetails><title>Ep ${n}</title><episode>${n}</episode><uniqueid type="tmdb">${n}</uniqueid><actor><name>A</name></actor></episodedetails>`;
    writeTree(dir, {
      'linked.nfo': `${episode(1)}\nhttps://www.imdb.com/title/tt0903747/\n`,
      'double.nfo': `${episode(1)}${episode(2)}`,
    });
    for (const name of ['linked.nfo', 'double.nfo']) {
      const file = path.join(dir, name);
      const result = await reader.read(file);
      expect(result).toEqual(parseNfo(fs.readFileSync(file)));
      expect(result.episodes[0]).toMatchObject({ title: 'Ep 1', uniqueIds: { tmdb: '1' } });
    }
    expect((await reader.read(path.join(dir, 'linked.nfo'))).uniqueIds).toEqual({ tmdb: '1', imdb: 'tt0903747' });
  });

  test('keeps the main thread free while a large file is parsed', async () => {
    const dir = libraryDir();
    writeTree(dir, { 'tvshow.nfo': `<tvshow>${'<genre>Action</genre>'.repeat(200_000)}</tvshow>` });
    let ticks = 0;
    const timer = setInterval(() => ticks++, 5);
    const result = await reader.read(path.join(dir, 'tvshow.nfo'));
    clearInterval(timer);
    expect(result.genres).toEqual(['Action']);
    expect(ticks).toBeGreaterThan(5);
  });

  test('many files read at once answer in their order, a missing one with its problem', async () => {
    const files = fs.readdirSync(corpusDir).filter((f) => f.endsWith('.nfo')).map((f) => new URL(f, corpusDir).pathname);
    const missing = path.join(libraryDir(), 'gone.nfo');
    const results = await reader.readAll([...files, missing, ...files]);
    const expected = files.map((file) => parseNfo(fs.readFileSync(file)));
    expect(results.slice(0, files.length)).toEqual(expected);
    expect(results[files.length]!.problems.map((p) => p.code)).toEqual(['NFO_NOT_FOUND']);
    expect(results.slice(files.length + 1)).toEqual(expected);
  });

  test('relative paths resolve against the current folder', async () => {
    const relative = path.relative(process.cwd(), new URL('kodi-tvshow.nfo', corpusDir).pathname);
    expect((await reader.read(relative)).title).toBe("Frieren: Beyond Journey's End");
  });

  test('a call can be cancelled before it runs', async () => {
    const controller = new AbortController();
    controller.abort(new Error('user cancelled'));
    await expect(reader.read('/nowhere.nfo', { signal: controller.signal })).rejects.toThrow('user cancelled');
  });
});
