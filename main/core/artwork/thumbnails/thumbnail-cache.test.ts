import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { tempDir } from '../../testing/temp';
import { posterJpeg, withClaimedSize } from '../testing/posters';
import { makeThumbnail, SMALL_THUMBNAIL_WIDTH } from './make-thumbnail';
import { ThumbnailCache, type ThumbnailSource } from './thumbnail-cache';

function setup(options: { maxBytes?: number; concurrency?: number } = {}) {
  const folder = tempDir('anishelf-posters-');
  const dir = path.join(tempDir('anishelf-data-'), 'thumbnails');
  const made: string[] = [];
  let active = 0;
  let mostActive = 0;
  // The real maker, counted: how many posters were decoded, and how many at once.
  const make = async (bytes: Buffer, width: number) => {
    active++;
    mostActive = Math.max(mostActive, active);
    made.push(String(bytes.length));
    try {
      return await makeThumbnail(bytes, width);
    } finally {
      active--;
    }
  };
  const cache = (now?: () => number) => new ThumbnailCache({ dir, make, ...options, ...(now ? { now } : {}) });
  const write = (name: string, bytes: Buffer | string, mtime = new Date('2025-01-01T00:00:00Z')): ThumbnailSource => {
    const file = path.join(folder, name);
    fs.writeFileSync(file, bytes);
    fs.utimesSync(file, mtime, mtime);
    const stat = fs.statSync(file);
    return { path: file, size: stat.size, mtimeMs: stat.mtimeMs };
  };
  const files = () => (fs.existsSync(dir) ? fs.readdirSync(dir).sort() : []);
  return { cache, write, files, made, mostActive: () => mostActive, dir };
}

describe('poster thumbnails', () => {
  test('a poster gets one small JPEG, made once per version and kept across a restart', async () => {
    const t = setup();
    const source = t.write('poster.jpg', await posterJpeg(1));
    const cache = t.cache();
    const first = await cache.get(source);
    expect(first.contentType).toBe('image/jpeg');
    const meta = await sharp(first.path).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['jpeg', 340, 500]);
    expect(first.size).toBeLessThan(source.size / 4);
    expect(await cache.get(source)).toEqual(first);
    // A new process over the same data dir finds it on disk; a use hours later marks it as recent
    // (for the size bound) without changing what is served.
    const mtimeBefore = fs.statSync(first.path).mtimeMs;
    expect(await t.cache(() => Date.now() + 3 * 3600_000).get(source)).toEqual(first);
    expect(fs.statSync(first.path).mtimeMs).toBeGreaterThan(mtimeBefore);
    expect(t.made).toHaveLength(1);
    expect(t.files()).toEqual([path.basename(first.path)]);
  });

  test('a changed poster gets a new thumbnail and the old one is deleted', async () => {
    const t = setup();
    const cache = t.cache();
    const before = await cache.get(t.write('poster.jpg', await posterJpeg(1)));
    const after = await cache.get(t.write('poster.jpg', await posterJpeg(2, 400, 600), new Date('2025-02-01T00:00:00Z')));
    expect(after.path).not.toBe(before.path);
    expect(t.made).toHaveLength(2);
    expect(t.files()).toEqual([path.basename(after.path)]);
    expect((await sharp(after.path).metadata()).width).toBe(340);
  });

  test('one poster at two widths: one file each, made once each; a changed poster replaces both', async () => {
    const t = setup();
    const cache = t.cache();
    const source = t.write('poster.jpg', await posterJpeg(12));
    const [large, small] = await Promise.all([cache.get(source), cache.get(source, SMALL_THUMBNAIL_WIDTH)]);
    expect(small.path).not.toBe(large.path);
    const meta = async (file: string) => sharp(file).metadata().then((m) => [m.format, m.width, m.height]);
    expect(await meta(large.path)).toEqual(['jpeg', 340, 500]);
    expect(await meta(small.path)).toEqual(['jpeg', 180, 265]);
    expect(small.size).toBeLessThan(large.size);
    // Each stays: asking for one width does not drop the other, also after a restart.
    expect(await t.cache().get(source, SMALL_THUMBNAIL_WIDTH)).toEqual(small);
    expect(await t.cache().get(source)).toEqual(large);
    expect(t.made).toHaveLength(2);
    expect(t.files()).toEqual([path.basename(large.path), path.basename(small.path)].sort());

    const changed = t.write('poster.jpg', await posterJpeg(13, 400, 600), new Date('2025-02-01T00:00:00Z'));
    const after = [await cache.get(changed), await cache.get(changed, SMALL_THUMBNAIL_WIDTH)];
    expect(t.files()).toEqual(after.map((a) => path.basename(a.path)).sort());
    expect(await meta(after[1]!.path)).toEqual(['jpeg', 180, 270]);
  });

  test('concurrent requests for one poster make one thumbnail; at most `concurrency` are made at once', async () => {
    const t = setup({ concurrency: 2 });
    const cache = t.cache();
    const source = t.write('poster.jpg', await posterJpeg(3));
    const answers = await Promise.all(Array.from({ length: 8 }, () => cache.get(source)));
    expect(new Set(answers.map((a) => a.path)).size).toBe(1);
    expect(t.made).toHaveLength(1);
    const others = await Promise.all([4, 5, 6, 7, 8].map(async (seed) => t.write(`p${seed}.jpg`, await posterJpeg(seed, 340, 500))));
    await Promise.all(others.map((s) => cache.get(s)));
    expect(t.made).toHaveLength(6);
    expect(t.mostActive()).toBeLessThanOrEqual(2);
  });

  test.each([
    ['an HTML page named poster.jpg', () => Buffer.from('<!doctype html><title>404</title>'), 'THUMBNAIL_UNREADABLE'],
    ['a JPEG cut in half', async () => (await posterJpeg(9)).subarray(0, 20_000), 'THUMBNAIL_UNREADABLE'],
    ['an empty file', () => Buffer.alloc(0), 'THUMBNAIL_UNREADABLE'],
    ['a JPEG whose header claims 12000×9000 pixels', async () => withClaimedSize(await posterJpeg(9, 60, 90), 12_000, 9_000), 'THUMBNAIL_TOO_LARGE'],
  ])('%s has no thumbnail, with a clear code, and is not decoded again', async (_name, bytes, code) => {
    const t = setup();
    const cache = t.cache();
    const source = t.write('poster.jpg', await bytes());
    const failure = await cache.get(source).catch((err: unknown) => err);
    expect(failure).toMatchObject({ code, message: expect.stringMatching(/poster/) });
    expect((failure as Error).message).not.toMatch(/vips|Input buffer/i);
    await expect(cache.get(source)).rejects.toBe(failure);
    expect(t.made).toHaveLength(1);
    expect(t.files()).toEqual([]);
    // Fixed by the user: the new version is tried.
    const fixed = await cache.get(t.write('poster.jpg', await posterJpeg(10, 340, 500), new Date('2025-03-01T00:00:00Z')));
    expect(fs.existsSync(fixed.path)).toBe(true);
  });

  test('the cache stays within its size bound, dropping the least recently used first', async () => {
    const probe = await makeThumbnail(await posterJpeg(20, 340, 500));
    const bounded = setup({ maxBytes: probe.length * 3.5 });
    const cache = bounded.cache();
    const sources = await Promise.all([20, 21, 22, 23, 24, 25].map(async (seed) => bounded.write(`p${seed}.jpg`, await posterJpeg(seed, 340, 500))));
    for (const source of sources) await cache.get(source);
    const sizes = bounded.files().map((name) => fs.statSync(path.join(bounded.dir, name)).size);
    expect(sizes.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(probe.length * 3.5);
    expect(sizes.length).toBeGreaterThanOrEqual(2);
    // The newest is kept; the first was dropped and is made again on request.
    expect(fs.existsSync((await cache.get(sources[5]!)).path)).toBe(true);
    const madeBefore = bounded.made.length;
    await cache.get(sources[0]!);
    expect(bounded.made.length).toBe(madeBefore + 1);
  });

  test('a thumbnail served from memory counts as used: the bound drops one nobody asked for', async () => {
    const probe = await makeThumbnail(await posterJpeg(30, 340, 500));
    const bounded = setup({ maxBytes: probe.length * 3.5 });
    let now = Date.parse('2026-01-01T00:00:00Z');
    const cache = bounded.cache(() => now);
    const sources = await Promise.all([30, 31, 32, 33, 34].map(async (seed) => bounded.write(`p${seed}.jpg`, await posterJpeg(seed, 340, 500))));
    const [first, second, third, fourth, fifth] = sources as [ThumbnailSource, ThumbnailSource, ThumbnailSource, ThumbnailSource, ThumbnailSource];
    const made = new Map<ThumbnailSource, string>();
    for (const source of [first, second, third]) {
      now += 60_000;
      made.set(source, (await cache.get(source)).path);
    }
    // The grid keeps showing the first one, from memory, two hours on: its file is touched too.
    now += 2 * 3_600_000;
    await cache.noteUsed(made.get(first)!);
    for (const source of [fourth, fifth]) {
      now += 60_000;
      await cache.get(source);
    }
    expect(fs.existsSync(made.get(first)!)).toBe(true);
    expect(fs.existsSync(made.get(second)!)).toBe(false);
    expect(fs.statSync(made.get(first)!).mtimeMs).toBeGreaterThan(Date.parse('2026-01-01T01:00:00Z'));
  });

  test('temp files left by a crash are removed when the cache opens', async () => {
    const t = setup();
    fs.mkdirSync(t.dir, { recursive: true });
    fs.writeFileSync(path.join(t.dir, '.abc123.tmp'), 'half a thumbnail');
    await t.cache().get(t.write('poster.jpg', await posterJpeg(30, 340, 500)));
    expect(t.files().some((name) => name.endsWith('.tmp'))).toBe(false);
    expect(t.files()).toHaveLength(1);
  });
});
