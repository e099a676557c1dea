import fs from 'node:fs';
import path from 'node:path';
import { imageSize } from 'image-size';
import { expect, test } from 'vitest';
import type { SeriesMatch } from '../../../../shared/types';
import { testDatabase } from '../../testing/database';
import { libraryDir, writeTree } from '../../testing/temp';
import { buildTmdbShows } from '../testing/build-tmdb';
import { clientsFor, startFakeProviders } from '../testing/providers';
import type { TmdbImage } from '../tmdb/types';
import { asImageType } from '../../artwork/convert-image';
import { downloadArtwork } from '../../artwork/download-artwork';
import { providerArtwork } from './provider-artwork';
import { SVG_LOGO } from '../../artwork/testing/images';

const img = (file_path: string, iso_639_1: string | null, vote_average = 5): TmdbImage => ({ file_path, iso_639_1, width: 1000, height: 1500, vote_average });

function showWith(images: { posters: TmdbImage[]; backdrops: TmdbImage[]; logos: TmdbImage[] }) {
  const [show] = buildTmdbShows([{ id: 500, name: 'Lang Test', year: 2020, seasons: [3, 3] }]);
  show!.details.images = images;
  return show!;
}

const matched = (provider: 'tmdb' | 'anilist', id: string, crossIds: Record<string, string> = {}): SeriesMatch => ({
  state: 'matched', provider, id, score: 1, source: 'search', candidates: [], locked: false, crossIds, reason: null,
});

test('posters in the UI language, then English, then without text; fanart without text first; logos never in a third language', async () => {
  const show = showWith({
    posters: [img('/p-ja.jpg', 'ja', 9), img('/p-null.jpg', null, 8), img('/p-en-low.jpg', 'en', 1), img('/p-de.jpg', 'de', 7), img('/p-en.jpg', 'en', 6)],
    backdrops: [img('/b-en.jpg', 'en', 9), img('/b-null.jpg', null, 2), img('/b-de.jpg', 'de', 9)],
    logos: [img('/l-ja.png', 'ja', 9), img('/l-fr.png', 'fr', 9)],
  });
  const server = await startFakeProviders({ tmdb: [show] });
  const { tmdb, anilist } = clientsFor(server);
  const en = await providerArtwork(matched('tmdb', '500'), { providers: { tmdb, anilist: null }, language: 'en', seasons: [1, 2] });
  const names = (list: Array<{ url: string }>) => list.map((c) => c.url.slice(c.url.lastIndexOf('/')));
  expect(names(en.kinds.poster)).toEqual(['/p-en.jpg', '/p-en-low.jpg', '/p-null.jpg']);
  expect(en.kinds.poster[0]).toMatchObject({ provider: 'tmdb', width: 1000, height: 1500, language: 'en' });
  expect(en.kinds.poster[0]!.url).toBe(`${server.imagesUrl}/tmdb/t/p/original/p-en.jpg`);
  expect(names(en.kinds.fanart)).toEqual(['/b-null.jpg', '/b-en.jpg']);
  // Only Japanese and French logos: none rather than one in a language the user did not ask for.
  expect(en.kinds.logo).toEqual([]);
  expect(en.kinds.banner).toEqual([]);
  expect([...en.seasons.keys()]).toEqual([1, 2]);
  expect(names(en.seasons.get(2)!)).toEqual(['/s500-2.jpg']);

  const ja = await providerArtwork(matched('tmdb', '500'), { providers: { tmdb, anilist: null }, language: 'ja', seasons: [1] });
  expect(names(ja.kinds.poster)).toEqual(['/p-ja.jpg', '/p-en.jpg', '/p-en-low.jpg', '/p-null.jpg']);
  expect(names(ja.kinds.logo)).toEqual(['/l-ja.png']);
  // One season: no season posters.
  expect(ja.seasons.size).toBe(0);

  // An AniList match: the cover is the poster, the banner is banner.jpg and never fanart.
  const al = await providerArtwork(matched('anilist', '154587'), { providers: { tmdb: null, anilist }, language: 'en', seasons: [1] });
  expect(al.kinds.poster.map((c) => c.url)).toEqual([`${server.imagesUrl}/anilist/file/anilistcdn/media/anime/cover/large/bx154587.jpg`]);
  expect(al.kinds.banner.map((c) => c.url)).toEqual([`${server.imagesUrl}/anilist/file/anilistcdn/media/anime/banner/154587.jpg`]);
  expect(al.kinds.fanart).toEqual([]);
  // With a TMDB id among its cross ids, TMDB's posters come first and the cover last.
  const both = await providerArtwork(matched('anilist', '154587', { tmdb: '500' }), { providers: { tmdb, anilist }, language: 'en', seasons: [1] });
  expect(both.kinds.poster.map((c) => c.provider)).toEqual(['tmdb', 'tmdb', 'tmdb', 'anilist']);
});

test('an SVG logo is drawn to a real PNG before it is saved as clearlogo.png; one that will not convert is skipped, nothing written', async () => {
  const png = await asImageType(SVG_LOGO, 'png');
  expect(imageSize(png)).toMatchObject({ type: 'png' });
  const jpgFromPng = await asImageType(png, 'jpg');
  expect(imageSize(jpgFromPng).type).toBe('jpg');
  // Not an image at all: passed through for the image check to refuse with its own code.
  expect(await asImageType(Buffer.from('<html>hi</html>'), 'png')).toEqual(Buffer.from('<html>hi</html>'));
  await expect(asImageType(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="0" height="0"><broken'), 'png')).rejects.toMatchObject({ code: 'ARTWORK_CONVERT' });

  const server = await startFakeProviders();
  const database = await testDatabase();
  const folder = path.join(libraryDir(), 'Show');
  writeTree(folder, { 'Show - 01.mkv': 'v' });
  const result = await downloadArtwork(
    { url: `${server.imagesUrl}/tmdb/t/p/original/l123.svg`, folder, names: { png: 'clearlogo.png' }, kind: 'clearlogo', mode: 'missing', convert: (b) => asImageType(b, 'png') },
    { db: database.db },
  );
  expect(result).toMatchObject({ written: true, type: 'png' });
  expect(imageSize(fs.readFileSync(path.join(folder, 'clearlogo.png'))).type).toBe('png');
  // Without conversion the same SVG is refused and the folder stays as it was.
  fs.rmSync(path.join(folder, 'clearlogo.png'));
  await expect(downloadArtwork({ url: `${server.imagesUrl}/tmdb/t/p/original/l123.svg`, folder, names: { png: 'clearlogo.png' }, kind: 'clearlogo', mode: 'missing' }, { db: database.db })).rejects.toMatchObject({ code: 'DOWNLOAD_NOT_IMAGE' });
  expect(fs.readdirSync(folder)).toEqual(['Show - 01.mkv']);
  await database.close();
});
