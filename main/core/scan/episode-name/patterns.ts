// Every regular expression the parser runs, compiled once. They run on the flattened name
// (dots and underscores already spaces), are anchored by look-behinds on word edges and use only
// bounded quantifiers, so none of them can backtrack badly.

/** S01E02, S01 E02, S01.Ep.02, S01 - E02, S01xE02, S2009x02 (the chain is read by hand). */
export const SE_HEAD = /(?<![a-z0-9])s(\d{1,4})( {0,2}(?:- {0,2})?)(ep?|xe?) {0,2}(\d{1,5})(?!\d)/gi;

/** 1x02, 2009x09 (sizes such as 1280x720 are filtered out by the caller). */
export const X_HEAD = /(?<![a-z0-9])(\d{1,4})x(\d{1,3})(?!\d)/gi;

/**
 * Avatar: The Last Airbender and The Legend of Korra name their seasons Books: "Book 2 - Chapter
 * 5" is S02E05. Only the pair counts; "Book" alone is a title word ("Book of Circus").
 */
export const BOOK_CHAPTER = /(?<![a-z0-9])book {0,2}(\d{1,2}) {0,2}(?:- {0,2})?chapter {0,2}(\d{1,3})(?![0-9])/gi;

/** Spanish releases: "Cap.102" is season 1 episode 2, "Cap.1503_1506" a range in season 15. */
export const CAP = /(?<![a-z0-9])cap {0,2}(\d{1,2})(\d{2})(?:[ _]{1,2}\d{1,2}(\d{2}))?(?!\d)/gi;

/**
 * Episode 5, Episodio 13, Episódio 5, Capítulo 1071, Ep05, Ep. 01, EP07.5, E05, #05, Episode - 16,
 * Episode #5, Folge 5, afl. 12, Bölüm 05, Серия 5, and Cowboy Bebop's "Session 05".
 */
export const EPISODE_WORD =
  /(?<![a-z0-9])(?:(?:episode|epis[oó]dio|[ée]pisode|cap[ií]tulo|folge|afl|b[öo]l[üu]m|серия|эпизод|session|epi|eps|ep) {0,2}(?:- {0,2})?#?|e|#)(\d{1,5})(?:\.(\d))?(?:v(\d{1,2}))?(?![0-9a-z])/gi;

/** 第05话, 05話, 第5集, and Korean 제5화, 5화, 1회. */
export const CJK_EPISODE = /(?:第|제)?(\d{1,4})(?:-(\d{1,4}))?[话話集回화회]/g;

/** Turkish "120. Bölüm": the number comes before the word. */
export const NUMBER_BOLUM = /(?<![a-z0-9])(\d{1,4}) {0,2}b[öo]l[üu]m(?![a-z])/gi;

/** 1of4, 14 of 21, [20 of 25], and "Part 2 of 6" (BBC series), whose "Part" belongs to the number. */
export const N_OF_M = /(?<![a-z0-9])(?:(?:part|pt)\.? {0,2})?(\d{1,3}) ?of ?(\d{1,3})(?![0-9])/gi;

/** Season 2, Saison 1, Staffel 3, Temporada 4, Stagione 6, Seizoen 4, Season2of5. */
export const SEASON_WORD =
  /(?<![a-z0-9])(?:season|saison|staffel|temporada|stagione|seizoen|sezon|säsong|temp|tem) {0,2}(\d{1,4})(?![0-9])/gi;

/** 2nd Season, 3rd Season */
export const SEASON_ORDINAL = /(?<![a-z0-9])(\d{1,2})(?:st|nd|rd|th) {0,2}(?:season|saison|staffel)(?![a-z])/gi;

/** Second Season, Third Season: the ordinal written as a word. */
export const SEASON_ORDINAL_WORD =
  /(?<![a-z0-9])(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth) {0,2}season(?![a-z])/gi;

export const ORDINAL_WORDS: Readonly<Record<string, number>> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
};

/** 第2期, 第3季: a season in Japanese or Chinese. */
export const SEASON_CJK = /第(\d{1,2})[期季]/g;

/** S2, S02, S01Extras: a season without an episode. */
export const SEASON_S = /(?<![a-z0-9'])s ?(\d{1,4})(extras?|bonus|specials?)?(?:d\d{1,2}(?:-\d{1,2})?)?(?![a-z0-9])/gi;

/** OVA, OVA01, OVA 3.5, NCOP1, Specials 02, Menu 03, Movie, Movies 8-10 (case-insensitive words). */
export const SPECIAL =
  /(?<![a-z0-9])(ova|oad|ona|ovd|nc ?op|nc ?ed|specials?|extras?|bonus|omake|menus?|preview|trailer|teaser|movies?)(?: ?(\d{1,3})(?:\.(\d))?([a-d])?(?:-(\d{1,3}))?)?(?![0-9a-z])/gi;

/** OP4a, ED2, PV1, CM3, EX01, SP01: upper case only, as these letters also start ordinary words. */
export const SPECIAL_UPPER = /(?<![A-Za-z0-9])(NCOP|NCED|OP|ED|PV|CM|EX|SP)(?: ?(\d{1,3})(?:\.(\d))?([a-d])?)?(?![0-9A-Za-z])/g;

/** Vol.1, Volume 2, Disc 3: a volume or a disc (an ISO or a disc folder of several episodes), never an episode. */
export const VOLUME = /(?<![a-z0-9])(?:vol(?:ume)?|dis[ck]) {0,2}(\d{1,3})(?:v\d)?(?![0-9])/gi;

/** Part 2, Part.Two, Part01 */
export const PART = /(?<![a-z0-9])(?:part|pt) {0,2}(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)(?![0-9a-z])/gi;

/** 2024.01.15, 2024-01-15, 2011 04 18 (dots between two-digit parts survive flattening). */
export const DATE_YMD = /(?<![0-9])((?:19|20)\d\d)[ .\-_]([0-3]\d)[ .\-_]([0-3]\d)(?![0-9])/g;

/** 04.28.2014, 03-29-2012 (US order). */
export const DATE_MDY = /(?<![0-9])(0[1-9]|1[0-2])[ .\-](0[1-9]|[12]\d|3[01])[ .\-]((?:19|20)\d\d)(?![0-9])/g;

/** 20161024 */
export const DATE_COMPACT = /(?<![0-9])((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?![0-9])/g;

/** 140722 in scene names (yymmdd). */
export const DATE_SHORT = /^(\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])$/;

/**
 * A number token as fansubs write episodes: 05, 05v2, 07.5, 111C, 01-03, 01v2-03v2, 01~10,
 * 01+02, and the same with a trailing END or 完.
 */
export const NUMBER_TOKEN =
  /^#?(\d{1,4})(?:\.(\d))?(?:v(\d{1,2}))?([a-d])?((?:[-~+]\d{1,4}(?:v\d{1,2})?){0,8})(?:end|完)?$/i;

/** A bracket holding only an episode: [01], [12END], [24(END)], [01-24完], [第05话], [13完]. */
export const BRACKET_NUMBER =
  /^(?:第)?(\d{1,4})(?:v(\d{1,2}))?(?: ?[-~ _] ?(\d{1,4}))?\s*(?:\(?end\)?|完|fin|final|话|話|集)?$/i;

/** A leading number: "02 - Name", "003. Name", "03-Name", "02-04", "4-12". */
export const LEADING_NUMBER = /^(\d{1,4})(?:-(\d{1,4}))?(?=$|[.\- ])/;

/** Title-1: a number glued to the last word with a hyphen. */
export const GLUED_NUMBER = /^[^\d\s][^\s]*?[a-z!?)]-(\d{1,4})(?:v(\d{1,2}))?$/i;

/** 0308-yestv: a scene number with the group glued on. */
export const NUMBER_WITH_GROUP = /^(\d{3,4})-[a-z][a-z0-9]*$/i;

export const YEAR_TOKEN = /^(?:19|20)\d\d$/;

export const DIGITS = /^\d+$/;
export const HAS_LATIN = /[a-z]{2}/i;
export const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]/;
export const WORD_NUMBERS: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
};
