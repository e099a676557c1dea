import { expect, test } from 'vitest';
import { buildAniListMedia } from '../testing/build-anilist';
import { buildTmdbShows } from '../testing/build-tmdb';
import { ANILIST_SEEDS } from '../testing/data/anilist-seeds';
import type { TmdbSeed } from '../testing/data/tmdb-seeds';
import { clientsFor, startFakeProviders } from '../testing/providers';
import { findTmdbCompanion } from './tmdb-companion';

// The AniList entries are the hand-written ones; each test sets up the TMDB it searches.
const anime = (id: number) => buildAniListMedia(ANILIST_SEEDS).find((m) => m.id === id)!;
const FRIEREN = 154587;
const SHINGEKI = 16498;
const ANIMATION = ['Animation', 'Action & Adventure'];

async function companionOf(aniListId: number, tmdb: TmdbSeed[]) {
  const server = await startFakeProviders({ tmdb: buildTmdbShows(tmdb) });
  const { tmdb: client } = clientsFor(server);
  const id = await findTmdbCompanion(client, anime(aniListId));
  return { id, searches: server.requests.filter((r) => r.path === '/tmdb/3/search/tv').map((r) => r.params.query) };
}

test('the animated show that spells the entry’s English title and began the same year is its companion', async () => {
  const { id, searches } = await companionOf(FRIEREN, [
    { id: 209867, name: "Frieren: Beyond Journey's End", original: '葬送のフリーレン', year: 2023, seasons: [28], genres: ANIMATION },
    { id: 1, name: 'Frieren', year: 2023, seasons: [3], genres: ['Drama'] },
  ]);
  expect(id).toBe(209867);
  expect(searches).toEqual(["Frieren: Beyond Journey's End"]);
});

test('a show TMDB lists under the romaji title is found by the second search', async () => {
  const { id, searches } = await companionOf(SHINGEKI, [{ id: 1429, name: 'Shingeki no Kyojin', original: '進撃の巨人', year: 2013, seasons: [25], genres: ANIMATION }]);
  expect(id).toBe(1429);
  // The English title first, then the romaji one; each asked once, with the year.
  expect(searches).toEqual(['Attack on Titan', 'Shingeki no Kyojin']);
});

test('no companion when the year, the genre or the title differ, or two shows fit equally', async () => {
  const frieren = { name: "Frieren: Beyond Journey's End", original: '葬送のフリーレン', seasons: [28] };
  // Another year: a remake, or the show's later season as an entry of its own.
  expect((await companionOf(FRIEREN, [{ id: 2, ...frieren, year: 2024, genres: ANIMATION }])).id).toBeNull();
  // A live-action adaptation with the same name and year.
  expect((await companionOf(FRIEREN, [{ id: 3, ...frieren, year: 2023, genres: ['Drama'] }])).id).toBeNull();
  // A title that only begins like the entry's.
  expect((await companionOf(FRIEREN, [{ id: 4, name: "Frieren: Beyond Journey's End Recap", year: 2023, seasons: [1], genres: ANIMATION }])).id).toBeNull();
  // Two animated shows that both fit: no guess.
  expect((await companionOf(FRIEREN, [{ id: 5, ...frieren, year: 2023, genres: ANIMATION }, { id: 6, ...frieren, year: 2023, genres: ANIMATION }])).id).toBeNull();
});

test('a movie or an OVA is not looked up at all', async () => {
  const movie = buildAniListMedia(ANILIST_SEEDS).find((m) => m.format === 'MOVIE')!;
  const server = await startFakeProviders({ tmdb: buildTmdbShows([{ id: 7, name: movie.title.english ?? movie.title.romaji!, year: movie.startDate.year!, seasons: [1], genres: ANIMATION }]) });
  expect(await findTmdbCompanion(clientsFor(server).tmdb, movie)).toBeNull();
  expect(server.requests.filter((r) => r.target === 'tmdb')).toHaveLength(0);
});
