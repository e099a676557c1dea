import { c, type CorpusCase } from './case';

// Words glued by "+" (as URL-encoded names arrive) or "_": both are spaces between words, and
// "+-+" is a " - ".
export const glued: CorpusCase[] = [
  c('Show+Title+-+05.mkv', 'Show Title', null, [5], [5]),
  c('Chainsaw+Man+-+11+[1080p].mkv', 'Chainsaw Man', null, [11], [11], { resolution: '1080p' }),
  c('[Grp]+Oshi+no+Ko+-+03+[1080p].mkv', 'Oshi no Ko', null, [3], [3], { group: 'Grp' }),
  c('Blue+Lock+S02E03.mkv', 'Blue Lock', 2, [3], []),
  c('Made+in+Abyss+-+S01E05+-+The+Edge+of+the+Abyss.mkv', 'Made in Abyss', 1, [5], [], { episodeTitle: 'The Edge of the Abyss' }),
  c('Frieren+Episode+07.mp4', 'Frieren', null, [7], [7]),
  c('Vinland+Saga+Season+2+-+04.mkv', 'Vinland Saga', 2, [4], []),
  c('Show_Title_-_05.mkv', 'Show Title', null, [5], [5]),
  c('[Grp]_Show_Title_-_05_[720p].mkv', 'Show Title', null, [5], [5], { group: 'Grp' }),
  c('Mob_Psycho_100_-_12_[BD_1080p].mkv', 'Mob Psycho 100', null, [12], [12]),
  c('Kimetsu_no_Yaiba_S03E02.mkv', 'Kimetsu no Yaiba', 3, [2], []),
  c('[Grp]_Toradora!_-_19_[DVD][480p].mkv', 'Toradora!', null, [19], [19]),
  c('Spy_x_Family_-_S01E08_-_Shopping.mkv', 'Spy x Family', 1, [8], [], { episodeTitle: 'Shopping' }),
  c('Dungeon+Meshi+-+24+END.mkv', 'Dungeon Meshi', null, [24], [24]),
  c('Kaiju+No.+8+-+06.mkv', 'Kaiju No. 8', null, [6], [6]),
];
