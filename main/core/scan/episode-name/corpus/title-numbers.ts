import { c, range, type CorpusCase } from './case';

// Titles that end in a number before " - NN" (a 0 or 00 there is the title's, while a padded
// number still opens a range), and titles that hold a symbol NFKC would spell out.
export const titleNumbers: CorpusCase[] = [
  c('[Grp] Steins;Gate 0 - 07 [BD 1080p].mkv', 'Steins;Gate 0', null, [7], [7]),
  c('Mobile Suit Gundam 00 - 03.mkv', 'Mobile Suit Gundam 00', null, [3], [3]),
  c('Show Title 0 - 12 [720p].mkv', 'Show Title 0', null, [12], [12]),
  c('Show Title 00 - 05 (1080p).mkv', 'Show Title 00', null, [5], [5]),
  c('Cyborg 009 - 05.mkv', 'Cyborg 009', null, [5], [5]),
  c('[Grp] Show 001 - 052 [Batch]', 'Show', null, range(1, 52), range(1, 52)),
  c('Ranma ½ - 112.avi', 'Ranma ½', null, [112], [112]),
  c('[Grp] Ranma ½ Nettohen - 05 [DVD].mkv', 'Ranma ½ Nettohen', null, [5], [5]),
  c('[Grp] 5-toubun no Hanayome ∬ - 11 [1080p].mkv', '5-toubun no Hanayome ∬', null, [11], [11]),
  c('Show Title ¾ - 03.mkv', 'Show Title ¾', null, [3], [3]),
  c('[Grp] Ｓｈｏｗ Ｔｉｔｌｅ － ０５ ［1080p］.mkv', 'Show Title', null, [5], [5]),
];
