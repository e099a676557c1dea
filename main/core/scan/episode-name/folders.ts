import { BoundedMemo } from './bounded-memo';
import { parseFileName, type FileNameParse } from './file-name';
import { folderRole } from './season';

/** What the folders around a file say: its season, and the series (or release) folder's parse. */
export interface FolderContext {
  season: number | null;
  specials: boolean;
  extras: boolean;
  /** The nearest folder that is neither a season folder nor a generic one, parsed as a name. */
  series: FileNameParse | null;
}

// Folders that hold many shows or belong to the machine, never a show's own name.
const GENERIC = new RegExp(
  '^(?:series|serie|tv|tv ?shows?|tv[ _-]series|tvshows|shows?|anime|animes?|cartoons?|media|videos?|movies?|films?|' +
    'downloads?|unsorted|sorted|complete[d]?|incomplete|incoming|new|done|mnt|home|users?|volumes?|volume\\d+|' +
    'data(?:-\\d+)?|shares?|public|library|libraries|temp|tmp|server|nas|storage|av|drop|tv drop|torrents?|' +
    'usenet|plex|jellyfin|emby|kodi|disk\\d*|hdd\\d*|_+ ?incomplete ?_+|[a-z]:)$',
  'i',
);

// Every episode of a show shares its folders; each folder path is read once.
const cache = new BoundedMemo<FolderContext>(5_000);

export function readFolders(folders: readonly string[]): FolderContext {
  const key = folders.join('/');
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  return cache.set(key, readFoldersUncached(folders));
}

function readFoldersUncached(folders: readonly string[]): FolderContext {
  const ctx: FolderContext = { season: null, specials: false, extras: false, series: null };
  for (let i = folders.length - 1; i >= 0; i--) {
    const name = folders[i]!.trim();
    const role = folderRole(name);
    if (role.kind === 'season') {
      ctx.season ??= role.season;
      continue;
    }
    if (role.kind === 'specials') {
      ctx.specials = true;
      continue;
    }
    if (role.kind === 'extras') {
      ctx.extras = true;
      continue;
    }
    if (GENERIC.test(name)) continue;
    const parsed = parseFileName(name, false);
    if (parsed.title === null && parsed.episodes.length === 0) continue;
    ctx.series = parsed;
    break;
  }
  return ctx;
}

const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]+/gu;

function sameTitle(a: string, b: string): boolean {
  // Usually the file repeats the folder's title as written; then no case folding is needed.
  return a === b || a.toLowerCase().replace(NOT_LETTER_OR_DIGIT, '') === b.toLowerCase().replace(NOT_LETTER_OR_DIGIT, '');
}

const INFERRED: ReadonlySet<string> = new Set(['dash', 'bracket', 'leading', 'bare']);

/**
 * Fills in from the folders what the file name leaves out. A release folder's SxxEyy wins over a
 * weaker number in the file ("Show.S02E05.720p/160725_02.mkv"); a season folder splits a
 * three-digit number that starts with its season ("Season 4/The Office [401]").
 */
export function applyFolders(file: FileNameParse, folders: FolderContext): void {
  const series = folders.series;
  const folderSeason = folders.specials ? 0 : folders.season;
  const fileHasNumbers = file.episodes.length > 0 || file.airDate !== null || file.decimalEpisode !== null;
  const folderHasNumbers = series !== null && (series.episodes.length > 0 || series.airDate !== null);
  if (series && folderHasNumbers && (!fileHasNumbers || (series.via === 'strong' && file.via !== 'strong' && file.via !== 'explicit'))) {
    file.season = series.season;
    file.episodes = [...series.episodes];
    file.absolute = [...series.absolute];
    file.airDate = series.airDate;
    file.via = series.via;
    file.digits = null;
    if (series.title !== null) file.title = series.title;
  }
  if (file.season === null && folderSeason !== null) {
    file.season = folderSeason;
    const d = file.digits;
    const prefix = String(folderSeason);
    if (d && folderSeason > 0 && file.via && INFERRED.has(file.via) && d.length === prefix.length + 2 && d.startsWith(prefix)) {
      file.episodes = [Number(d.slice(-2))];
    }
  }
  if (file.season === null && series?.season != null) file.season = series.season;
  // "The Simpsons/02 - Name.avi": with a series folder, words after the number name the episode.
  // "The Simpsons/02 - Name.avi", "Season 2/2. Infestation.avi": in a show's folder the words
  // after a leading number name the episode.
  if (file.titleAfterNumber && (series?.title || folders.season !== null) && file.episodeTitle === null) {
    file.episodeTitle = file.title;
    file.title = null;
  }
  if (file.title === null && series) {
    file.title = series.title;
    file.year ??= series.year;
  } else if (file.title !== null && series?.title && sameTitle(file.title, series.title)) {
    // Folders are named with care ("Scrubs", "Frieren (2023)"); release files often are not.
    file.title = series.title;
    file.year ??= series.year;
  }
  if (folders.specials) file.specialKind ??= 'special';
  if (folders.extras) file.specialKind ??= 'extra';
}
