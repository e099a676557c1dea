import { c, type CorpusCase } from './case';

// "Title - 05 - S01E05" and "Title - 12 (S01E12)": the title stops before the number. The number
// repeats the episode, or, when it differs, is the absolute number ("Jujutsu Kaisen - 30 - S02E06").
export const titleStops: CorpusCase[] = [
  c('Show Title - 05 - S01E05.mkv', 'Show Title', 1, [5], []),
  c('Show Title - 12 (S01E12).mkv', 'Show Title', 1, [12], []),
  c('Chainsaw Man - 03 - S01E03.mkv', 'Chainsaw Man', 1, [3], []),
  c('Frieren - 17 - S01E17 [1080p].mkv', 'Frieren', 1, [17], []),
  c('Jujutsu Kaisen - 30 - S02E06.mkv', 'Jujutsu Kaisen', 2, [6], [30]),
  c('Made in Abyss - 02 (S01E02).mkv', 'Made in Abyss', 1, [2], []),
  c('Oshi no Ko - 14 (S02E03) [WEB 1080p].mkv', 'Oshi no Ko', 2, [3], [14]),
  c('Vinland Saga - 01 (S02E01).mp4', 'Vinland Saga', 2, [1], []),
  c('Blue Lock - 25 - S02E01 - The Second Selection.mkv', 'Blue Lock', 2, [1], [25], { episodeTitle: 'The Second Selection' }),
  c('Bocchi the Rock! - 06 - S01E06.mkv', 'Bocchi the Rock!', 1, [6], []),
  c('Dungeon Meshi - 11 (S01E11).mkv', 'Dungeon Meshi', 1, [11], []),
  c('Kaguya-sama - 08 - S03E08.mkv', 'Kaguya-sama', 3, [8], []),
  c('Spy x Family - 26 (S02E01).mkv', 'Spy x Family', 2, [1], [26]),
  c('Mob Psycho 100 - 04 - S03E04.mkv', 'Mob Psycho 100', 3, [4], []),
  c('Steins;Gate - 24 (S01E24) [BD].mkv', 'Steins;Gate', 1, [24], []),
  c('Cowboy Bebop - 05 - S01E05 - Ballad of Fallen Angels.avi', 'Cowboy Bebop', 1, [5], [], { episodeTitle: 'Ballad of Fallen Angels' }),
];
