import fs from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseNfo } from './parse';
import type { NfoProblemCode, NfoReadResult } from './types';

// NFO files in the shapes real tools write (see corpus/): each is read by the same table.
const corpus = new URL('./corpus/', import.meta.url);
const read = (name: string) => parseNfo(fs.readFileSync(new URL(name, corpus)));

interface Case {
  file: string;
  expected: Partial<NfoReadResult> & Record<string, unknown>;
  problems?: NfoProblemCode[];
}

const FRIEREN = { tmdb: '209867', tvdb: '424536', imdb: 'tt22248376' };
const BEBOP = { tvdb: '76885', tmdb: '30991', imdb: 'tt0213338' };

const cases: Case[] = [
  {
    file: 'kodi-tvshow.nfo',
    expected: {
      kind: 'tvshow',
      title: "Frieren: Beyond Journey's End",
      originalTitle: '葬送のフリーレン',
      showTitle: "Frieren: Beyond Journey's End",
      sortTitle: 'Frieren',
      year: 2023,
      premiered: '2023-09-29',
      status: 'Continuing',
      runtime: 24,
      mpaa: 'TV-14',
      uniqueIds: FRIEREN,
      defaultUniqueId: { type: 'tmdb', value: '209867' },
      genres: ['Animation', 'Action & Adventure', 'Sci-Fi & Fantasy'],
      studios: ['Nippon TV'],
      ratings: [
        { source: 'themoviedb', value: 8.9, votes: 412, max: 10, default: true },
        { source: 'imdb', value: 9, votes: 31000, max: 10, default: false },
      ],
      actors: [
        { name: 'Atsumi Tanezaki', role: 'Frieren (voice)', order: 0, thumb: 'https://image.tmdb.org/t/p/original/tanezaki.jpg' },
        { name: 'Kana Ichinose', role: 'Fern (voice)', order: 1, thumb: null },
      ],
      namedSeasons: { 1: 'Season 1' },
      episodeGuide: FRIEREN,
      season: 1,
      episode: 28,
      displaySeason: null,
      locked: false,
      episodes: [],
    },
  },
  {
    file: 'kodi-episode.nfo',
    expected: {
      kind: 'episodedetails',
      title: "The Journey's End",
      showTitle: "Frieren: Beyond Journey's End",
      season: 1,
      episode: 1,
      aired: '2023-09-29',
      runtime: 24,
      uniqueIds: { tmdb: '4656386', tvdb: '9937010' },
      defaultUniqueId: { type: 'tmdb', value: '4656386' },
      art: [{ aspect: 'thumb', url: 'https://image.tmdb.org/t/p/original/ep1.jpg', season: null, preview: null }],
    },
  },
  {
    file: 'kodi-multi-episode.nfo',
    expected: {
      kind: 'episodedetails',
      title: 'Asteroid Blues',
      episodes: [
        expect.objectContaining({ title: 'Asteroid Blues', season: 1, episode: 1, aired: '1998-10-24', uniqueIds: { tvdb: '183284' } }),
        expect.objectContaining({ title: 'Stray Dog Strut', season: 1, episode: 2, aired: '1998-10-31', uniqueIds: { tvdb: '183285' } }),
      ],
    },
  },
  {
    file: 'kodi-v17-tvshow.nfo',
    expected: {
      kind: 'tvshow',
      title: 'Cowboy Bebop',
      year: 1998,
      genres: ['Animation', 'Action'],
      ratings: [{ source: 'default', value: 8.9, votes: 1234, max: null, default: true }],
      episodeGuide: { tvdb: '76885' },
      uniqueIds: { tvdb: '76885' },
      art: [
        { aspect: 'banner', url: 'http://thetvdb.com/banners/graphical/76885-g.jpg', season: null, preview: null },
        { aspect: 'poster', url: 'http://thetvdb.com/banners/posters/76885-1.jpg', season: null, preview: null },
        {
          aspect: 'fanart',
          url: 'http://thetvdb.com/banners/fanart/original/76885-1.jpg',
          season: null,
          preview: 'http://thetvdb.com/banners/_cache/fanart/original/76885-1.jpg',
        },
      ],
    },
  },
  {
    file: 'jellyfin-tvshow.nfo',
    expected: {
      kind: 'tvshow',
      title: 'Cowboy Bebop',
      originalTitle: 'カウボーイビバップ',
      plot: expect.stringContaining('colonized most of the rocky planets & moons.'),
      year: 1998,
      premiered: '1998-04-03',
      uniqueIds: { ...BEBOP, anilist: '1' },
      defaultUniqueId: null,
      studios: ['TV Tokyo', 'WOWOW'],
      tags: ['space western'],
      episodeGuide: { tvdb: '76885' },
      season: null,
      episode: null,
      locked: false,
      art: [
        { aspect: 'poster', url: '/media/anime/Cowboy Bebop/poster.jpg', season: null, preview: null },
        { aspect: 'fanart', url: '/media/anime/Cowboy Bebop/backdrop.jpg', season: null, preview: null },
      ],
    },
  },
  {
    file: 'jellyfin-episode.nfo',
    expected: { kind: 'episodedetails', title: 'Asteroid Blues', season: 1, episode: 1, aired: '1998-10-24', uniqueIds: { imdb: 'tt0769306', tvdb: '183284', tmdb: '58965' } },
  },
  {
    file: 'tmm-tvshow.nfo',
    expected: {
      kind: 'tvshow',
      title: "Frieren: Beyond Journey's End",
      sortTitle: null,
      uniqueIds: { ...FRIEREN, anilist: '154587' },
      defaultUniqueId: { type: 'tvdb', value: '424536' },
      ratings: [
        expect.objectContaining({ source: 'themoviedb', default: true }),
        expect.objectContaining({ source: 'imdb', default: false }),
        { source: 'anilist', value: 91, votes: 0, max: 100, default: false },
      ],
      namedSeasons: { 1: 'Season 1' },
      art: expect.arrayContaining([{ aspect: 'poster', url: 'https://image.tmdb.org/t/p/original/s1.jpg', season: 1, preview: null }]),
      episodeGuide: { ...FRIEREN, anilist: '154587' },
      tags: ['anime'],
    },
  },
  {
    file: 'tmm-episode.nfo',
    expected: { kind: 'episodedetails', title: "The Journey's End", originalTitle: '冒険の終わり', season: 1, episode: 1, displayEpisode: null, defaultUniqueId: { type: 'tvdb', value: '9937010' } },
  },
  {
    file: 'mediaelch-tvshow.nfo',
    expected: {
      kind: 'tvshow',
      sortTitle: 'Cowboy Bebop 1998',
      year: 1998,
      uniqueIds: { ...BEBOP, tvmaze: '1080' },
      defaultUniqueId: { type: 'tmdb', value: '30991' },
      namedSeasons: { 0: 'Specials', 1: 'Session' },
      episodeGuide: { ...BEBOP, tvmaze: '1080' },
    },
  },
  {
    file: 'sonarr-tvshow.nfo',
    expected: {
      kind: 'tvshow',
      title: 'Cowboy Bebop',
      uniqueIds: { ...BEBOP, tvmaze: '1080' },
      defaultUniqueId: { type: 'tvdb', value: '76885' },
      genres: ['Animation', 'Anime'],
      ratings: [{ source: 'default', value: 8.8, votes: null, max: null, default: true }],
      urls: ['https://www.thetvdb.com/?tab=series&id=76885'],
    },
  },
  {
    file: 'sonarr-episode.nfo',
    expected: {
      kind: 'episodedetails',
      episodes: [
        expect.objectContaining({ title: 'Jupiter Jazz (1)', episode: 12, plot: "Faye runs off with the ship's funds.", uniqueIds: { tvdb: '183295', sonarr: '5012' } }),
        expect.objectContaining({ title: 'Jupiter Jazz (2)', episode: 13, aired: '1999-01-23' }),
      ],
    },
  },
  { file: 'episodes-wrapper.nfo', expected: { kind: 'episodedetails', episodes: [expect.objectContaining({ episode: 3 }), expect.objectContaining({ episode: 4 })] } },
  { file: 'bom-no-declaration.nfo', expected: { kind: 'tvshow', title: 'Handmade', genres: ['Drama'], locked: true } },
  { file: 'movie.nfo', expected: { kind: 'movie', title: 'Cowboy Bebop: The Movie', runtime: 115, year: 2001, uniqueIds: { tmdb: '11299', imdb: 'tt0275277' } } },
  { file: 'url-tmdb.nfo', expected: { kind: 'url-only', uniqueIds: { tmdb: '209867' }, defaultUniqueId: { type: 'tmdb', value: '209867' } } },
  { file: 'url-tvdb.nfo', expected: { kind: 'url-only', uniqueIds: { tvdb: '424536' } } },
  { file: 'url-imdb.nfo', expected: { kind: 'url-only', uniqueIds: { imdb: 'tt0213338' }, urls: ['http://www.imdb.com/title/tt0213338/'] } },
  { file: 'url-anilist.nfo', expected: { kind: 'url-only', uniqueIds: { anilist: '154587' } } },
  { file: 'url-anidb.nfo', expected: { kind: 'url-only', uniqueIds: { anidb: '17617' } } },
  { file: 'url-myanimelist.nfo', expected: { kind: 'url-only', uniqueIds: { myanimelist: '52991' } } },
  { file: 'scene-release.nfo', expected: { kind: 'url-only', title: null, uniqueIds: { imdb: 'tt0213338' } } },
  { file: 'broken-truncated.nfo', expected: { kind: 'tvshow', title: "Frieren: Beyond Journey's End", originalTitle: '葬送のフリーレン' }, problems: ['NFO_TRUNCATED'] },
  {
    file: 'broken-garbage-after-root.nfo',
    expected: { kind: 'episodedetails', title: "The Journey's End", plot: 'Kept' },
    problems: ['NFO_ENCODING', 'NFO_INVALID'],
  },
  {
    file: 'broken-bad-dates.nfo',
    expected: { kind: 'tvshow', title: 'Dates written by hand', premiered: '2024-01-15', aired: null, year: 2024, namedSeasons: { 1: 'Season One' } },
    problems: ['NFO_DATE', 'NFO_VALUE'],
  },
  { file: 'broken-mismatched.nfo', expected: { kind: 'tvshow', title: 'Before the error', year: null }, problems: ['NFO_INVALID'] },
  { file: 'broken-empty.nfo', expected: { kind: 'unknown', title: null }, problems: ['NFO_EMPTY'] },
  { file: 'broken-not-an-nfo.nfo', expected: { kind: 'unknown', uniqueIds: {} }, problems: ['NFO_INVALID'] },
];

describe('the NFO corpus', () => {
  test('every corpus file has a case', () => {
    const files = fs.readdirSync(corpus).filter((f) => f.endsWith('.nfo')).sort();
    expect(cases.map((c) => c.file).sort()).toEqual(files);
  });

  test.each(cases)('$file', ({ file, expected, problems = [] }) => {
    const result = read(file);
    expect(result).toMatchObject(expected);
    expect(result.problems.map((p) => p.code)).toEqual(problems);
    for (const problem of result.problems) expect(problem.message).toMatch(/^[A-Z].+[.;)]/);
  });
});
