import fs from 'node:fs';
import { expect, test } from 'vitest';
import { encodePng } from '../library/png';
import { checkImageFile } from '../media/image-check';
import { seriesFiles, testCore } from '../testing/core';
import { libraryDir, writeTree } from '../testing/temp';

const png = encodePng(4, 6, () => [200, 40, 40]);

test('an image file is read by its header: type and dimensions; a 3-byte file is not an image', async () => {
  const lib = libraryDir();
  writeTree(lib, { 'poster.png': png, 'poster.jpg': 'abc', 'empty.jpg': '' });
  expect(await checkImageFile(`${lib}/poster.png`)).toEqual({ ok: true, type: 'png', width: 4, height: 6, version: expect.stringMatching(/^[0-9a-z]+-[0-9a-z]+$/) })
  expect((await checkImageFile(`${lib}/poster.jpg`)).ok).toBe(false);
  expect((await checkImageFile(`${lib}/empty.jpg`)).ok).toBe(false);
  expect((await checkImageFile(`${lib}/gone.jpg`)).ok).toBe(false);
});

test('the loader lists artwork that is present but broken, and clears it once the file is fixed', async () => {
  const core = await testCore();
  const lib = libraryDir();
  writeTree(lib, { ...seriesFiles({ Good: 1, Broken: 1 }), 'Good/poster.jpg': png, 'Good/fanart.png': png, 'Broken/poster.jpg': 'abc', 'Broken/logo.png': png, 'Broken/fanart.jpg': '<html>' });
  await core.addFolders([lib]);
  await core.startLoader();
  await core.whenLoaderIdle();
  const byTitle = new Map((await core.listSeries()).map((s) => [s.title, s]));
  expect(byTitle.get('Good')).toMatchObject({ hasPoster: true, hasFanart: true, brokenArtwork: [] });
  expect(byTitle.get('Broken')).toMatchObject({ hasPoster: true, hasLogo: true, hasFanart: true, brokenArtwork: ['poster', 'fanart'] });
  expect((await core.listSeries({ filter: 'missing-artwork' })).map((s) => s.title)).toEqual(['Broken', 'Good']);

  writeTree(lib, { 'Broken/poster.jpg': png });
  await core.reload(byTitle.get('Broken')!.id);
  await core.whenLoaderIdle();
  expect((await core.listSeries()).find((s) => s.title === 'Broken')!.brokenArtwork).toEqual(['fanart']);
  await core.close();
});

test('each good artwork file has a version in the summary; a file replaced under the same name gets a new one', async () => {
  const core = await testCore();
  const lib = libraryDir();
  const wider = encodePng(8, 12, () => [40, 200, 40]);
  writeTree(lib, { ...seriesFiles({ Show: 1 }), 'Show/poster.png': png, 'Show/fanart.png': png, 'Show/logo.png': 'not an image' });
  await core.addFolders([lib]);
  await core.startLoader();
  await core.whenLoaderIdle();
  const [before] = await core.listSeries();
  expect(Object.keys(before!.artworkVersions ?? {})).toEqual(['poster', 'fanart']);
  expect(before!.brokenArtwork).toEqual(['logo']);

  // Another image under the same name (as an image editor or "Replace artwork…" leaves it).
  writeTree(lib, { 'Show/poster.png': wider });
  await core.reload(before!.id);
  await core.whenLoaderIdle();
  const [after] = await core.listSeries();
  expect(after!.artworkVersions?.poster).toMatch(/^[0-9a-z]+-[0-9a-z]+$/);
  expect(after!.artworkVersions?.poster).not.toBe(before!.artworkVersions?.poster);
  expect(after!.artworkVersions?.fanart).toBe(before!.artworkVersions?.fanart);

  // A poster that is gone has no version any more.
  fs.rmSync(`${lib}/Show/poster.png`);
  await core.reload(before!.id);
  await core.whenLoaderIdle();
  expect((await core.listSeries())[0]!.artworkVersions).toEqual({ fanart: before!.artworkVersions?.fanart });
  await core.close();
});
