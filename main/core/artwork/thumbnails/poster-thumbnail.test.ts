import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterEach, describe, expect, test } from 'vitest';
import { testCore, type TestCore } from '../../testing/core';
import { libraryDir, tempDir, writeTree } from '../../testing/temp';
import { posterJpeg } from '../testing/posters';

// The grid's thumbnail goes through the same resolver as the poster route, on a real library.
let core: TestCore | null = null;
afterEach(async () => {
  await core?.close();
  core = null;
});

async function library(files: Record<string, string | Buffer>) {
  const root = libraryDir();
  writeTree(root, files);
  const log: string[] = [];
  core = await testCore({ log: (m) => log.push(m) });
  const added = await core.addFolders([root]);
  const ids = new Map(added.added.map((s) => [path.basename(s.path), s.id]));
  for (const id of ids.values()) await core.scanSeries(id);
  const thumbnails = () => (fs.existsSync(path.join(core!.dataDir, 'thumbnails')) ? fs.readdirSync(path.join(core!.dataDir, 'thumbnails')) : []);
  return { root, id: (name: string) => ids.get(name)!, log, thumbnails };
}

describe('poster thumbnails through the artwork resolver', () => {
  test('a series poster has a thumbnail in the data dir', async () => {
    const lib = await library({ 'Show/Show - 01.mkv': 'v', 'Show/poster.jpg': await posterJpeg(1) });
    const thumb = await core!.artwork(lib.id('Show'), 'poster-thumb');
    if (typeof thumb === 'string') throw new Error(`refused: ${thumb}`);
    expect(path.dirname(thumb.path)).toBe(path.join(core!.dataDir, 'thumbnails'));
    expect(thumb.contentType).toBe('image/jpeg');
    expect((await sharp(thumb.path).metadata()).width).toBe(340);
    // The small one, for a screen of one pixel per CSS pixel: a card's size, its own file.
    const small = await core!.artwork(lib.id('Show'), 'poster-thumb-small');
    if (typeof small === 'string') throw new Error(`refused: ${small}`);
    expect(path.dirname(small.path)).toBe(path.join(core!.dataDir, 'thumbnails'));
    expect(small.path).not.toBe(thumb.path);
    const smallMeta = await sharp(small.path).metadata();
    expect([smallMeta.format, smallMeta.width, smallMeta.height]).toEqual(['jpeg', 180, 265]);
    expect(lib.thumbnails()).toHaveLength(2);
    // The poster route itself still serves the full poster (the detail panel's).
    expect(await core!.artwork(lib.id('Show'), 'poster')).toMatchObject({ path: path.join(lib.root, 'Show', 'poster.jpg') });
  });

  test('is never made from a file outside the series folder', async () => {
    const outside = tempDir('anishelf-outside-');
    fs.writeFileSync(path.join(outside, 'secret.jpg'), await posterJpeg(2, 340, 500));
    const lib = await library({
      'Escape/Escape - 01.mkv': 'v', 'Escape/poster.jpg': await posterJpeg(3, 340, 500),
      'Show/Show - 01.mkv': 'v', 'Show/poster.jpg': await posterJpeg(4, 340, 500),
      'Show-evil/poster.jpg': await posterJpeg(5, 340, 500),
    });
    // Recorded as real posters, then swapped for links out of the series.
    fs.rmSync(path.join(lib.root, 'Escape', 'poster.jpg'));
    fs.symlinkSync(path.join(outside, 'secret.jpg'), path.join(lib.root, 'Escape', 'poster.jpg'));
    await core!.db.updateTable('series').set({ poster_path: path.join(lib.root, 'Show-evil', 'poster.jpg') }).where('id', '=', lib.id('Show')).execute();
    expect(await core!.artwork(lib.id('Escape'), 'poster-thumb')).toBe('outside-series');
    expect(await core!.artwork(lib.id('Show'), 'poster-thumb')).toBe('outside-series');
    expect(await core!.artwork(lib.id('Escape'), 'poster-thumb-small')).toBe('outside-series');
    expect(await core!.artwork(999_999, 'poster-thumb')).toBe('unknown-series');
    expect(lib.thumbnails()).toEqual([]);
  });

  test('a damaged poster has no thumbnail, and the log says why with its code', async () => {
    const lib = await library({
      'Cut/Cut - 01.mkv': 'v', 'Cut/poster.jpg': (await posterJpeg(6)).subarray(0, 30_000),
      'Text/Text - 01.mkv': 'v', 'Text/poster.jpg': 'not an image',
    });
    expect(await core!.artwork(lib.id('Cut'), 'poster-thumb')).toBe('unreadable');
    expect(lib.log.join('\n')).toMatch(/THUMBNAIL_UNREADABLE/);
    expect(await core!.artwork(lib.id('Text'), 'poster-thumb')).toBe('not-an-image');
    expect(lib.thumbnails()).toEqual([]);
  });

  test('a data dir where thumbnails cannot be saved gives no thumbnail and a logged code, not an error', async () => {
    const lib = await library({ 'Show/Show - 01.mkv': 'v', 'Show/poster.jpg': await posterJpeg(11, 340, 500) });
    // A file where the thumbnails folder should be: it can be neither made nor written.
    fs.writeFileSync(path.join(core!.dataDir, 'thumbnails'), 'in the way');
    expect(await core!.artwork(lib.id('Show'), 'poster-thumb')).toBe('thumbnail-failed');
    expect(lib.log.join('\n')).toMatch(/THUMBNAIL_FAILED|THUMBNAIL_WRITE_FAILED/);
    expect(await core!.artwork(lib.id('Show'), 'poster')).toMatchObject({ contentType: 'image/jpeg' });
  });
});
