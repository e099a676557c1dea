import { parseFileName, type FileNameParse } from './file-name';
import { applyFolders, readFolders } from './folders';
import { splitPath } from './normalize';
import type { ParsedEpisodeName, ParseOptions } from './types';

/**
 * Parses one episode file name. `input` is a file name or a relative path whose last segment is
 * the file ("Frieren/Season 1/05.mkv"); `options.folders` adds parent folders above it.
 *
 * Numbering rule: a fansub-style number with no season anywhere (name or folders) is both the
 * episode and the absolute number ("One Piece - 1071" → episodes [1071], absolute [1071], season
 * null). Once a season is known, `absolute` holds only numbers written as absolute beside
 * SxxEyy ("S10E14 214"). A fractional episode (07.5) leaves `episodes` empty and sets
 * `decimalEpisode` and `special`. Pure and synchronous; never throws on odd input.
 */
export function parseEpisodeName(input: string, options: ParseOptions = {}): ParsedEpisodeName {
  const { file, folders: pathFolders } = splitPath(input);
  const folders = options.folders ? [...options.folders, ...pathFolders] : pathFolders;
  const context = folders.length > 0 ? readFolders(folders) : null;
  const parsed = parseFileName(file, context !== null && (context.season !== null || context.specials));
  if (context) applyFolders(parsed, context);
  return toResult(input, parsed);
}

function toResult(input: string, p: FileNameParse): ParsedEpisodeName {
  const special = p.specialKind !== null || p.season === 0;
  const seasonless = p.season === null && !special && p.via !== 'strong' && p.via !== null;
  return {
    input,
    title: p.title,
    year: p.year,
    season: p.season,
    episodes: p.episodes,
    absolute: p.absolute.length > 0 ? p.absolute : seasonless ? [...p.episodes] : [],
    special,
    version: p.version,
    group: p.group,
    resolution: p.resolution,
    checksum: p.checksum,
    extension: p.extension,
    episodeTitle: p.episodeTitle,
    specialKind: p.specialKind ?? (p.season === 0 ? 'special' : null),
    alternate: p.alternate,
    decimalEpisode: p.decimalEpisode,
    source: p.source,
    videoCodec: p.videoCodec,
    airDate: p.airDate,
    part: p.part,
  };
}
