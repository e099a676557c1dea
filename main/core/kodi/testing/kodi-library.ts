import { encodePng } from '../../library/png';

const png = (r: number, g: number, b: number) => encodePng(40, 60, () => [r, g, b]);

/**
 * The library the real-Kodi test fills with Anishelf and lets Kodi 20 scan: one folder for each
 * layout and name form whose reading by Kodi it checks (path → content).
 */
export function kodiLibraryFiles(): Record<string, string | Buffer> {
  return {
    'Frieren/[SubsPlease] Sousou no Frieren - 01 [1080p].mkv': 'video',
    'Frieren/[SubsPlease] Sousou no Frieren - 02v2 (1080p) [ABCD1234].mkv': 'video',
    'Frieren/[SubsPlease] Sousou no Frieren - 03 [1080p].mkv': 'video',
    'Cowboy Bebop/Cowboy Bebop - S01E01-E02 - Asteroid Blues.mkv': 'video',
    'Cowboy Bebop/Season 1/Cowboy Bebop - S01E03 - Honky Tonk Women.mkv': 'video',
    'Cowboy Bebop/logo.png': png(10, 10, 10),
    'Oshi no Ko/[Grp] Oshi no Ko S2 - 05 [1080p].mkv': 'video',
    'No NFO/No NFO - 01.mkv': 'video',
    'Guide/tvshow.nfo': '<tvshow><title>Guide</title><premiered>2001-01-01</premiered><episodeguide>{"tmdb":"1"}</episodeguide></tvshow>',
    'Guide/Guide - S01E02.mkv': 'video',
    'No Guide/tvshow.nfo': '<tvshow><title>No Guide</title><premiered>2001-01-01</premiered></tvshow>',
    'No Guide/No Guide - S01E02.mkv': 'video',
    'Breaking Bad/Season 01/Breaking Bad - S01E01.mkv': 'video',
    'Breaking Bad/Season 02/Breaking Bad - S02E01.mkv': 'video',
    'Attack on Titan/Season 01/Attack on Titan - S01E01.mkv': 'video', 'Attack on Titan/Season 04/Attack on Titan - S04E01.mkv': 'video',
    // Kodi's layout for disc rips, one folder per episode, and a series kept in its release folders.
    'Discs/Season 1/Discs S01E01/VIDEO_TS/VIDEO_TS.IFO': 'ifo',
    'Discs/Season 1/Discs S01E01/VIDEO_TS/VTS_01_1.VOB': 'video',
    'Discs/Season 1/Discs S01E02/BDMV/index.bdmv': 'bdmv',
    'Discs/Season 1/Discs S01E02/BDMV/STREAM/00001.m2ts': 'video',
    // Its NFO kept beside the disc folder, as tinyMediaManager keeps it: read, never hidden by one of Anishelf's.
    'Discs/Season 1/Discs S01E03/VIDEO_TS/VIDEO_TS.IFO': 'ifo',
    'Discs/Season 1/Discs S01E03/Discs S01E03.nfo': '<episodedetails><title>The User Title</title><season>1</season><episode>3</episode></episodedetails>',
    'Releases/Releases.S01E01.720p.WEB-DL-GRP/Releases.S01E01.720p.WEB-DL-GRP.mkv': 'video',
    'Releases/Releases.S01E02.720p.WEB-DL-GRP/Releases.S01E02.720p.WEB-DL-GRP.mkv': 'video',
    // Left out by the user with Kodi's marker, its NFOs complete: Kodi lists none of it, nor does Anishelf touch it.
    'Excluded/.nomedia': '', 'Excluded/tvshow.nfo': '<tvshow><title>Excluded</title></tvshow>', 'Excluded/Excluded - S01E01.mkv': 'video',
    'Excluded/Excluded - S01E01.nfo': '<episodedetails><title>Kept out</title><season>1</season><episode>1</episode></episodedetails>',
    'Breaking Bad/Season 03/.nomedia': '', 'Breaking Bad/Season 03/Breaking Bad - S03E01.mkv': 'video',
    // A share a Mac wrote to: an AppleDouble twin beside each video, and a hidden video.
    'Mac Share/Mac Share - S01E01.mkv': 'video', 'Mac Share/._Mac Share - S01E01.mkv': 'Mac OS X resource fork',
    'Mac Share/.Mac Share - S01E02.mkv': 'video',
    // A long show kept by saga: Kodi takes the folder of the source for the show.
    'Long Show/First Saga/Long Show - 001.mkv': 'video', 'Long Show/Second Saga/Long Show - 062.mkv': 'video',
    // Anime kept by season release, each in a folder named for the show and its season.
    'Seasons Kept/[Grp] Seasons Kept S1 [1080p]/[Grp] Seasons Kept - 01 [1080p].mkv': 'video',
    'Seasons Kept/[Grp] Seasons Kept S2 [1080p]/[Grp] Seasons Kept S2 - 01 [1080p].mkv': 'video',
    // A Blu-ray batch: an episode, a special, and extras that are neither.
    'BD Batch/[Grp] BD Batch - 01 [BD 1080p].mkv': 'video', 'BD Batch/[Grp] BD Batch - SP01 [BD 1080p].mkv': 'video',
    'BD Batch/[Grp] BD Batch - NCED 01 [BD 1080p].mkv': 'video', 'BD Batch/[Grp] BD Batch - Menu 01 [BD 1080p].mkv': 'video',
    'BD Batch/[Grp] BD Batch - PV 01 [BD 1080p].mkv': 'video', 'BD Batch/Specials/[Grp] BD Batch - 02 [BD 1080p].mkv': 'video',
    // Fansub names kept in season folders.
    'Fansub Seasons/Season 1/[Grp] Fansub Seasons - 01 [1080p].mkv': 'video', 'Fansub Seasons/Season 2/[Grp] Fansub Seasons - 05 [1080p].mkv': 'video',
    'Fansub Seasons/Season 10/Fansub Seasons - 03.mkv': 'video', 'Fansub Seasons/Season 1/[Grp] Fansub Seasons - 02-03 [1080p].mkv': 'video',
    // Fansub forms Kodi's rules once skipped or misread.
    'Fansub Forms/[Grp] Fansub Forms 08 [1080p].mkv': 'video', 'Fansub Forms/[Grp] Fansub Forms - 09 END [1080p].mkv': 'video',
    'Fansub Forms/[Grp] Fansub Forms - Episode 11 [1080p].mkv': 'video', 'Fansub Forms/【Grp】Fansub Forms - 30【1080p】.mkv': 'video',
    'Fansub Forms/[Grp] Fansub Forms 2nd Season - 19 [1080p].mkv': 'video',
    'Fansub Forms/[Grp] Fansub Forms - 14 & 15 [1080p].mkv': 'video', 'Fansub Forms/[Grp] Fansub Forms - 16 ~ 17 [1080p].mkv': 'video',
    'Foreign Words/Foreign Words Capítulo 12 [1080p].mkv': 'video', 'Foreign Words/Foreign Words Folge 13.mkv': 'video',
    'Foreign Words/Foreign Words - Серия 14.mkv': 'video', 'Foreign Words/Foreign Words 제15화.mp4': 'video',
    'Foreign Words/Foreign Words 第16話.mp4': 'video', 'Foreign Words/Foreign Words Episódio 17 Legendado.mkv': 'video',
    'Foreign Words/Foreign Words 18화.mp4': 'video', 'Foreign Words/Foreign Words 19회.mp4': 'video',
    'Foreign Words/Foreign Words 第2期 第03話.mp4': 'video',
    // An episode split into several files, as Kodi and Plex stack them.
    'Split Show/Split Show - S01E01 - part1.mkv': 'video', 'Split Show/Split Show - S01E01 - part2.mkv': 'video',
    'Split Show/Split Show - S01E02 - Rendezvous.cd1.avi': 'video', 'Split Show/Split Show - S01E02 - Rendezvous.cd2.avi': 'video',
    'Split Show/Split Show - S01E03.mkv': 'video',
    // Avatar's seasons are Books and its episodes Chapters; BBC series count their parts.
    'Airbender/Book 1 - Water/Airbender - Book 1 - Chapter 02 - The Avatar Returns.mkv': 'video',
    'Airbender/Book 2 - Earth/Airbender - Book 2 - Chapter 05 - Avatar Day.mkv': 'video',
    'Airbender/Airbender.Book.3.Chapter.01.The.Headband.720p.mkv': 'video',
    'Airbender/Book 1 - Water/Chapter 03 - The Southern Air Temple.mkv': 'video',
    'Nature Parts/Nature Parts - Part 2 of 6 - Mountains.mkv': 'video',
    // Episodes kept by season folder, named by their number alone (a DVD collection ripped by hand).
    'Plain Seasons/Season 1/01 - Pilot.mkv': 'video', 'Plain Seasons/Season 1/105 - Title.mkv': 'video',
    'Plain Seasons/Season 2/03.mkv': 'video', 'Plain Seasons/Season 2/4. The Name.mkv': 'video',
    'Plain Seasons/Season 2/12 The Title.mkv': 'video', 'Plain Seasons/Season 3/05-06 - Double.mkv': 'video',
    'Plain Seasons/Season 2/07.5 - Recap.mkv': 'video', 'Plain Seasons/Season 4/24.S04E01.720p.mkv': 'video',
    'Plain Seasons/Season 4/24 S04E02 Title.mkv': 'video', 'Plain Seasons/Season 4/24 - 4x03 - Other.mkv': 'video',
    'Plain Seasons/Specials/01.mkv': 'video', 'Plain Seasons/Specials/02 - The Festival.mkv': 'video',
  };
}
