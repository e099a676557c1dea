import { isExtrasFolder, isSpecialsFolderName, seasonOfFolder } from '../../media/folders';
import { Hint } from './hints';
import { ORDINAL_WORDS, SEASON_CJK, SEASON_ORDINAL, SEASON_ORDINAL_WORD, SEASON_S, SEASON_WORD } from './patterns';
import { indexOfIn } from './string-calls';
import { digitsValue } from './digit-value';

/** A season named without an episode: "S2", "2nd Season", "Second Season", "(Season 2)", "Saison 1", "第2期". */
export interface SeasonMarker {
  start: number;
  end: number;
  season: number;
  /** "S01Extras": the file is an extra of that season. */
  extra: boolean;
}

function collect(re: RegExp, flat: string, out: SeasonMarker[], extraGroup: number | null): void {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(flat)) !== null) {
    const text = m[1]!;
    // Only SEASON_ORDINAL_WORD captures a word; a digit string is no key of ORDINAL_WORDS.
    const first = text.charCodeAt(0);
    const season = first >= 48 && first <= 57 ? digitsValue(text) : ORDINAL_WORDS[text.toLowerCase()] ?? Number(text);
    out.push({ start: m.index, end: m.index + m[0].length, season, extra: extraGroup !== null && m[extraGroup] !== undefined });
  }
}

/** All season markers, in the order they appear. */
export function findSeasonMarkers(flat: string, hints: number): SeasonMarker[] {
  const out: SeasonMarker[] = [];
  if (hints & Hint.seasonWord) {
    collect(SEASON_WORD, flat, out, null);
    collect(SEASON_ORDINAL, flat, out, null);
    collect(SEASON_ORDINAL_WORD, flat, out, null);
    if (indexOfIn(flat, '第') >= 0) collect(SEASON_CJK, flat, out, null);
  }
  if (hints & Hint.seasonEpisode) collect(SEASON_S, flat, out, 2);
  return out.length > 1 ? out.sort((a, b) => a.start - b.start) : out;
}

export type FolderRole = { kind: 'season'; season: number } | { kind: 'specials' } | { kind: 'extras' } | { kind: 'other' };

/** What a folder says about the files in it. */
export function folderRole(name: string): FolderRole {
  const trimmed = name.trim();
  // The same names the folder walk and discovery go by.
  if (isSpecialsFolderName(trimmed)) return { kind: 'specials' };
  if (isExtrasFolder(trimmed)) return { kind: 'extras' };
  const season = seasonOfFolder(trimmed);
  if (season !== null) return { kind: 'season', season };
  return { kind: 'other' };
}
