import fs from 'node:fs';
import path from 'node:path';
import { imageSize } from 'image-size';
import { expect, test } from 'vitest';
import { ANILIST_SEEDS } from '../testing/data/anilist-seeds';
import { TMDB_SEEDS } from '../testing/data/tmdb-seeds';
import { startFakeProviders } from '../testing/providers';
import { testCore } from '../../testing/core';
import { libraryDir, writeTree } from '../../testing/temp';

const KEY = '0123456789abcdef0123456789abcdef';
const ANIME = [154587, 16498, 101348, 113415, 140960, 1535, 9253];

/** Done when: a library of 50 series ends with posters, fanart, logos, tvshow.nfo and episode NFOs. */
test('a library of 50 series against the local providers ends with its artwork, tvshow.nfo and episode NFOs', async () => {
  const server = await startFakeProviders({ tmdbKey: KEY });
  const lib = libraryDir();
  const files: Record<string, string> = {};
  const tmdbFolders: string[] = [];
  for (const [i, seed] of TMDB_SEEDS.entries()) {
    const folder = `${seed.name} (${seed.year}) [tmdbid-${seed.id}]`;
    tmdbFolders.push(folder);
    // A few with Season NN folders, which get season posters.
    const seasons = i < 3 ? [1, 2] : [1];
    for (const s of seasons) for (let e = 1; e <= 2; e++) files[`${folder}/${seasons.length > 1 ? `Season 0${s}/` : ''}${seed.name} - S0${s}E0${e}.mkv`] = 'v';
  }
  const animeFolders = ANIME.map((id) => {
    const seed = ANILIST_SEEDS.find((s) => s.id === id)!;
    const folder = `${seed.romaji} [anilistid-${id}]`;
    for (let e = 1; e <= 2; e++) files[`${folder}/${seed.romaji} - ${String(e).padStart(2, '0')}.mkv`] = 'v';
    return folder;
  });
  expect(tmdbFolders.length + animeFolders.length).toBe(50);
  writeTree(lib, files);

  const core = await testCore({ env: { ANISHELF_PROVIDERS: 'on', ANISHELF_ANILIST_URL: server.anilistUrl, ANISHELF_TMDB_URL: server.tmdbUrl, ANISHELF_TMDB_KEY: KEY, ANISHELF_ANILIST_PER_MIN: '600', ANISHELF_TMDB_PER_MIN: '6000' } });
  await core.addFolders([lib]);
  await core.startLoader();
  await core.whenLoaderIdle();
  await core.identifyQueue.whenIdle();
  // Episode NFOs come from the background writer after the disk stages.
  await core.episodeNfos.whenIdle();

  const isImage = (file: string, type: string) => fs.existsSync(file) && imageSize(fs.readFileSync(file)).type === type;
  const rows = await core.db.selectFrom('series').selectAll().execute();
  expect(rows).toHaveLength(50);
  for (const row of rows) {
    const anime = animeFolders.includes(path.basename(row.path));
    expect(row, row.folder_name).toMatchObject({ loading_status: 'completed', has_poster: 1, has_nfo: 1, artwork_error: null });
    expect(row.artwork_fetched_for, row.folder_name).toMatch(anime ? /^anilist:/ : /^tmdb:/);
    expect(isImage(path.join(row.path, 'poster.jpg'), 'jpg'), row.folder_name).toBe(true);
    expect(fs.readFileSync(path.join(row.path, 'tvshow.nfo'), 'utf8')).toMatch(/<tvshow>[\s\S]*<uniqueid[^>]*default="true"/);
    if (anime) {
      // AniList has no fanart or logos; its banner is banner.jpg. Frieren and Attack on Titan are on
      // TMDB as well (same title, year, animation): their fanart and logo come from there.
      expect(isImage(path.join(row.path, 'banner.jpg'), 'jpg'), row.folder_name).toBe(true);
      const onTmdb = /\[anilistid-(154587|16498)\]/.test(row.folder_name);
      expect(row.artwork_fetched_for, row.folder_name).toMatch(onTmdb ? /^anilist:\d+\+tmdb:\d+$/ : /^anilist:\d+$/);
      expect(row, row.folder_name).toMatchObject({ has_fanart: onTmdb ? 1 : 0, has_logo: onTmdb ? 1 : 0 });
    } else {
      expect(row, row.folder_name).toMatchObject({ has_fanart: 1, has_logo: 1 });
      expect(isImage(path.join(row.path, 'fanart.jpg'), 'jpg'), row.folder_name).toBe(true);
      expect(isImage(path.join(row.path, 'clearlogo.png'), 'png'), row.folder_name).toBe(true);
    }
    const episodes = await core.db.selectFrom('episodes').select(['path', 'season']).where('series_id', '=', row.id).execute();
    expect(episodes.length).toBeGreaterThanOrEqual(2);
    for (const ep of episodes) expect(fs.readFileSync(ep.path.replace(/\.mkv$/, '.nfo'), 'utf8'), ep.path).toMatch(/<episodedetails>/);
    const seasons = new Set(episodes.map((e) => e.season));
    for (const s of seasons) expect(fs.existsSync(path.join(row.path, `season0${s}-poster.jpg`)), `${row.folder_name} season ${s}`).toBe(seasons.size > 1);
  }
  // Every file written is recorded with its hash: 50 posters, 45 fanart and logos, 7 banners, 6 season posters.
  const kinds = await core.db.selectFrom('written_files').select(['kind', core.db.fn.countAll<number>().as('n')]).groupBy('kind').execute();
  expect(Object.fromEntries(kinds.map((k) => [k.kind, Number(k.n)]))).toMatchObject({ poster: 50, fanart: 45, clearlogo: 45, banner: 7, 'season-poster': 6 });
  await core.close();
}, 120_000);
