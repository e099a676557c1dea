import { c, type CorpusCase } from './case';

// Daily shows: an air date instead of an episode number, in the orders people write dates.
export const daily: CorpusCase[] = [
  c('The.Daily.Show.2024.01.15.Guest.720p.WEB.h264-GRP.mkv', 'The Daily Show', null, [], [], { airDate: '2024-01-15', episodeTitle: 'Guest', resolution: '720p' }),
  c('The Daily Show - 2011-04-12 - Gov. Deval Patrick', 'The Daily Show', null, [], [], { airDate: '2011-04-12', episodeTitle: 'Gov. Deval Patrick' }),
  c('Conan 2011 04 18 Emma Roberts HDTV XviD BFF', 'Conan', null, [], [], { airDate: '2011-04-18' }),
  c('Jeopardy 2023 07 14 HDTV x264 AC3.mkv', 'Jeopardy', null, [], [], { airDate: '2023-07-14' }),
  c('james.corden.2017.04.20.anne.hathaway.720p.hdtv.x264-crooks.mkv', 'james corden', null, [], [], { airDate: '2017-04-20', episodeTitle: 'anne hathaway' }),
  c('ABC News 2018_03_24_19_00_00.mkv', 'ABC News', null, [], [], { airDate: '2018-03-24' }),
  c('The_Voice_US_04.28.2014_hdtv.x264.Poke.mp4', 'The Voice US', null, [], [], { airDate: '2014-04-28' }),
  c('At.Midnight.140722.720p.HDTV.x264-YesTV', 'At Midnight', null, [], [], { airDate: '2014-07-22' }),
  c('Real.Time.With.Bill.Maher.2014.10.31.HDTV.XviD-AFG.avi', 'Real Time With Bill Maher', null, [], [], { airDate: '2014-10-31', group: 'AFG' }),
  c('Last.Week.Tonight.with.John.Oliver.2024.02.18.1080p.WEB.h264-EDITH.mkv', 'Last Week Tonight with John Oliver', null, [], [], { airDate: '2024-02-18' }),
  c('The.Tonight.Show.Starring.Jimmy.Fallon.2024.05.06.Ryan.Gosling.720p.WEB.h264-EDITH[TGx]', 'The Tonight Show Starring Jimmy Fallon', null, [], [], { airDate: '2024-05-06', episodeTitle: 'Ryan Gosling' }),
  c('2011.01.10 - Denis Leary - HD TV.mkv', null, null, [], [], { airDate: '2011-01-10' }),
  c('Late.Night.with.Seth.Meyers.2015.09.07.Part1.720p.HULU.WEBRip.AAC2.0.H.264-Sonarr', 'Late Night with Seth Meyers', null, [], [], { airDate: '2015-09-07' }),
  c('Date.Show.03-29-2012.HDTV.XViD-FlexGet', 'Date Show', null, [], [], { airDate: '2012-03-29' }),
  c('Vice.News.Tonight.2016.10.10.1080p.HBO.WEBRip.AAC2.0.H.264-monkee', 'Vice News Tonight', null, [], [], { airDate: '2016-10-10' }),
  c('NBA.2016.02.27.Team.A.vs.Team.B.720p.NBA.WEBRip.AAC2.0.H.264-monkee', 'NBA', null, [], [], { airDate: '2016-02-27' }),
  c('Judge Judy 2016 02 25 S20E142', 'Judge Judy', 20, [142], [], { airDate: '2016-02-25' }),
  c('WWE.Raw.2024.01.15.720p.HDTV.h264-Star[TGx]', 'WWE Raw', null, [], [], { airDate: '2024-01-15' }),
  c('60.Minutes.2023.10.22.720p.WEB.h264-GRP', '60 Minutes', null, [], [], { airDate: '2023-10-22' }),
  c('2020.NZ.2011.12.02.PDTV.XviD-C4TV', '2020 NZ', null, [], [], { airDate: '2011-12-02' }),
  c('2020.NZ.2012.16.02.PDTV.XviD-C4TV', '2020 NZ', null, [], [], { airDate: '2012-02-16' }),
  c('Jimmy_Fallon_2018_06_22_Seth_Meyers_720p_HEVC_x265-MeGusta', 'Jimmy Fallon', null, [], [], { airDate: '2018-06-22', videoCodec: 'HEVC' }),
  c('Simply Red - 2016-07-08 Montreux Jazz Festival 720p', 'Simply Red', null, [], [], { airDate: '2016-07-08', episodeTitle: 'Montreux Jazz Festival' }),
  c('Series Title - 2013-10-30 - Episode Title (1) [HDTV-720p]', 'Series Title', null, [], [], { airDate: '2013-10-30' }),
];
