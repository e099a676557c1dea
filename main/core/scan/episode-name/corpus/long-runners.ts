import { c, range, type CorpusCase } from './case';

// Long-running shows numbered from 1 to 1000+ without seasons: the number is both the episode
// and the absolute number, and must not be split into a season.
export const longRunners: CorpusCase[] = [
  c('One Piece - 1071', 'One Piece', null, [1071], [1071]),
  c('[Erai-raws] One Piece - 1071 [1080p][Multiple Subtitle][ABCD1234].mkv', 'One Piece', null, [1071], [1071], { checksum: 'ABCD1234' }),
  c('[SubsPlease] One Piece - 1110 (1080p) [2AD9C8F1].mkv', 'One Piece', null, [1110], [1110]),
  c('[HorribleSubs] Detective Conan - 1000 [720p].mkv', 'Detective Conan', null, [1000], [1000]),
  c('Detective Conan - 316-317 [DCTP][2411959B].mkv', 'Detective Conan', null, [316, 317], [316, 317], { group: 'DCTP' }),
  c('[DB]_Bleach_225_[C63D149C].avi', 'Bleach', null, [225], [225], { group: 'DB' }),
  c('[HorribleSubs] Bleach - 366 [720p].mkv', 'Bleach', null, [366], [366]),
  c('Naruto Shippuden - 500 [1080p].mkv', 'Naruto Shippuden', null, [500], [500]),
  c('[ISLAND]One_Piece_679_[VOSTFR]_[V1]_[8bit]_[720p]_[EB7838FC].mp4', 'One Piece', null, [679], [679], { version: 1, group: 'ISLAND' }),
  c('[Kaerizaki-Fansub]_One_Piece_681_[VOSTFR][HD_1280x720]_V2.mp4', 'One Piece', null, [681], [681], { version: 2 }),
  c('[Kaerizaki-Fansub] One Piece 603 VOSTFR PS VITA (960x544) V2.mp4', 'One Piece', null, [603], [603], { version: 2, resolution: '544p' }),
  c('[HatSubs] Sazae-san 1004 [E63F2984].mkv', 'Sazae-san', null, [1004], [1004]),
  c('[Cheetah-Raws] Crayon Shin-chan - 1000 (YTV 1280x720 x264 AAC)', 'Crayon Shin-chan', null, [1000], [1000]),
  c('Case Closed - 317.mkv', 'Case Closed', null, [317], [317]),
  c('[Judas] One Piece 1000-1010 [1080p][HEVC x265 10bit][Multi-Subs]', 'One Piece', null, range(1000, 1010), range(1000, 1010)),
  c('[Judas] Gintama - 091-123 [1080p][HEVC x265 10bit][Dual-Audio][Multi-Subs]', 'Gintama', null, range(91, 123), range(91, 123)),
  c('[HorribleSubs] Boruto - Naruto Next Generations - 200 [1080p].mkv', 'Boruto - Naruto Next Generations', null, [200], [200]),
  c('Dragon Ball Super - 131 - The Miraculous Conclusion! Farewell, Goku! Until We Meet Again! [1080p].mkv', 'Dragon Ball Super', null, [131], [131], { episodeTitle: 'The Miraculous Conclusion! Farewell, Goku! Until We Meet Again!' }),
  c('[Subz] Pokemon - １５８ [h264 10-bit][1080p]', 'Pokemon', null, [158], [158]),
  c('Doraemon (2005) - 812 [ABEMA 1080p].mkv', 'Doraemon', null, [812], [812], { year: 2005 }),
  c('Fairy Tail - 175 - The Sound of Footsteps.mkv', 'Fairy Tail', null, [175], [175], { episodeTitle: 'The Sound of Footsteps' }),
  c('[HorribleSubs] Some Anime Show 01 - 119 [1080p] [Batch]', 'Some Anime Show', null, range(1, 119), range(1, 119)),
  c('Naruto.Shippuden.-.476-479.(2007).[HorribleSubs][WEBRip]..[HD.720p]', 'Naruto Shippuden', null, range(476, 479), range(476, 479), { year: 2007 }),
  c('[Shark-Raws] Detective Conan #957 (NBN 1280x720 x264 AAC).mp4', 'Detective Conan', null, [957], [957]),
  c('[SGKK] Bleach 312v1 [720p/MKV]', 'Bleach', null, [312], [312], { version: 1 }),
];
