/**
 * What a release or batch folder puts after the title, outside brackets: "Solo Leveling S01+S02
 * 1080p", "Mob Psycho 100 S01-S03 1080p BluRay x265", "Frieren 01-28", "Cowboy Bebop Complete
 * Series", "Friends - The Complete Series", "Kingdom (2012) S01-S05". None of it is part of the title (nor is a bare year before
 * it: "Cowboy Bebop 1998 1080p"); it is taken off from the end, one piece at a time.
 */

/** Resolution, source, codec, audio and batch words, as release names write them. */
export const RELEASE_WORD = String.raw`(?:\d{3,4}[pi]|vostfr|4k|uhd|bd(?:rip)?|blu-?ray|remux|web(?:-?dl|-?rip)?|dvd(?:rip)?|hdtv|hevc|avc|x\.?26[45]|h\.?26[45]|av1|10-?bit|8-?bit|hdr(?:10)?|flac|aac|ac3|opus|dual[ .-]?audio|multi[ .-]?(?:subs?|audio)|eng(?:lish)?[ .-]?(?:subs?|dub(?:bed)?)|dub(?:bed)?|subbed|subs|uncensored|batch|(?:the[ .-]?)?complete(?:[ .-]?(?:series|collection|season))?)`;
const RELEASE_TAIL = new RegExp(String.raw`[\s._-]+${RELEASE_WORD}$`, 'i');
// Resolution, source and codec: no title holds one, so in a release name ("The Expanse S03 1080p
// AMZN WEB-DL DDP5.1 H.264-NTb") everything from the first of them on is release information,
// the streaming service, audio and the group after a dash included.
const FIRST_RELEASE_MARK = /[\s._-]+(?:\d{3,4}[pi]|4k|uhd|web-?dl|web-?rip|blu-?ray|bd-?rip|bd-?remux|remux|hdtv|dvd-?rip|[xh][ .]?26[45]|hevc|av1|10-?bit)(?=$|[\s._-])/i;
// What scene names put between the title (with its season or year) and that first mark.
const SCENE_TAG_TAIL = /[\s._-]+(?:german|french|multi|ita|spanish|latino|amzn|nf|dsnp|hmax|atvp|pcok|hulu|cr|proper|repack|internal|limited|extended|uncut)$/i;
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
  /** A release tail was taken off: a bare year left at the end is the year. */
  stripped: boolean;
}

export function stripReleaseTail(input: string): ReleaseTail {
  let name = input.trim();
  let stripped = false;
  let seasons = false;
  const mark = FIRST_RELEASE_MARK.exec(name);
  if (mark && mark.index > 0) {
    name = name.slice(0, mark.index);
    for (let tag = SCENE_TAG_TAIL.exec(name); tag && tag.index > 0; tag = SCENE_TAG_TAIL.exec(name)) name = name.slice(0, tag.index);
    stripped = true;
  }
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
  return { ...(stripped ? takeBareYear(name) : { name, year: null }), seasons, stripped };
}

/** A bare year at the end of a release name, before its tail or its season ("Breaking Bad 2008 S01"). */
export function takeBareYear(name: string): { name: string; year: number | null } {
  const bareYear = BARE_YEAR_TAIL.exec(name);
  if (bareYear && bareYear.index > 0) return { name: name.slice(0, bareYear.index), year: Number(bareYear[1]) };
  return { name, year: null };
}

function isBatchRange([, paren, word, first = '', last = '']: RegExpExecArray): boolean {
  if (Number(first) >= Number(last)) return false;
  return paren !== undefined || word !== undefined || first.startsWith('0') || Number(first) === 1;
}
