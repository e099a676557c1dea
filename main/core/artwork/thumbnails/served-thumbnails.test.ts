import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { testCore, type TestCore } from '../../testing/core';
import { libraryDir, tempDir, writeTree } from '../../testing/temp';
import type { ArtworkFile, ArtworkRefusal } from '../serve-artwork';
import { posterJpeg } from '../testing/posters';
import { resolvePosterThumbnail } from './poster-thumbnail';
import { ServedThumbnails } from './served-thumbnails';
import { ThumbnailCache } from './thumbnail-cache';

// A real library loaded by the real loader: the version a request names is the one the series
// summary gives the renderer.
let core: TestCore | null = null;
afterEach(async () => {
  await core?.close();
  core = null;
});

async function loaded(files: Record<string, string | Buffer>) {
  const root = libraryDir();
  writeTree(root, files);
  core = await testCore();
  await core.addFolders([root]);
  await core.startLoader();
  await core.whenLoaderIdle();
  return { root, ...(await summaries()) };
}

async function summaries() {
  const list = await core!.listSeries();
  const byName = new Map(list.map((s) => [path.basename(s.path), s]));
  return { id: (name: string) => byName.get(name)!.id, posterVersion: (name: string) => byName.get(name)!.artworkVersions?.poster ?? null };
}

function bytesOf(found: ArtworkFile | ArtworkRefusal): Buffer {
  if (typeof found === 'string') throw new Error(`refused: ${found}`);
  return found.bytes ?? fs.readFileSync(found.path);
}

describe('thumbnails served from memory by poster version', () => {
  test('a thumbnail asked for with its poster version is answered again without the files', async () => {
    const lib = await loaded({ 'Show/Show - 01.mkv': 'v', 'Show/poster.jpg': await posterJpeg(1) });
    const version = lib.posterVersion('Show');
    expect(version).toMatch(/^[0-9a-z]+-[0-9a-z]+$/);
    const first = bytesOf(await core!.artwork(lib.id('Show'), 'poster-thumb-small', version));
    expect(first.subarray(0, 3).equals(Buffer.from([0xff, 0xd8, 0xff]))).toBe(true);

    // Poster and thumbnail gone from disk: only memory can still answer for that version.
    fs.rmSync(path.join(lib.root, 'Show', 'poster.jpg'));
    fs.rmSync(path.join(core!.dataDir, 'thumbnails'), { recursive: true });
    expect(bytesOf(await core!.artwork(lib.id('Show'), 'poster-thumb-small', version)).equals(first)).toBe(true);
    // Without a version, with another one, or at the other width, every check runs again.
    expect(await core!.artwork(lib.id('Show'), 'poster-thumb-small')).toBe('no-artwork');
    expect(await core!.artwork(lib.id('Show'), 'poster-thumb-small', `${version}x`)).toBe('no-artwork');
    expect(await core!.artwork(lib.id('Show'), 'poster-thumb', version)).toBe('no-artwork');
  });

  test('a replaced poster has a new version, and the new version gets the new thumbnail', async () => {
    const lib = await loaded({ 'Show/Show - 01.mkv': 'v', 'Show/poster.jpg': await posterJpeg(1) });
    const oldVersion = lib.posterVersion('Show')!;
    const old = bytesOf(await core!.artwork(lib.id('Show'), 'poster-thumb-small', oldVersion));
    fs.writeFileSync(path.join(lib.root, 'Show', 'poster.jpg'), await posterJpeg(9, 700, 1000));
    await core!.reload(lib.id('Show'));
    await core!.whenLoaderIdle();
    const newVersion = (await summaries()).posterVersion('Show')!;
    expect(newVersion).not.toBe(oldVersion);
    const fresh = bytesOf(await core!.artwork(lib.id('Show'), 'poster-thumb-small', newVersion));
    expect(fresh.equals(old)).toBe(false);
    // The old URL still names the old bytes, as a browser that kept it would show.
    expect(bytesOf(await core!.artwork(lib.id('Show'), 'poster-thumb-small', oldVersion)).equals(old)).toBe(true);
  });

  test('keeps within its size bound, the least recently served going first', async () => {
    const lib = await loaded({
      'A/A - 01.mkv': 'v', 'A/poster.jpg': await posterJpeg(1),
      'B/B - 01.mkv': 'v', 'B/poster.jpg': await posterJpeg(2),
      'C/C - 01.mkv': 'v', 'C/poster.jpg': await posterJpeg(3),
    });
    const cache = new ThumbnailCache({ dir: tempDir('anishelf-thumbs-') });
    const db = core!.db;
    const width = 180;
    const probe = await resolvePosterThumbnail(db, cache, lib.id('A'), undefined, width);
    if (typeof probe === 'string') throw new Error(`refused: ${probe}`);
    // Room for two of these thumbnails (the three posters differ by their colour only), not three.
    const sizes = [];
    for (const name of ['B', 'C']) {
      const found = await resolvePosterThumbnail(db, cache, lib.id(name), undefined, width);
      if (typeof found === 'string') throw new Error(`refused: ${found}`);
      sizes.push(found.thumbnail.size);
    }
    const largest = Math.max(probe.thumbnail.size, ...sizes);
    const smallest = Math.min(probe.thumbnail.size, ...sizes);
    expect(3 * smallest).toBeGreaterThan(2 * largest);
    const used: string[] = [];
    const served = new ServedThumbnails((id, w) => resolvePosterThumbnail(db, cache, id, undefined, w), { maxBytes: 2 * largest, used: (file) => void used.push(file) });
    const ask = (name: string) => served.get(lib.id(name), width, lib.posterVersion(name));
    for (const name of ['A', 'B', 'A', 'C']) bytesOf(await ask(name));
    // A's second request was answered from memory: the disk cache is told its file was used.
    expect(used).toEqual([probe.thumbnail.path]);
    for (const name of ['A', 'B', 'C']) fs.rmSync(path.join(lib.root, name, 'poster.jpg'));
    // B was served least recently: it went; A and C are still in memory.
    expect(await ask('B')).toBe('no-artwork');
    expect(typeof (await ask('A'))).toBe('object');
    expect(typeof (await ask('C'))).toBe('object');
    await cache.close();
  });
});
