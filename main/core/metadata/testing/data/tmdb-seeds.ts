// TMDB TV entries behind the folder-name table (live-action shows, a few remakes and
// same-name shows as decoys). Written by hand; filled in by build-tmdb.ts.

export interface TmdbSeed {
  id: number;
  name: string;
  original?: string;
  year: number;
  /** Episodes per season, season 1 first. */
  seasons: number[];
  ended?: boolean;
  imdb?: string;
  tvdb?: number;
  country?: string;
  language?: string;
  genres?: string[];
  network?: string;
  /** Seasons TMDB names ("The Final Season"); the others are "Season N", as TMDB calls them. */
  seasonNames?: Record<number, string>;
  /** Content ratings by country; without them the show is rated TV-14 in the US alone. */
  contentRatings?: Record<string, string>;
}

export const TMDB_SEEDS: TmdbSeed[] = [
  { id: 1396, name: 'Breaking Bad', year: 2008, seasons: [7, 13, 13, 13, 16], ended: true, imdb: 'tt0903747', tvdb: 81189, genres: ['Drama', 'Crime'], network: 'AMC', contentRatings: { DE: '16', US: 'TV-MA', GB: '18' } },
  { id: 60059, name: 'Better Call Saul', year: 2015, seasons: [10, 10, 10, 10, 10, 13], ended: true, imdb: 'tt3032476', tvdb: 273181, genres: ['Crime', 'Drama'], network: 'AMC' },
  { id: 1399, name: 'Game of Thrones', year: 2011, seasons: [10, 10, 10, 10, 10, 10, 7, 6], ended: true, imdb: 'tt0944947', tvdb: 121361, genres: ['Sci-Fi & Fantasy', 'Drama'], network: 'HBO' },
  { id: 94997, name: 'House of the Dragon', year: 2022, seasons: [10, 8], imdb: 'tt11198330', tvdb: 371572, genres: ['Sci-Fi & Fantasy', 'Drama'], network: 'HBO' },
  { id: 2316, name: 'The Office', year: 2005, seasons: [6, 22, 25, 19, 28, 26, 26, 24, 25], ended: true, imdb: 'tt0386676', tvdb: 73244, genres: ['Comedy'], network: 'NBC' },
  { id: 2996, name: 'The Office', year: 2001, seasons: [6, 6], ended: true, imdb: 'tt0290978', tvdb: 78107, country: 'GB', genres: ['Comedy'], network: 'BBC Two' },
  { id: 1668, name: 'Friends', year: 1994, seasons: [24, 24, 25, 24, 24, 25, 24, 24, 24, 18], ended: true, imdb: 'tt0108778', tvdb: 79168, genres: ['Comedy'], network: 'NBC' },
  { id: 63639, name: 'The Expanse', year: 2015, seasons: [10, 13, 13, 10, 10, 6], ended: true, imdb: 'tt3230854', tvdb: 280619, genres: ['Sci-Fi & Fantasy', 'Drama'], network: 'Prime Video' },
  { id: 66732, name: 'Stranger Things', year: 2016, seasons: [8, 9, 8, 9, 8], ended: true, imdb: 'tt4574334', tvdb: 305288, genres: ['Sci-Fi & Fantasy', 'Mystery'], network: 'Netflix' },
  { id: 70523, name: 'Dark', year: 2017, seasons: [10, 8, 8], ended: true, imdb: 'tt5753856', tvdb: 334824, country: 'DE', language: 'de', genres: ['Crime', 'Drama', 'Mystery'], network: 'Netflix' },
  { id: 1438, name: 'The Wire', year: 2002, seasons: [13, 12, 12, 13, 10], ended: true, imdb: 'tt0306414', tvdb: 79126, genres: ['Crime', 'Drama'], network: 'HBO' },
  { id: 87108, name: 'Chernobyl', year: 2019, seasons: [5], ended: true, imdb: 'tt7366338', tvdb: 360893, genres: ['Drama'], network: 'HBO' },
  { id: 82856, name: 'The Mandalorian', year: 2019, seasons: [8, 8, 8], imdb: 'tt8111088', tvdb: 361753, genres: ['Sci-Fi & Fantasy', 'Action & Adventure'], network: 'Disney+' },
  { id: 19885, name: 'Sherlock', year: 2010, seasons: [3, 3, 3, 3], ended: true, imdb: 'tt1475582', tvdb: 176941, country: 'GB', genres: ['Crime', 'Drama', 'Mystery'], network: 'BBC One' },
  { id: 57243, name: 'Doctor Who', year: 2005, seasons: [13, 13, 13, 13, 13, 13, 13, 12, 12, 12, 10, 10, 6], ended: true, imdb: 'tt0436992', tvdb: 78804, country: 'GB', genres: ['Sci-Fi & Fantasy', 'Drama'], network: 'BBC One' },
  { id: 121, name: 'Doctor Who', year: 1963, seasons: [42, 39, 45, 43, 40, 44, 25, 25, 26, 26, 26, 20, 26, 26, 26, 26, 20, 28, 26, 26, 26, 25, 22, 14, 14, 14], ended: true, imdb: 'tt0056751', tvdb: 76107, country: 'GB', genres: ['Sci-Fi & Fantasy'], network: 'BBC One' },
  { id: 76479, name: 'The Boys', year: 2019, seasons: [8, 8, 8, 8], imdb: 'tt1190634', tvdb: 355567, genres: ['Sci-Fi & Fantasy', 'Action & Adventure'], network: 'Prime Video' },
  { id: 95396, name: 'Severance', year: 2022, seasons: [9, 10], imdb: 'tt11280740', tvdb: 371980, genres: ['Drama', 'Mystery'], network: 'Apple TV+' },
  { id: 76331, name: 'Succession', year: 2018, seasons: [10, 10, 9, 10], ended: true, imdb: 'tt7660850', tvdb: 338186, genres: ['Drama'], network: 'HBO' },
  { id: 100088, name: 'The Last of Us', year: 2023, seasons: [9, 7], imdb: 'tt3581920', tvdb: 392256, genres: ['Drama'], network: 'HBO' },
  { id: 60622, name: 'Fargo', year: 2014, seasons: [10, 10, 10, 11, 10], imdb: 'tt2802850', tvdb: 269613, genres: ['Crime', 'Drama'], network: 'FX' },
  { id: 46648, name: 'True Detective', year: 2014, seasons: [8, 8, 8, 6], imdb: 'tt2356777', tvdb: 270633, genres: ['Crime', 'Drama'], network: 'HBO' },
  { id: 63247, name: 'Westworld', year: 2016, seasons: [10, 10, 8, 8], ended: true, imdb: 'tt0475784', tvdb: 296762, genres: ['Sci-Fi & Fantasy', 'Western'], network: 'HBO' },
  { id: 42009, name: 'Black Mirror', year: 2011, seasons: [3, 3, 6, 6, 3, 5, 6], imdb: 'tt2085059', tvdb: 253463, country: 'GB', genres: ['Sci-Fi & Fantasy', 'Drama'], network: 'Netflix' },
  { id: 62560, name: 'Mr. Robot', year: 2015, seasons: [10, 12, 10, 13], ended: true, imdb: 'tt4158110', tvdb: 289590, genres: ['Crime', 'Drama'], network: 'USA Network' },
  { id: 94605, name: 'Arcane', year: 2021, seasons: [9, 9], ended: true, imdb: 'tt11126994', tvdb: 371028, genres: ['Animation', 'Sci-Fi & Fantasy'], network: 'Netflix' },
  { id: 126308, name: 'Shōgun', original: 'Shōgun', year: 2024, seasons: [10], imdb: 'tt2788316', tvdb: 392573, genres: ['Drama', 'War & Politics'], network: 'FX' },
  { id: 4543, name: 'Shōgun', year: 1980, seasons: [5], ended: true, imdb: 'tt0080274', tvdb: 76907, genres: ['Drama'], network: 'NBC' },
  { id: 136315, name: 'The Bear', year: 2022, seasons: [8, 10, 10], imdb: 'tt14452776', tvdb: 403245, genres: ['Comedy', 'Drama'], network: 'FX' },
  { id: 97546, name: 'Ted Lasso', year: 2020, seasons: [10, 12, 12], imdb: 'tt10986410', tvdb: 383203, genres: ['Comedy', 'Drama'], network: 'Apple TV+' },
  { id: 1418, name: 'The Big Bang Theory', year: 2007, seasons: [17, 23, 23, 24, 24, 24, 24, 24, 24, 24, 24, 24], ended: true, imdb: 'tt0898266', tvdb: 80379, genres: ['Comedy'], network: 'CBS' },
  { id: 456, name: 'The Simpsons', year: 1989, seasons: [13, 22, 24], imdb: 'tt0096697', tvdb: 71663, genres: ['Animation', 'Comedy'], network: 'FOX' },
  { id: 1402, name: 'The Walking Dead', year: 2010, seasons: [6, 13, 16, 16, 16, 16, 16, 16, 16, 16, 24], ended: true, imdb: 'tt1520211', tvdb: 153021, genres: ['Action & Adventure', 'Drama'], network: 'AMC' },
  { id: 1408, name: 'House', original: 'House', year: 2004, seasons: [22, 24, 16, 16, 24, 22, 23, 22], ended: true, imdb: 'tt0412142', tvdb: 73255, genres: ['Drama', 'Mystery'], network: 'FOX' },
  { id: 1100, name: 'How I Met Your Mother', year: 2005, seasons: [22, 20, 20, 24, 24, 24, 24, 24, 24], ended: true, imdb: 'tt0460649', tvdb: 75760, genres: ['Comedy'], network: 'CBS' },
  { id: 71912, name: 'The Witcher', year: 2019, seasons: [8, 8, 8], imdb: 'tt5180504', tvdb: 362696, genres: ['Sci-Fi & Fantasy', 'Drama'], network: 'Netflix' },
  { id: 93405, name: 'Squid Game', original: '오징어 게임', year: 2021, seasons: [9, 7, 6], ended: true, imdb: 'tt10919420', tvdb: 383275, country: 'KR', language: 'ko', genres: ['Action & Adventure', 'Mystery'], network: 'Netflix' },
  { id: 71446, name: 'Money Heist', original: 'La casa de papel', year: 2017, seasons: [9, 6, 8, 8, 10], ended: true, imdb: 'tt6468322', tvdb: 327417, country: 'ES', language: 'es', genres: ['Crime', 'Drama'], network: 'Netflix' },
  { id: 30991, name: 'Cowboy Bebop', original: 'カウボーイビバップ', year: 1998, seasons: [26], ended: true, imdb: 'tt0213338', tvdb: 76885, country: 'JP', language: 'ja', genres: ['Animation', 'Action & Adventure'], network: 'TV Tokyo' },
  { id: 105248, name: 'Cowboy Bebop', year: 2021, seasons: [10], ended: true, imdb: 'tt1267295', tvdb: 373480, genres: ['Action & Adventure', 'Sci-Fi & Fantasy'], network: 'Netflix' },
  { id: 209867, name: "Frieren: Beyond Journey's End", original: '葬送のフリーレン', year: 2023, seasons: [28], imdb: 'tt22248376', tvdb: 424536, country: 'JP', language: 'ja', genres: ['Animation', 'Action & Adventure'], network: 'Nippon TV' },
  { id: 1429, name: 'Attack on Titan', original: '進撃の巨人', year: 2013, seasons: [25, 12, 22, 30], ended: true, imdb: 'tt2560140', tvdb: 267440, country: 'JP', language: 'ja', genres: ['Animation', 'Sci-Fi & Fantasy'], network: 'MBS', seasonNames: { 4: 'The Final Season' } },
  { id: 65942, name: 'Re:ZERO -Starting Life in Another World-', original: 'Re:ゼロから始める異世界生活', year: 2016, seasons: [25, 25, 16], imdb: 'tt5607616', tvdb: 305089, country: 'JP', language: 'ja', genres: ['Animation', 'Drama'], network: 'TV Tokyo' },
];
