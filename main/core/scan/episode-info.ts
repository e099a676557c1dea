import { beforeDiscFolder } from '../../../shared/disc-path';
import { parseEpisodeName, type ParsedEpisodeName } from './episode-name';

export interface EpisodeInfo {
  season: number | null;
  episodes: number[];
  absolute: number[];
  special: boolean;
  version: number | null;
  specialKind: string | null;
  /** The episode's own title, from the name (an episode NFO may replace it later). */
  title: string | null;
  /** The rest of the parse, kept for the detail panel. */
  details: Pick<ParsedEpisodeName, 'group' | 'resolution' | 'checksum' | 'source' | 'videoCodec' | 'airDate' | 'alternate' | 'decimalEpisode' | 'title' | 'part'>;
}

/**
 * Numbers for one video of a series: the file name parsed with its folders as context (the
 * series folder first, then season folders). A season stated by the series folder name
 * ("Title S3") applies to files that state none.
 */
export function episodeInfoFor(relPath: string, seriesFolderName: string, seasonHint: number | null): EpisodeInfo {
  // A disc rip is named by the folder that holds it ("Show S01E01/VIDEO_TS/VIDEO_TS.IFO"), or
  // by the series when the series folder holds it.
  const disc = beforeDiscFolder(relPath);
  const parts = disc === '' ? [] : (disc ?? relPath).split('/');
  const file = disc === '' ? seriesFolderName : (parts.pop() ?? relPath);
  const parsed = parseEpisodeName(file, { folders: [seriesFolderName, ...parts] });
  // "Title S3/Title - 05.mkv": the 05 counts within season 3, so it is no absolute number.
  const applyHint = parsed.season === null && seasonHint !== null && parsed.episodes.length > 0 && !parsed.special;
  return {
    season: applyHint ? seasonHint : parsed.season,
    episodes: parsed.episodes,
    absolute: applyHint ? [] : parsed.absolute,
    special: parsed.special,
    version: parsed.version,
    specialKind: parsed.specialKind,
    title: parsed.episodeTitle,
    details: {
      title: parsed.title,
      group: parsed.group,
      resolution: parsed.resolution,
      checksum: parsed.checksum,
      source: parsed.source,
      videoCodec: parsed.videoCodec,
      airDate: parsed.airDate,
      alternate: parsed.alternate,
      decimalEpisode: parsed.decimalEpisode,
      part: parsed.part,
    },
  };
}
