import type { ProviderIds } from '../../../shared/types';
import type { SeriesUpdate } from '../db/schema';
import { CONTROL_CHARACTERS } from '../util/printable';
import { normalizeTitle } from '../util/normalize-title';
import { stripReleaseTail, takeBareYear } from './folder-release-tail';

export interface FolderNameInfo {
  title: string;
  year: number | null;
  /** "Title S3", "Title Season 3", "Title 3rd Season" name one season of a show. */
  seasonHint: number | null;
  providerIds: ProviderIds;
}

// Jellyfin / Plex / HAMA / Sonarr id tags: "[tvdbid-424536]", "{tmdb-123}", "[imdbid=tt0944947]",
// "(imdb-tt0213338)", "[anilistid-21]", "[anidb-5678]"; any bracket, "-" or "=", any case.
const ID_TAG = /[[{(]\s*(tvdb|tmdb|imdb|anidb|anilist|mal|myanimelist)(?:id)?\s*[-=]\s*([a-z]{0,2}\d+)\s*[\]})]/gi;
const PROVIDER_ALIASES: Record<string, string> = { myanimelist: 'mal' };
const BRACKETED = /\[[^\]]*\]|\{[^}]*\}|【[^】]*】/g;
// "(2008)", or the years a show ran, "(1994-2004)", "(2019–present)": its first year.
const YEAR_IN_PARENS = /\((19\d{2}|20\d{2})(?:\s*[-–]\s*(?:(?:19|20)\d{2}|present)?)?\)/i;
const RELEASE_TAG_IN_PARENS = /\((?:[^)]*\b(?:\d{3,4}p|bd|bluray|blu-ray|web(?:-?dl|rip)?|dvd(?:rip)?|hevc|x26[45]|h\.?26[45]|av1|10-?bit|dual[- ]audio|multi[- ]subs?|batch|complete)\b[^)]*)\)/gi;
// "(Season 2)", "(S2)", "(2nd Season)" at the end: the season, as without the parentheses.
const SEASON_IN_PARENS = /\(\s*((?:season|s)\s*\d{1,2}|\d{1,2}(?:st|nd|rd|th)\s+season)\s*\)\s*$/i;
// "Shingeki no Kyojin (The Final Season)", "(Season 3 Part 2)": which season or part, as HorribleSubs
// and SubsPlease name one; read as if written without the parentheses.
const SEASON_WORDS_IN_PARENS = /\(([^()]*\b(?:season|part|cour)\b[^()]*)\)\s*$/i;
// "Sousou no Frieren (Frieren Beyond Journey's End)", "Hunter x Hunter (TV)": another name or a
// marker after the title. A country code ("The Office (US)") stays: it tells two shows apart.
const TRAILING_PARENS = /\s*\((?!(?:US|UK|GB|AU|CA|NZ|IE|JP|KR|DE|FR)\))[^()]*\p{L}[^()]*\)\s*$/u;
// "Series 2" is how British television names a season ("Sherlock Series 2").
const SEASON_SUFFIX = /(?:[\s._-]+(?:s|season\s*|series\s*)(\d{1,2})|[\s._-]+(\d{1,2})(?:st|nd|rd|th)\s+season)\s*$/i;

/**
 * Title, year, season hint and provider ids from a series folder name, e.g.
 * "Sousou no Frieren (2023)", "Frieren [tvdbid-424536]", "[Group] Title (2019) [1080p]",
 * "Shingeki no Kyojin S3", "Solo Leveling S01+S02 1080p" (see folder-release-tail.ts). Another
 * name in parentheses after the title is left to the folder name, which search still sees.
 */
export function parseFolderName(folderName: string): FolderNameInfo {
  const providerIds: ProviderIds = {};
  // A control character (a tab, a newline, an escape) in a name is never part of a title.
  const shown = folderName.normalize('NFC').replace(CONTROL_CHARACTERS, ' ');
  let name = shown.replace(ID_TAG, (_, provider: string, id: string) => {
    const key = provider.toLowerCase();
    providerIds[PROVIDER_ALIASES[key] ?? key] = id;
    return ' ';
  });

  let year: number | null = null;
  const yearMatch = YEAR_IN_PARENS.exec(name);
  if (yearMatch) {
    year = Number(yearMatch[1]);
    name = name.slice(0, yearMatch.index) + ' ' + name.slice(yearMatch.index + yearMatch[0].length);
  }
  name = name.replace(BRACKETED, ' ').replace(RELEASE_TAG_IN_PARENS, ' ');
  // Scene-style folder names use dots or underscores for spaces.
  if (!/\s/.test(name.trim())) name = name.replace(/[._]+/g, ' ');

  const tail = stripReleaseTail(name);
  name = tail.name;
  year ??= tail.year;

  name = name.replace(SEASON_IN_PARENS, ' $1').replace(SEASON_WORDS_IN_PARENS, ' $1');
  let seasonHint: number | null = null;
  const seasonMatch = tail.seasons ? null : SEASON_SUFFIX.exec(name.trim());
  if (seasonMatch) {
    seasonHint = Number(seasonMatch[1] ?? seasonMatch[2]);
    name = name.trim().slice(0, seasonMatch.index);
    if (tail.stripped && year === null) ({ name, year } = takeBareYear(name));
  }
  const beforeParens = name.replace(TRAILING_PARENS, '');
  if (/\p{L}|\p{N}/u.test(beforeParens)) name = beforeParens;

  const title = name.replace(/\s+/g, ' ').replace(/^[\s\-_.]+|[\s\-_]+$/g, '').trim();
  return { title: title || shown.trim() || folderName, year, seasonHint, providerIds };
}

/** The key two folder names share when they name the same title ("[Grp] Title S2 [1080p]" and "Title"). */
export function folderTitleKey(folderName: string): string {
  return normalizeTitle(parseFolderName(folderName).title);
}

/** A series row's columns read from its folder name (a new series, or one whose folder was renamed). */
export function folderNameColumns(folderName: string): Required<Pick<SeriesUpdate, 'folder_name' | 'title' | 'year' | 'season_hint' | 'provider_ids'>> {
  const info = parseFolderName(folderName);
  return { folder_name: folderName, title: info.title, year: info.year, season_hint: info.seasonHint, provider_ids: JSON.stringify(info.providerIds) };
}
