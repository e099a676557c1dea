import path from 'node:path';
import sharp from 'sharp';
import { afterEach, describe, expect, test } from 'vitest';
import { testCore, type TestCore } from '../../testing/core';
import { libraryDir, writeTree } from '../../testing/temp';
import { posterJpeg } from '../testing/posters';
import { composePosterSheet, MAX_SHEET_POSTERS } from './poster-sheet';

const solid = (width: number, height: number, rgb: [number, number, number]) =>
  sharp({ create: { width, height, channels: 3, background: { r: rgb[0], g: rgb[1], b: rgb[2] } } }).jpeg({ quality: 95 }).toBuffer();

/** The colour at (x, y) of a JPEG, each channel rounded to a step of 16 (JPEG blurs colours a little). */
async function colourAt(jpeg: Buffer, x: number, y: number): Promise<number[]> {
  const { data, info } = await sharp(jpeg).raw().toBuffer({ resolveWithObject: true });
  const at = (y * info.width + x) * info.channels;
  return [...data.subarray(at, at + 3)].map((c) => Math.round(c / 16) * 16);
}

describe('composePosterSheet', () => {
  test('puts each thumbnail in its own 2:3 cell, in order, and leaves a missing one the empty colour', async () => {
    const sheet = await composePosterSheet([await solid(180, 270, [240, 0, 0]), null, await solid(180, 270, [0, 0, 240])], 180);
    const meta = await sharp(sheet).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['jpeg', 540, 270]);
    expect(await colourAt(sheet, 90, 135)).toEqual([240, 0, 0]);
    expect(await colourAt(sheet, 270, 135)).toEqual([32, 32, 32]);
    expect(await colourAt(sheet, 450, 135)).toEqual([0, 0, 240]);
  });

  test('a thumbnail that is not 2:3 (a wide poster) is cropped to fill its cell, never letterboxed', async () => {
    const sheet = await composePosterSheet([await solid(180, 120, [0, 240, 0])], 180);
    expect((await sharp(sheet).metadata()).height).toBe(270);
    expect(await colourAt(sheet, 90, 5)).toEqual([0, 240, 0]);
    expect(await colourAt(sheet, 90, 265)).toEqual([0, 240, 0]);
  });

  test('a thumbnail a sliver from 2:3 (a 680×1000 poster’s is 180×265) is joined as it is, centred in its cell', async () => {
    const sheet = await composePosterSheet([await solid(180, 265, [240, 0, 0]), await solid(180, 270, [0, 0, 240])], 180);
    expect([(await sharp(sheet).metadata()).width, (await sharp(sheet).metadata()).height]).toEqual([360, 270]);
    expect(await colourAt(sheet, 90, 135)).toEqual([240, 0, 0]);
    // Uncropped: the cell's top two rows are the empty colour, not the poster.
    expect(await colourAt(sheet, 90, 0)).toEqual([32, 32, 32]);
    expect(await colourAt(sheet, 270, 1)).toEqual([0, 0, 240]);
    const alike = await composePosterSheet([await solid(180, 265, [240, 0, 0]), await solid(180, 265, [0, 240, 0])], 180);
    expect((await sharp(alike).metadata()).height).toBe(265);
  });

  test('a damaged thumbnail leaves its cell empty; the sheet still comes', async () => {
    const sheet = await composePosterSheet([Buffer.from('not a jpeg'), await solid(180, 270, [240, 0, 0])], 180);
    expect(await colourAt(sheet, 90, 135)).toEqual([32, 32, 32]);
    expect(await colourAt(sheet, 270, 135)).toEqual([240, 0, 0]);
  });
});

describe('poster sheets of a real library', () => {
  let core: TestCore | null = null;
  afterEach(async () => {
    await core?.close();
    core = null;
  });

  test('one row of posters as one image, through the same resolve as each thumbnail', async () => {
    const root = libraryDir();
    writeTree(root, { 'A/A - 01.mkv': 'v', 'A/poster.jpg': await posterJpeg(1), 'B/B - 01.mkv': 'v', 'C/C - 01.mkv': 'v', 'C/poster.jpg': await posterJpeg(3) });
    core = await testCore();
    const added = await core.addFolders([root]);
    const id = new Map(added.added.map((s) => [path.basename(s.path), s.id]));
    // Loaded, so each series' summary carries its poster's version.
    await core.startLoader();
    await core.whenLoaderIdle();
    const versions = new Map((await core.listSeries()).map((s) => [s.id, s.artworkVersions?.poster ?? null]));
    expect(versions.get(id.get('A')!)).toMatch(/^[0-9a-z]+-[0-9a-z]+$/);

    const posters = ['A', 'B', 'C'].map((name) => ({ seriesId: id.get(name)!, version: versions.get(id.get(name)!)! }));
    const sheet = await core.posterSheet('poster-thumb-small', posters);
    if (typeof sheet === 'string') throw new Error(`no sheet: ${sheet}`);
    expect((await sharp(sheet.bytes).metadata()).width).toBe(540);
    // A's cell is A's thumbnail; B has no poster, so its cell is empty.
    const thumbnailOfA = await core.artwork(id.get('A')!, 'poster-thumb-small');
    if (typeof thumbnailOfA === 'string') throw new Error(thumbnailOfA);
    expect(await colourAt(sheet.bytes!, 90, 135)).toEqual(await colourAt(thumbnailOfA.bytes ?? (await sharp(thumbnailOfA.path).toBuffer()), 90, 135));
    expect(await colourAt(sheet.bytes!, 270, 135)).toEqual([32, 32, 32]);
    // Every poster named with its version: asked again, the same sheet, from memory.
    const withPosters = [posters[0]!, posters[2]!];
    const kept = await core.posterSheet('poster-thumb-small', withPosters);
    expect(await core.posterSheet('poster-thumb-small', withPosters)).toBe(kept);
    // No poster at all among them: nothing to show.
    expect(await core.posterSheet('poster-thumb-small', [{ seriesId: id.get('B')!, version: null }, { seriesId: 999_999, version: null }])).toBe('no-artwork');
    await expect(core.posterSheet('poster-thumb-small', Array.from({ length: MAX_SHEET_POSTERS + 1 }, () => posters[0]!))).rejects.toMatchObject({ code: 'SHEET_SIZE' });
  });
});
