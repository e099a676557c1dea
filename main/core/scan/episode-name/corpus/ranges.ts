import { c, range, type CorpusCase } from './case';

// Several episodes in one file: "8 & 10" lists episodes, "Movies 8-10" is a range of films
// (a single "Movie 9" keeps its number in the title, see specials.ts).
export const ranges: CorpusCase[] = [
  c('Show Title - 08 & 10.mkv', 'Show Title', null, [8, 10], [8, 10]),
  c('[Grp] Frieren - 27 & 28 [1080p].mkv', 'Frieren', null, [27, 28], [27, 28]),
  c('Haikyuu - 01 & 02 [BD].mkv', 'Haikyuu', null, [1, 2], [1, 2]),
  c('Lupin III - 05 & 06.avi', 'Lupin III', null, [5, 6], [5, 6]),
  c('[Grp] Gintama - 201 & 202 [720p].mkv', 'Gintama', null, [201, 202], [201, 202]),
  c('Show Title 08 & 10.mkv', 'Show Title', null, [8, 10], [8, 10]),
  c('Detective Conan Movies 8-10.mkv', 'Detective Conan', null, [8, 9, 10], [], { special: true, specialKind: 'movie' }),
  c('One Piece Movies 1-3.mkv', 'One Piece', null, [1, 2, 3], [], { special: true, specialKind: 'movie' }),
  c('[Grp] Pokemon Movies 04-06 [DVD].mkv', 'Pokemon', null, [4, 5, 6], [], { special: true, specialKind: 'movie' }),
  c('Naruto Movies 1-3 [BD 1080p].mkv', 'Naruto', null, [1, 2, 3], [], { special: true, specialKind: 'movie' }),
  c('Crayon Shin-chan Movies 10-12.mkv', 'Crayon Shin-chan', null, [10, 11, 12], [], { special: true, specialKind: 'movie' }),
  c('[Grp] Bleach - 01-04 [BD].mkv', 'Bleach', null, range(1, 4), range(1, 4)),
  c('Show Title - 11 & 12 END.mkv', 'Show Title', null, [11, 12], [11, 12]),
  c('[Grp] Kaguya-sama - 12 & 13 [1080p][ABCDEF01].mkv', 'Kaguya-sama', null, [12, 13], [12, 13]),
  c('Yuru Camp - 03 & 04 (1080p).mkv', 'Yuru Camp', null, [3, 4], [3, 4]),
];
