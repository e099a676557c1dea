import { c, type CorpusCase } from './case';

// A broadcast date (yymmdd) written before the title, as raw TV captures name their files: the
// date is the air date, never part of the title, and the episode word after the title counts.
export const dateFirst: CorpusCase[] = [
  c('221208 Chainsaw Man ep09.mp4', 'Chainsaw Man', null, [9], [9], { airDate: '2022-12-08' }),
  c('230415 Oshi no Ko ep01.mp4', 'Oshi no Ko', null, [1], [1], { airDate: '2023-04-15' }),
  c('[Grp] 230415 Oshi no Ko ep02 [1080p].mkv', 'Oshi no Ko', null, [2], [2], { airDate: '2023-04-15', group: 'Grp' }),
  c('191012 Beastars ep01 (1280x720 x264).mp4', 'Beastars', null, [1], [1], { airDate: '2019-10-12' }),
  c('210108 Horimiya ep01.ts', 'Horimiya', null, [1], [1], { airDate: '2021-01-08' }),
  c('221001 Spy x Family ep13.mkv', 'Spy x Family', null, [13], [13], { airDate: '2022-10-01' }),
  c('170407 Alice to Zouroku ep01 [720p].mp4', 'Alice to Zouroku', null, [1], [1], { airDate: '2017-04-07' }),
  c('200104 Kabukichou Sherlock ep13.mp4', 'Kabukichou Sherlock', null, [13], [13], { airDate: '2020-01-04' }),
  c('160709 Re Zero ep15 (1920x1080).mp4', 'Re Zero', null, [15], [15], { airDate: '2016-07-09' }),
  c('231230 Kusuriya no Hitorigoto ep12.mkv', 'Kusuriya no Hitorigoto', null, [12], [12], { airDate: '2023-12-30' }),
  c('180111 Violet Evergarden Ep 02.mp4', 'Violet Evergarden', null, [2], [2], { airDate: '2018-01-11' }),
  c('240106 Dungeon Meshi #01.mp4', 'Dungeon Meshi', null, [1], [1], { airDate: '2024-01-06' }),
  c('150405 Shokugeki no Souma Episode 01.mp4', 'Shokugeki no Souma', null, [1], [1], { airDate: '2015-04-05' }),
  c('[Raws] 190302 Dororo ep09 (1280x720).mp4', 'Dororo', null, [9], [9], { airDate: '2019-03-02' }),
  c('201003 Jujutsu Kaisen ep01 [1080p] [AAC].mkv', 'Jujutsu Kaisen', null, [1], [1], { airDate: '2020-10-03' }),
  c('220709 Lycoris Recoil ep02.mp4', 'Lycoris Recoil', null, [2], [2], { airDate: '2022-07-09' }),
];
