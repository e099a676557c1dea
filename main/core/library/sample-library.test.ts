import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { resolveArtwork } from '../artwork/serve-artwork';
import { testCore } from '../testing/core';
import { SAMPLE_FOLDER } from './sample-library';

test('the sample library is written into the data dir, added, loaded, and its artwork served; a second time adds nothing', async () => {
  const core = await testCore();
  const first = await core.addSampleLibrary();
  expect(first.added.length).toBe(12);
  expect(first.skipped).toEqual([]);
  expect(first.added.every((s) => s.path.startsWith(path.join(core.dataDir, SAMPLE_FOLDER)))).toBe(true);
  await core.startLoader();
  await core.whenLoaderIdle();
  // Its episode NFOs are written after the load; the file count below includes them.
  await core.episodeNfos.whenIdle();
  const series = await core.listSeries();
  expect(series.every((s) => s.loadingStatus === 'completed' && s.videoCount > 0)).toBe(true);
  const frieren = series.find((s) => s.path.endsWith('Sousou no Frieren (2023)'))!;
  expect(frieren).toMatchObject({ title: "Frieren: Beyond Journey's End", hasPoster: true, hasLogo: true, hasFanart: true, hasNfo: true });
  const poster = await resolveArtwork(core.db, frieren.id, 'poster');
  expect(poster).toMatchObject({ contentType: 'image/png' });
  const before = fs.readdirSync(path.join(core.dataDir, SAMPLE_FOLDER), { recursive: true }).length;
  expect((await core.addSampleLibrary()).added).toEqual([]);
  expect(fs.readdirSync(path.join(core.dataDir, SAMPLE_FOLDER), { recursive: true }).length).toBe(before);
  await core.close();
});
