/**
 * What a release or batch folder puts after the title, outside brackets: "Solo Leveling S01+S02
 * 1080p", "Mob Psycho 100 S01-S03 1080p BluRay x265", "Frieren 01-28", "Cowboy Bebop Complete
 * Series", "Kingdom (2012) S01-S05". None of it is part of the title (nor is a bare year before
 * it: "Cowboy Bebop 1998 1080p"); it is taken off from the end, one piece at a time.
 */

/** Resolution, source, codec, audio and batch words, as release names write them. */
export const RELEASE_WORD = String.raw`(?:\d{3,4}[pi]|vostfr|4k|uhd|bd(?:rip)?|blu-?ray|remux|web(?:-?dl|-?rip)?|dvd(?:rip)?|hdtv|hevc|avc|x\.?26[45]|h\.?26[45]|av1|10-?bit|8-?bit|hdr(?:10)?|flac|aac|ac3|opus|dual[ .-]?audio|multi[ .-]?(?:subs?|audio)|eng(?:lish)?[ .-]?(?:subs?|dub(?:bed)?)|dub(?:bed)?|subbed|subs|uncensored|batch|complete(?:[ .-]?(?:series|collection|season))?)`;
const RELEASE_TAIL = new RegExp(String.raw`[\s._-]+${RELEASE_WORD}$`, 'i');
// "S01-S03", "S01+S02", "Season 1-3", "Seasons 1 & 2", "S1 to S3", "(Season 1-2)": more than one
// season. A spaced dash without a second "S" is a season's episodes ("Season 2 - 01~10").
const SEASON_RANGE_TAIL =
  /[\s._-]+\(?(?:s|seasons?\s*)\d{1,2}(?:\s*(?:[-+~&]|to)\s*(?:s|seasons?\s*)\d{1,2}|\s*(?:[+&]|to|and)\s*\d{1,2}|[-~]\d{1,2})+\)?$/i;
// "01-28", "001-500", "(01-28)", "Ep 1-12", "Episodes 1-99", "1-99": a batch's episodes, from the
// first or padded. "Zone 7-11" could be a title and stays.
const EPISODE_RANGE_TAIL = /[\s._-]+(\()?(ep(?:isodes?)?\.?\s*)?(\d{1,4})\s*[-~]\s*(\d{1,4})\)?$/i;
const BARE_YEAR_TAIL = /[\s._-]+(19\d{2}|20\d{2})$/;

export interface ReleaseTail {
  /** The name without its release tail. */
  name: string;
  /** A bare year that stood before the release tail. */
  year: number | null;
  /** The tail named several seasons: the folder holds no one season. */
  seasons: boolean;
}

export function stripReleaseTail(input: string): ReleaseTail {
  let name = input.trim();
  let stripped = false;
  let seasons = false;
  for (;;) {
    const release = RELEASE_TAIL.exec(name);
    if (release) {
      name = name.slice(0, release.index);
      stripped = true;
      continue;
    }
    const seasonRange = SEASON_RANGE_TAIL.exec(name);
    if (seasonRange) {
      name = name.slice(0, seasonRange.index);
      stripped = seasons = true;
      continue;
    }
    const episodes = EPISODE_RANGE_TAIL.exec(name);
    if (episodes && episodes.index > 0 && isBatchRange(episodes)) {
      name = name.slice(0, episodes.index);
      stripped = true;
      continue;
    }
    break;
  }
  const bareYear = stripped ? BARE_YEAR_TAIL.exec(name) : null;
  if (bareYear && bareYear.index > 0) return { name: name.slice(0, bareYear.index), year: Number(bareYear[1]), seasons };
  return { name, year: null, seasons };
}

function isBatchRange([, paren, word, first = '', last = '']: RegExpExecArray): boolean {
  if (Number(first) >= Number(last)) return false;
  return paren !== undefined || word !== undefined || first.startsWith('0') || Number(first) === 1;
}
