import { expect, test } from 'vitest';
import { parseFolderName } from './folder-name';

test.each([
  ['Sousou no Frieren (2023)', { title: 'Sousou no Frieren', year: 2023, seasonHint: null, providerIds: {} }],
  ['Frieren [tvdbid-424536]', { title: 'Frieren', year: null, seasonHint: null, providerIds: { tvdb: '424536' } }],
  ['[Group] Title (2019) [1080p]', { title: 'Title', year: 2019, seasonHint: null, providerIds: {} }],
  ['Shingeki no Kyojin S3', { title: 'Shingeki no Kyojin', year: null, seasonHint: 3, providerIds: {} }],
  ['Mushoku Tensei 2nd Season', { title: 'Mushoku Tensei', year: null, seasonHint: 2, providerIds: {} }],
  ['Vinland Saga Season 2 (2023)', { title: 'Vinland Saga', year: 2023, seasonHint: 2, providerIds: {} }],
  ['The.Expanse.2015', { title: 'The Expanse 2015', year: null, seasonHint: null, providerIds: {} }],
  ['Cowboy Bebop (1998) {imdb-tt0213338} [tmdbid=30991]', { title: 'Cowboy Bebop', year: 1998, seasonHint: null, providerIds: { imdb: 'tt0213338', tmdb: '30991' } }],
  ['[Judas] Made in Abyss (BD 1080p) [Batch]', { title: 'Made in Abyss', year: null, seasonHint: null, providerIds: {} }],
  ['葬送のフリーレン', { title: '葬送のフリーレン', year: null, seasonHint: null, providerIds: {} }],
  ['86 (2021)', { title: '86', year: 2021, seasonHint: null, providerIds: {} }],
  ['Sousou no Frieren [anilistid-154587]', { title: 'Sousou no Frieren', year: null, seasonHint: null, providerIds: { anilist: '154587' } }],
  ['Cowboy Bebop (IMDB=tt0213338) [AniDB-23] {ANILIST-1}', { title: 'Cowboy Bebop', year: null, seasonHint: null, providerIds: { imdb: 'tt0213338', anidb: '23', anilist: '1' } }],
  ['Frieren (2023) [malid-52991] {tvdb-424536}', { title: 'Frieren', year: 2023, seasonHint: null, providerIds: { mal: '52991', tvdb: '424536' } }],
  ['[SubsPlease]', { title: '[SubsPlease]', year: null, seasonHint: null, providerIds: {} }],
  // Control characters are legal in a Linux folder name; they never reach a title (or a terminal).
  ['Evil\x1b]0;pwned\x07Show (2020)', { title: 'Evil ]0;pwned Show', year: 2020, seasonHint: null, providerIds: {} }],
  ['New\nLine\tShow\r', { title: 'New Line Show', year: null, seasonHint: null, providerIds: {} }],
  ['C1\u009b31mShow', { title: 'C1 31mShow', year: null, seasonHint: null, providerIds: {} }],
])('%s', (folder, expected) => {
  expect(parseFolderName(folder)).toEqual(expected);
});
