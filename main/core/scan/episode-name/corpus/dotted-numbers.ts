import { c, type CorpusCase } from './case';

// A bare number after the title in a dotted scene name: two digits are the episode, with or
// without release words after it (three or four digits are season and episode, see scene.ts).
export const dottedNumbers: CorpusCase[] = [
  c('Show.Title.05.720p.HDTV.x264-GRP.mkv', 'Show Title', null, [5], [5], { resolution: '720p' }),
  c('Show.Title.5.mkv', 'Show Title', null, [5], [5]),
  c('Chainsaw.Man.09.1080p.WEB.H264-GRP.mkv', 'Chainsaw Man', null, [9], [9]),
  c('Oshi.no.Ko.11.mkv', 'Oshi no Ko', null, [11], [11]),
  c('Bocchi.the.Rock.07.1080p.mkv', 'Bocchi the Rock', null, [7], [7]),
  c('Made.in.Abyss.13.BDRip.x265.mkv', 'Made in Abyss', null, [13], [13]),
  c('Dungeon.Meshi.02.720p.mkv', 'Dungeon Meshi', null, [2], [2]),
  c('Vinland.Saga.24.1080p.BluRay.x264.mkv', 'Vinland Saga', null, [24], [24]),
  c('Mushoku.Tensei.03.WEB.mkv', 'Mushoku Tensei', null, [3], [3]),
  c('Frieren.28.1080p.mkv', 'Frieren', null, [28], [28]),
  c('Dr.Stone.05.720p.HDTV.mkv', 'Dr. Stone', null, [5], [5]),
  c('Spy.x.Family.12.mkv', 'Spy x Family', null, [12], [12]),
  c('Blue.Lock.19.720p.HDTV.mkv', 'Blue Lock', null, [19], [19]),
  c('Yuru.Camp.08.mkv', 'Yuru Camp', null, [8], [8]),
  c('Horimiya.10.1080p.WEB-DL.mkv', 'Horimiya', null, [10], [10]),
];
