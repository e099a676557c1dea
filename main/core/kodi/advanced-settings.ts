import { AnishelfError } from '../errors';
import { EPISODE_NAMING_WORDS } from '../scan/episode-name/keywords';

/**
 * Kodi's own file-name rules (tvshowmatching) miss the fansub form `[Group] Title - 03 [1080p]`:
 * it logs "Could not enumerate file" and skips it, even with an episode NFO beside it. These
 * rules, prepended to Kodi's, read it. Kodi compares them case-insensitively against the full
 * path, and takes a file's season and episode from the first rule that matches, not from its NFO.
 * Group 1 is the season and group 2 the episode; a rule whose group 2 is empty gives its one
 * number as the episode of season 1 (or `defaultseason`). Group 3 is what Kodi searches for more
 * episodes of the same file: "-03" after "- 02" makes it list episodes 2 and 3.
 * The number must be followed by a tag in brackets, ` - a title`, or the extension, so a dated
 * name (`Show - 2024.01.15`) and Kodi's SxxEyy forms are left to Kodi's own rules.
 */
// After the number: a version, "END" (a season's last episode), then a tag in brackets or the extension.
const AFTER_NUMBER = String.raw`(?:v[0-9]+)?(?:[ _.]+end)?`;
const STRICT_END = String.raw`${AFTER_NUMBER}(?:[ _.]*[\[(【][^\\/]*|[ _.]*)\.[a-z0-9]+$`;
// After " - 05", " - an episode title" may follow too.
const NUMBER_END = String.raw`${AFTER_NUMBER}(?:[ _.]*[\[(【][^\\/]*|[ _.]+-[^\\/]*|[ _.]*)\.[a-z0-9]+$`;
const GROUP_AND_TITLE = String.raw`[\\/](?:(?:\[[^\]\\/]*\]|【[^】\\/]*】)[ _.]*)?[^\\/]*?`;
// " - 05", " - Ep05", " - Episode 5", " #05".
const DASH = String.raw`(?:[ _.]-[ _.]+(?:(?:episode|ep)[ _.]?)?|[ _.]#)`;
// A number after the title with no dash ("[Group] Title 08 [1080p]"), never the end of "07.5"
// nor the number of an extra, a volume, a part or a season ("NCOP 01", "Vol 2"): Anishelf writes
// those no episode NFO. Each word is its own branch: Kodi's regex engine wants fixed lengths.
const NOT_AN_EPISODE_WORD = ['ncop', 'nced', 'op', 'ed', 'pv', 'cm', 'menu', 'sp', 'ova', 'oad', 'ona', 'vol', 'volume', 'disc', 'disk', 'part', 'season', 'movie', 'preview', 'trailer'];
const SPACE = String.raw`(?<![0-9]|${NOT_AN_EPISODE_WORD.map((w) => String.raw`[ _.\-]${w}`).join('|')})[ _.]`;
// Words for "episode" the parser reads in other languages (see scan/episode-name/patterns.ts).
const EPISODE_WORDS = ['episode', 'episodio', 'episódio', 'épisode', 'capitulo', 'capítulo', 'folge', 'серия', 'эпизод'];
// A season folder's name: its number, then anything ("Season 2 (2020)", "Season 1 Part 2",
// Avatar's "Book 2 - Earth").
const SEASON_FOLDER = String.raw`[\\/](?:season[ _.]*|book[ _.]*|s)([0-9]{1,2})(?:[ _.][^\\/]*)?`;
const SPECIALS_FOLDER = String.raw`[\\/](?:specials?|ova|oad|ona)(?:[ _.][^\\/]*)?`;
// Nothing later in the file name is an SxxEyy or 1x05, which Kodi's own rules read.
const NO_EPISODE_MARK_AFTER = String.raw`(?![^\\/]*(?:s[0-9]{1,4}[ _.-]*e[0-9]|(?<![0-9])[0-9]{1,2}x[0-9]{2}(?![0-9])))`;
// The next episode of a file that holds several ("- 01-02", "- 14 & 15", "- 16 ~ 17"), as group
// 3: Kodi reads it with MULTIPART_RULE and lists that episode too.
const RANGE_END = String.raw`((?:-|[ _.]*[&~][ _.]*)[0-9]{1,4})?`;

/**
 * Kodi's `tvmultipartmatching`: what, at the start of group 3, is one more episode of the same
 * file. Kodi's own rule ("-02", "e02", "x02") with "&" and "~" added for the fansub forms; in a
 * name Kodi's own rules read (`S01E01 - 720p`) a space or a dash alone still starts nothing.
 */
export const MULTIPART_RULE = String.raw`^(?:[-_ex]+|[ _.]*[&~][ _.]*)([0-9]+(?:(?:[a-i]|\.[1-9])(?![0-9]))?)`;

export const FANSUB_RULES: ReadonlyArray<{ regexp: string; example: string; defaultSeason?: number }> = [
  // `[Group] Title - SP01 [1080p].mkv`, `Title - OVA 2.mkv`: a special, season 0.
  { regexp: String.raw`${GROUP_AND_TITLE}[ _.]-[ _.]+(?:sp|ova|oad|ona|specials?)[ _.]?([0-9]{1,3})${NUMBER_END}`, example: '[Group] Title - SP01 [1080p].mkv', defaultSeason: 0 },
  // `Title - Book 2 - Chapter 05 - Name.mkv`, `Title.Book.2.Chapter.05.mkv` (Avatar, Korra): season 2, episode 5.
  { regexp: String.raw`[\\/._ -]book[ _.]*([0-9]{1,2})[ _.]*(?:-[ _.]*)?chapter[ _.]*([0-9]{1,3})(?![0-9])[^\\/]*\.[a-z0-9]+$`, example: 'Title - Book 2 - Chapter 05 - Name.mkv' },
  // `[Group] Title S2 - 05 [1080p].mkv`, `Title Season 2 - 05.mkv`: season 2, episode 5. A season
  // in the name comes before the folder's, as Anishelf reads it.
  { regexp: String.raw`${GROUP_AND_TITLE}[ _.](?:s|season[ _.]*)([0-9]{1,2})${DASH}([0-9]{1,4})${RANGE_END}${NUMBER_END}`, example: '[Group] Title S2 - 05 [1080p].mkv' },
  // `[Group] Title 2nd Season - 05 [1080p].mkv`: season 2, episode 5.
  { regexp: String.raw`${GROUP_AND_TITLE}[ _.]([0-9]{1,2})(?:st|nd|rd|th)[ _.]+season${DASH}([0-9]{1,4})${RANGE_END}${NUMBER_END}`, example: '[Group] Title 2nd Season - 05 [1080p].mkv' },
  // `Season 2/[Group] Title - 05 [1080p].mkv`: the season folder's number, as Anishelf reads it.
  { regexp: String.raw`${SEASON_FOLDER}${GROUP_AND_TITLE}${DASH}([0-9]{1,4})${RANGE_END}${NUMBER_END}`, example: 'Season 2/[Group] Title - 05 [1080p].mkv' },
  { regexp: String.raw`${SEASON_FOLDER}${GROUP_AND_TITLE}${SPACE}([0-9]{1,4})${RANGE_END}${STRICT_END}`, example: 'Season 2/[Group] Title 05 [1080p].mkv' },
  // `Season 2/03 - Name.mkv`, `Season 2/4. Name.mkv`, `Season 2/12.mkv`, `Book 1/Chapter 03 - Name.mkv`:
  // a file named by its number alone (or the series' word for an episode and its number), in the
  // season of its folder. Three digits are left to Kodi's own rule (`105` is 1x05),
  // `07.5` (a recap Anishelf writes no NFO for) to none, and a name with SxxEyy or 1x05 after the
  // number to Kodi's own rules: `24.S04E01` and `24 S04E02` are the show "24".
  { regexp: String.raw`${SEASON_FOLDER}[\\/](?:(?:${EPISODE_NAMING_WORDS.join('|')})[ _.]*)?([0-9]{1,2})(?![0-9]|[.,][0-9])${NO_EPISODE_MARK_AFTER}${RANGE_END}(?:[ _]*-[ _]+[^\\/]*|\.[ _]+[^\\/]*|[ _]+[^\\/]*)?\.[a-z0-9]+$`, example: 'Season 2/03 - Name.mkv' },
  // `Specials/01.mkv`, `OVA/02 - Name.mkv`, `SP/03 Name.mkv`: a special named by its number alone,
  // season 0, in a folder that holds nothing but specials by its name alone, as Anishelf reads it
  // ("OVA 2" and "Specials (BD)" are not: Anishelf reads their files as episodes of their own).
  { regexp: String.raw`[\\/](?:specials?|sp|ovas?|oads?|onas?)[\\/](?:(?:${EPISODE_NAMING_WORDS.join('|')})[ _.]*)?([0-9]{1,3})()(?![0-9]|[.,][0-9])${NO_EPISODE_MARK_AFTER}${RANGE_END}(?:[ _]*-[ _]+[^\\/]*|\.[ _]+[^\\/]*|[ _]+[^\\/]*)?\.[a-z0-9]+$`, example: 'Specials/02 - Name.mkv', defaultSeason: 0 },
  // `Specials/[Group] Title - 02 [1080p].mkv` (or an OVA folder): a special, season 0.
  { regexp: String.raw`${SPECIALS_FOLDER}${GROUP_AND_TITLE}${DASH}([0-9]{1,4})()${RANGE_END}${NUMBER_END}`, example: 'Specials/[Group] Title - 02 [1080p].mkv', defaultSeason: 0 },
  // `[Group] Title - 05 [1080p].mkv`, `Title - 1071.mkv`, `Title - 01-02.mkv`: season 1, episode 5 (or 1071, or 1 and 2).
  { regexp: String.raw`${GROUP_AND_TITLE}${DASH}([0-9]{1,4})()${RANGE_END}${NUMBER_END}`, example: '[Group] Title - 05v2 (1080p) [ABCD1234].mkv' },
  // `[Group] Title 05 [1080p].mkv`: season 1, episode 5.
  { regexp: String.raw`${GROUP_AND_TITLE}${SPACE}([0-9]{1,4})()${RANGE_END}${STRICT_END}`, example: '[Group] Title 05 [1080p].mkv' },
  // `Title Episódio 05 Legendado.mkv`, `Title Capítulo 1071 HD.mkv`: a word for "episode", then words.
  { regexp: String.raw`${GROUP_AND_TITLE}[ _.](?:${EPISODE_WORDS.join('|')})[ _.]*([0-9]{1,4})()(?![.,][0-9])${RANGE_END}(?:[ _.][^\\/]*)?\.[a-z0-9]+$`, example: 'Title Episódio 05 Legendado.mkv' },
  // `Title 第2期 第03話.mp4`: season 2, episode 3.
  { regexp: String.raw`${GROUP_AND_TITLE}第([0-9]{1,2})[期季][ _.]*第?([0-9]{1,4})[话話集回][^\\/]*\.[a-z0-9]+$`, example: 'Title 第2期 第03話.mp4' },
  // `Title 第05話.mp4`, Korean `Title 제05화.mp4`, `Title 5화.mp4`, `Title 1회.mp4`: episode 5 (or 1).
  { regexp: String.raw`${GROUP_AND_TITLE}(?:第|제)?([0-9]{1,4})()[话話集回화회][^\\/]*\.[a-z0-9]+$`, example: 'Title 第05話.mp4' },
];

const BEGIN = '<!-- Anishelf: fansub episode names (begin) -->';
const END = '<!-- Anishelf: fansub episode names (end) -->';

/**
 * The `<tvshowmatching>` block and the multi-episode rule, between markers so a later run replaces
 * only its own lines. Without `multipart` (a file with a `tvmultipartmatching` of its own), the
 * rules alone: Kodi then lists the first of "14 & 15".
 */
export function tvshowMatchingBlock(indent = '    ', multipart = true): string {
  const rules = FANSUB_RULES.map((r) => {
    const season = r.defaultSeason === undefined ? '' : ` defaultseason="${r.defaultSeason}"`;
    return `${indent}${indent}<!-- ${r.example} -->\n${indent}${indent}<regexp${season}>${escapeXml(r.regexp)}</regexp>`;
  });
  const multipartLines = multipart ? [`${indent}<!-- [Group] Title - 14 & 15 [1080p].mkv: episodes 14 and 15 -->`, `${indent}<tvmultipartmatching>${escapeXml(MULTIPART_RULE)}</tvmultipartmatching>`] : [];
  return [`${indent}${BEGIN}`, `${indent}<tvshowmatching action="prepend">`, ...rules, `${indent}</tvshowmatching>`, ...multipartLines, `${indent}${END}`].join('\n');
}

/**
 * Kodi's advancedsettings.xml with Anishelf's rules in it: a new file, or `existing` with the
 * rules added before `</advancedsettings>` (or put in place of the ones a previous run wrote).
 * Everything else in the user's file is kept as it was.
 */
export function withTvshowMatching(existing: string | null): string {
  if (existing === null || existing.trim() === '') {
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>\n<advancedsettings version="1.0">\n${tvshowMatchingBlock()}\n</advancedsettings>\n`;
  }
  const begin = existing.indexOf(BEGIN);
  const end = existing.indexOf(END);
  const ours = begin >= 0 && end > begin;
  const outside = ours ? existing.slice(0, begin) + existing.slice(end) : existing;
  // The user's own multi-episode rule stays theirs.
  const block = tvshowMatchingBlock('    ', !/<tvmultipartmatching[\s>]/i.test(outside));
  if (ours) {
    const lineStart = existing.lastIndexOf('\n', begin) + 1;
    return existing.slice(0, lineStart) + block + existing.slice(end + END.length);
  }
  if (/<tvshowmatching[\s>]/i.test(outside)) {
    throw new AnishelfError(
      'KODI_SETTINGS_CONFLICT',
      'This advancedsettings.xml already has its own <tvshowmatching> rules; add the lines of `anishelf kodi-settings` (without --out) to them by hand.',
    );
  }
  const close = existing.search(/<\/advancedsettings\s*>/i);
  if (close < 0) {
    throw new AnishelfError('KODI_SETTINGS_INVALID', 'This file is not a Kodi advancedsettings.xml (it has no </advancedsettings>); give the right file or a new one.');
  }
  const before = existing.slice(0, close).replace(/[ \t]*$/, '');
  return `${before}${before.endsWith('\n') ? '' : '\n'}${block}\n${existing.slice(close)}`;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
