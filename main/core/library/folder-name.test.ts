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
  // A release or batch folder's tail, outside brackets, is no part of the title.
  ['[SubsPlease] Sousou no Frieren (01-28) (1080p) [Batch]', { title: 'Sousou no Frieren', year: null, seasonHint: null, providerIds: {} }],
  ['Solo Leveling S01+S02 1080p', { title: 'Solo Leveling', year: null, seasonHint: null, providerIds: {} }],
  ['Mob Psycho 100 S01-S03 1080p BluRay x265', { title: 'Mob Psycho 100', year: null, seasonHint: null, providerIds: {} }],
  ['Bleach TYBW (Season 1-2)', { title: 'Bleach TYBW', year: null, seasonHint: null, providerIds: {} }],
  ['Attack on Titan Seasons 1-4', { title: 'Attack on Titan', year: null, seasonHint: null, providerIds: {} }],
  ['Haikyuu!! Seasons 1 & 2', { title: 'Haikyuu!!', year: null, seasonHint: null, providerIds: {} }],
  ['[Erai-raws] Sousou no Frieren Season 2 - 01~10 [1080p]', { title: 'Sousou no Frieren', year: null, seasonHint: 2, providerIds: {} }],
  ['Kingdom (2012) S01-S05', { title: 'Kingdom', year: 2012, seasonHint: null, providerIds: {} }],
  ['The Eminence in Shadow - Complete', { title: 'The Eminence in Shadow', year: null, seasonHint: null, providerIds: {} }],
  ['Cowboy Bebop Complete Series', { title: 'Cowboy Bebop', year: null, seasonHint: null, providerIds: {} }],
  ['Frieren 01-28', { title: 'Frieren', year: null, seasonHint: null, providerIds: {} }],
  ['Space Brothers 1-99 [BD]', { title: 'Space Brothers', year: null, seasonHint: null, providerIds: {} }],
  ['Naruto Shippuden 001-500', { title: 'Naruto Shippuden', year: null, seasonHint: null, providerIds: {} }],
  ['Vinland Saga Season 2 Dual Audio', { title: 'Vinland Saga', year: null, seasonHint: 2, providerIds: {} }],
  ['Fate Zero English Dub', { title: 'Fate Zero', year: null, seasonHint: null, providerIds: {} }],
  // A bare year before a release tail is the year, as in a scene name; alone it may be the title's.
  ['The.Expanse.2015.1080p.BluRay.x264', { title: 'The Expanse', year: 2015, seasonHint: null, providerIds: {} }],
  ['Cowboy Bebop 1998 1080p', { title: 'Cowboy Bebop', year: 1998, seasonHint: null, providerIds: {} }],
  // Scene season packs: from the first resolution, source or codec on, with the service, the
  // language, the audio and the group after a dash, all is release information.
  ['The.Expanse.S03.1080p.AMZN.WEB-DL.DDP5.1.H.264-NTb', { title: 'The Expanse', year: null, seasonHint: 3, providerIds: {} }],
  ['Jujutsu.Kaisen.S02.1080p.CR.WEB-DL.AAC2.0.H.264-VARYG', { title: 'Jujutsu Kaisen', year: null, seasonHint: 2, providerIds: {} }],
  ['Breaking.Bad.2008.S01.1080p.BluRay.x264-ROVERS', { title: 'Breaking Bad', year: 2008, seasonHint: 1, providerIds: {} }],
  ['Dark.S01.GERMAN.1080p.NF.WEB-DL.DDP5.1.x264-TVS', { title: 'Dark', year: null, seasonHint: 1, providerIds: {} }],
  ['Sousou.no.Frieren.S01.1080p.BluRay.x265-iAHD', { title: 'Sousou no Frieren', year: null, seasonHint: 1, providerIds: {} }],
  ['The Office US S01-S09 720p BluRay x264', { title: 'The Office US', year: null, seasonHint: null, providerIds: {} }],
  ['[Grp] Jujutsu Kaisen S02 1080p CR WEB-DL AAC2.0 H.264-VARYG', { title: 'Jujutsu Kaisen', year: null, seasonHint: 2, providerIds: {} }],
  // Another name or a marker in parentheses after the title; a season in them is the season.
  ["Sousou no Frieren (Frieren Beyond Journey's End) [BD 1080p]", { title: 'Sousou no Frieren', year: null, seasonHint: null, providerIds: {} }],
  ['Hunter x Hunter (TV)', { title: 'Hunter x Hunter', year: null, seasonHint: null, providerIds: {} }],
  ['Kaguya-sama (Love is War) S3', { title: 'Kaguya-sama', year: null, seasonHint: 3, providerIds: {} }],
  ['Mob Psycho 100 (Season 2)', { title: 'Mob Psycho 100', year: null, seasonHint: 2, providerIds: {} }],
  ['[Judas] Shingeki no Kyojin (Season 1) [BD 1080p][HEVC x265 10bit][Dual-Audio]', { title: 'Shingeki no Kyojin', year: null, seasonHint: 1, providerIds: {} }],
  ['Shingeki no Kyojin (The Final Season)', { title: 'Shingeki no Kyojin The Final Season', year: null, seasonHint: null, providerIds: {} }],
  ['[HorribleSubs] Shingeki no Kyojin (Season 3 Part 2) [1080p]', { title: 'Shingeki no Kyojin Season 3 Part 2', year: null, seasonHint: null, providerIds: {} }],
  ['Vinland Saga (Part 2)', { title: 'Vinland Saga Part 2', year: null, seasonHint: null, providerIds: {} }],
  ['The Office (US)', { title: 'The Office (US)', year: null, seasonHint: null, providerIds: {} }],
  ['(Untitled)', { title: '(Untitled)', year: null, seasonHint: null, providerIds: {} }],
  // Numbers that are the title's own.
  ['Mob Psycho 100', { title: 'Mob Psycho 100', year: null, seasonHint: null, providerIds: {} }],
  ['86 Part 2', { title: '86 Part 2', year: null, seasonHint: null, providerIds: {} }],
  ['Steins;Gate 0', { title: 'Steins;Gate 0', year: null, seasonHint: null, providerIds: {} }],
  ['Kaiju No. 8', { title: 'Kaiju No. 8', year: null, seasonHint: null, providerIds: {} }],
  ['2001 Nights', { title: '2001 Nights', year: null, seasonHint: null, providerIds: {} }],
  ['Tokyo 24-ku', { title: 'Tokyo 24-ku', year: null, seasonHint: null, providerIds: {} }],
  ['Zone 7-11', { title: 'Zone 7-11', year: null, seasonHint: null, providerIds: {} }],
])('%s', (folder, expected) => {
  expect(parseFolderName(folder)).toEqual(expected);
});
