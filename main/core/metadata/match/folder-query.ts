import type { ProviderIds } from '../../../../shared/types';
import { parseFolderName } from '../../library/folder-name';
import { RELEASE_WORD } from '../../library/folder-release-tail';
import { splitSeason } from './title-parts';

/** What a series folder's name says, split into the search text and the hints scored apart. */
export interface FolderQuery {
  /** The folder title without release tags, year, season or part markers: what is searched. */
  search: string;
  /** The folder title with its season words kept ("Attack on Titan The Final Season"). */
  full: string;
  year: number | null;
  season: number | null;
  part: number | null;
  /** "The Office (US)": the country the show is from, as ISO 3166 (UK is GB); searched without it. */
  country: string | null;
  ids: ProviderIds;
}

// Release words that stay outside brackets in scene and fansub folder names, wherever they are
// (the folder title has those at its end taken off already).
const RELEASE_WORDS = new RegExp(String.raw`(?:^|[\s._-])${RELEASE_WORD}(?=$|[\s._-])`, 'gi');
// "(01-28)", "- 01 ~ 12", "E01-E24", "Vol. 1-6" at the end of a batch folder.
const EPISODE_RANGE = /[\s._-]*(?:\(|\b)(?:e|ep|eps|episodes?|vol\.?\s*)?\d{1,4}\s*[-~]\s*(?:e|ep)?\d{1,4}\)?\s*$/i;

// "SPYxFAMILY", "HUNTERxHUNTER": the "×" of a title typed as a letter between capitals. Searched
// as one word, no provider finds it; with the x apart it is the entry's English title.
const GLUED_X = /(\p{Lu}{2,})x(\p{Lu}{2,})/gu;

// "The Office (US)", "Being Human (UK)": Sonarr's and TVDB's way to tell a remake apart.
const COUNTRY_IN_PARENS = /\s*\((US|UK|GB|AU|CA|NZ|IE|JP|KR|DE|FR)\)\s*$/;

// "S01-S05": a whole-show pack, not one season.
const SEASON_RANGE = /\bS\d{1,2}\s*-\s*S\d{1,2}\b/i;

export function folderQuery(folderName: string): FolderQuery {
  const info = parseFolderName(folderName);
  const country = COUNTRY_IN_PARENS.exec(info.title)?.[1] ?? null;
  let title = info.title.replace(COUNTRY_IN_PARENS, '').replace(GLUED_X, '$1 x $2');
  for (let i = 0; i < 3; i++) {
    const next = title.replace(SEASON_RANGE, ' ').replace(RELEASE_WORDS, ' ').replace(EPISODE_RANGE, ' ').replace(/\s+/g, ' ').trim();
    if (next === title) break;
    title = next;
  }
  title = title.replace(/[\s\-_.,]+$/, '').trim() || info.title;
  const parts = splitSeason(title);
  return {
    search: parts.base || title,
    full: title,
    year: info.year,
    season: info.seasonHint ?? parts.season,
    part: parts.part,
    country: country === 'UK' ? 'GB' : country,
    ids: info.providerIds,
  };
}
