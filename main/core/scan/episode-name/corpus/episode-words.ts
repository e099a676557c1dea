import { c, type CorpusCase } from './case';

// Series that number their episodes with a word of their own: Cowboy Bebop's "Session",
// Initial D's "Act", Code Geass's "Stage" and "Turn", Gundam SEED's "Phase", Hajime no Ippo's
// "Round", Black Jack's "Karte". The word is never part of the title; after a " - " it comes
// before the number, and a title word that is one of them stays ("Stage Fright"). Avatar and
// Korra name their seasons Books ("Book 2 - Chapter 5" is S02E05, a "Book 2" folder season 2),
// and BBC series count their parts ("Part 2 of 6").
export const episodeWords: CorpusCase[] = [
  c('Cowboy Bebop - Session 05 - Ballad of Fallen Angels.mkv', 'Cowboy Bebop', null, [5], [5], { episodeTitle: 'Ballad of Fallen Angels' }),
  c('Cowboy Bebop - Session #17 [BD 1080p].mkv', 'Cowboy Bebop', null, [17], [17], { resolution: '1080p' }),
  c('Cowboy.Bebop.Session.24.DVDRip.x264-GRP.mkv', 'Cowboy Bebop', null, [24], [24]),
  c('Initial D First Stage - Act 01 - The Ultimate Tofu Store Drift.mkv', 'Initial D First Stage', null, [1], [1], { episodeTitle: 'The Ultimate Tofu Store Drift' }),
  c('Code Geass - Stage 01 [1080p].mkv', 'Code Geass', null, [1], [1]),
  c('Code Geass R2 - Turn 25 - Re;.mkv', 'Code Geass R2', null, [25], [25]),
  c('Mobile Suit Gundam SEED - Phase 12.mkv', 'Mobile Suit Gundam SEED', null, [12], [12]),
  c('[Grp] Hajime no Ippo - Round 01 [DVD 480p].mkv', 'Hajime no Ippo', null, [1], [1], { group: 'Grp' }),
  c('Black Jack - Karte 03.mkv', 'Black Jack', null, [3], [3]),
  c('Show - Episode #5.mkv', 'Show', null, [5], [5]),
  c('Glee - Stage Fright - 07.mkv', 'Glee - Stage Fright', null, [7], [7]),
  c('Avatar The Last Airbender - Book 2 - Chapter 5 - Avatar Day.mkv', 'Avatar The Last Airbender', 2, [5], [], { episodeTitle: 'Avatar Day' }),
  c('Avatar.The.Last.Airbender.Book.1.Chapter.05.The.King.of.Omashu.720p.mkv', 'Avatar The Last Airbender', 1, [5], [], { episodeTitle: 'The King of Omashu' }),
  c('The Legend of Korra/Book 3 - Change/05 - The Earth Queen.mkv', 'The Legend of Korra', 3, [5], [], { episodeTitle: 'The Earth Queen' }),
  c('Avatar The Last Airbender/Book 2 - Earth/Chapter 05 - Avatar Day.mkv', 'Avatar The Last Airbender', 2, [5], [], { episodeTitle: 'Avatar Day' }),
  c('Initial D First Stage/Act 02 - The Rage of the Eight-Six.mkv', 'Initial D First Stage', null, [2], [2], { episodeTitle: 'The Rage of the Eight-Six' }),
  c('Kuroshitsuji Book of Circus - 03.mkv', 'Kuroshitsuji Book of Circus', null, [3], [3]),
  c('Planet Earth II - Part 2 of 6 - Mountains.mkv', 'Planet Earth II', null, [2], [2], { episodeTitle: 'Mountains' }),
  c('Blue.Planet.II.Pt.3.of.7.Coral.Reefs.1080p.BluRay.x264-GRP.mkv', 'Blue Planet II', null, [3], [3], { episodeTitle: 'Coral Reefs' }),
];
