import fs from 'node:fs';
import path from 'node:path';
import { imageSize } from 'image-size';
import sharp from 'sharp';
import { expect, test } from 'vitest';
import { buildAniListMedia } from '../testing/build-anilist';
import { buildTmdbShows } from '../testing/build-tmdb';
import { ANILIST_SEEDS } from '../testing/data/anilist-seeds';
import { TMDB_SEEDS } from '../testing/data/tmdb-seeds';
import { startFakeProviders } from '../testing/providers';
import { testCore } from '../../testing/core';
import { libraryDir, writeTree } from '../../testing/temp';

const KEY = '0123456789abcdef0123456789abcdef';

async function setup() {
  const tmdb = buildTmdbShows(TMDB_SEEDS);
  const bb = tmdb.find((s) => s.details.id === 1396)!;
  bb.details.images!.posters.push({ file_path: '/p1396-de.jpg', iso_639_1: 'de', width: 1000, height: 1500, vote_average: 9 }, { file_path: '/p1396-second.jpg', iso_639_1: 'en', width: 500, height: 750, vote_average: 1 });
  const server = await startFakeProviders({ tmdbKey: KEY, tmdb, anilist: buildAniListMedia(ANILIST_SEEDS) });
  const lib = libraryDir();
  const folder = path.join(lib, 'Breaking Bad (2008)');
  const userFanart = await sharp({ create: { width: 16, height: 9, channels: 3, background: '#102030' } }).jpeg().toBuffer();
  writeTree(lib, { 'Breaking Bad (2008)/Breaking Bad - S01E01.mkv': 'v', 'Breaking Bad (2008)/fanart.jpg': userFanart });
  const core = await testCore({ env: { ANISHELF_PROVIDERS: 'on', ANISHELF_ANILIST_URL: server.anilistUrl, ANISHELF_TMDB_URL: server.tmdbUrl, ANISHELF_TMDB_KEY: KEY, ANISHELF_ANILIST_PER_MIN: '600' } });
  await core.addFolders([lib]);
  await core.startLoader();
  await core.whenLoaderIdle();
  await core.identifyQueue.whenIdle();
  const [row] = await core.db.selectFrom('series').select('id').execute();
  return { server, core, folder, id: row!.id, userFanart };
}

test('"Choose artwork" lists the candidates per kind with size and language beside the current file, and saves the one chosen', async () => {
  const { server, core, folder, id } = await setup();
  const choices = await core.artworkChoices(id);
  expect(choices.kinds.map((k) => k.kind)).toEqual(['poster', 'fanart', 'logo', 'banner']);
  const poster = choices.kinds[0]!;
  expect(poster.current).toEqual({ name: 'poster.jpg', ours: true });
  // English first (best voted first), never the German one for an English UI.
  expect(poster.candidates.map((c) => [c.url.replace(server.imagesUrl, ''), c.width, c.height, c.language])).toEqual([
    ['/tmdb/t/p/original/p1396.jpg', 680, 1000, 'en'],
    ['/tmdb/t/p/original/p1396-second.jpg', 500, 750, 'en'],
  ]);
  expect(choices.kinds[1]!.current).toEqual({ name: 'fanart.jpg', ours: false });

  const before = fs.readFileSync(path.join(folder, 'poster.jpg'));
  const chosen = await core.chooseArtwork(id, 'poster', poster.candidates[1]!.url, false);
  expect(chosen).toEqual({ path: path.join(folder, 'poster.jpg'), replaced: 'ours' });
  expect(fs.readFileSync(path.join(folder, 'poster.jpg'))).not.toEqual(before);
  expect((await core.artworkChoices(id)).kinds[0]!.current).toEqual({ name: 'poster.jpg', ours: true });

  // Only what the provider offers: no URL is taken on trust.
  await expect(core.chooseArtwork(id, 'poster', `${server.imagesUrl}/tmdb/t/p/original/other.jpg`, false)).rejects.toMatchObject({ code: 'ARTWORK_NOT_OFFERED' });
  await core.close();
});

test('the user\'s own fanart is replaced only through "Replace artwork…", under its own name', async () => {
  const { core, folder, id, userFanart } = await setup();
  const fanart = (await core.artworkChoices(id)).kinds[1]!;
  await expect(core.chooseArtwork(id, 'fanart', fanart.candidates[0]!.url, false)).rejects.toMatchObject({ code: 'ARTWORK_USERS_FILE' });
  expect(fs.readFileSync(path.join(folder, 'fanart.jpg'))).toEqual(userFanart);
  expect(await core.refreshArtwork(id)).toMatchObject({ kept: [path.join(folder, 'fanart.jpg')] });
  expect(fs.readFileSync(path.join(folder, 'fanart.jpg'))).toEqual(userFanart);

  const replaced = await core.chooseArtwork(id, 'fanart', fanart.candidates[0]!.url, true);
  expect(replaced).toEqual({ path: path.join(folder, 'fanart.jpg'), replaced: 'yours' });
  expect(imageSize(fs.readFileSync(path.join(folder, 'fanart.jpg')))).toMatchObject({ type: 'jpg', width: 64, height: 36 });
  // Now Anishelf's: a refresh may replace it.
  expect((await core.artworkChoices(id)).kinds[1]!.current).toEqual({ name: 'fanart.jpg', ours: true });
  await core.close();
});

test('the preview proxy serves provider images only: real images from their hosts, nothing else', async () => {
  const { server, core, id } = await setup();
  const logo = (await core.artworkChoices(id)).kinds[2]!.candidates[0]!;
  const image = await core.providerImage(logo.url);
  expect(image.contentType).toBe('image/png');
  expect(imageSize(Buffer.from(image.body)).type).toBe('png');
  // An SVG logo is shown as PNG too.
  expect((await core.providerImage(`${server.imagesUrl}/tmdb/t/p/original/l1.svg`)).contentType).toBe('image/png');
  for (const bad of ['https://evil.example/p.jpg', 'file:///etc/passwd', 'http://user:pw@image.tmdb.org/x.jpg', 'not a url']) {
    await expect(core.providerImage(bad), bad).rejects.toMatchObject({ code: 'PROXY_REFUSED' });
  }
  // A page from an allowed host that is not an image is refused too.
  await expect(core.providerImage(`${server.imagesUrl}/tmdb/t/p/original/page.html`)).rejects.toMatchObject({ code: 'DOWNLOAD_HTTP' });
  await core.close();
});
