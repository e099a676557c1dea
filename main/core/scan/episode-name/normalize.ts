import { VIDEO_EXTENSIONS } from '../../media/names';
import { closerOf, isCloser } from './tokens';
import { knownString } from './known-string';
import { codeAt, indexOfIn, sliceOf, trimmed } from './string-calls';

/** How words are separated in a name; decides how dots and underscores become spaces. */
export type Delimiter = 'space' | 'dot' | 'underscore';

// Sidecar and download containers whose names follow the video's name.
const OTHER_EXTENSIONS = ['srt', 'ass', 'ssa', 'sub', 'idx', 'vtt', 'sup', 'smi', 'nfo', 'torrent', 'nzb', 'mka', '7z'];
const EXTENSIONS: ReadonlySet<string> = new Set([...VIDEO_EXTENSIONS, ...OTHER_EXTENSIONS]);

const NON_ASCII = /[^\x00-\x7f]/;
const TIMES_BETWEEN_DIGITS = /(?<=\d)\u00d7(?=\d)/g;
const DRIVE = /^[a-z]:$/i;
const DASHES = /[\u2010-\u2015\u2212]/g;
const WAVE = /[\u301c\u223c]/g;
const QUOTES = /[\u2018\u2019\u02bc]/g;
const LOOK_ALIKES = /[\u2010-\u2015\u2212\u301c\u223c\u2018\u2019\u02bc\u00d7]/;
// Symbols that are a title's own and that NFKC would spell out ("Ranma ½" is not "Ranma 1⁄2",
// "Go-toubun no Hanayome ∬" not "∫∫"): vulgar fractions and multiple integrals.
const TITLE_SYMBOL_CHARS = '\\u00bc-\\u00be\\u2150-\\u215f\\u2189\\u222c\\u222d\\u222f\\u2230';
const TITLE_SYMBOLS = new RegExp(`[${TITLE_SYMBOL_CHARS}]`);
const BETWEEN_TITLE_SYMBOLS = new RegExp(`[^${TITLE_SYMBOL_CHARS}]+`, 'g');


/**
 * Splits a relative path into its folders and file name. A slash with a space on both sides is
 * kept, because release names use " / " between a native and a Latin title; slashes inside
 * brackets ("[720p/MKV]") are kept for the same reason.
 */
const SEPARATOR = /[/\\]/g;
const ANY_BRACKET = /[[\](){}\u3010-\u3011\u300c-\u300f\u3014\u3015]/;

export function splitPath(input: string): { file: string; folders: string[] } {
  input = knownString(input);
  if (input.indexOf('/') < 0 && input.indexOf('\\') < 0) return { file: input, folders: [] };
  const parts: string[] = [];
  let last = 0;
  if (!ANY_BRACKET.test(input)) {
    // Most paths have no brackets: only the separators need looking at.
    SEPARATOR.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = SEPARATOR.exec(input)) !== null) {
      const i = m.index;
      if (input[i - 1] === ' ' && input[i + 1] === ' ') continue;
      parts.push(input.slice(last, i));
      last = i + 1;
    }
  } else {
    let depth = 0;
    for (let i = 0; i < input.length; i++) {
      const code = input.charCodeAt(i);
      if (closerOf(code) !== '') depth++;
      else if (isCloser(code)) depth = Math.max(0, depth - 1);
      else if ((code === 47 || code === 92) && depth === 0 && !(input[i - 1] === ' ' && input[i + 1] === ' ')) {
        parts.push(input.slice(last, i));
        last = i + 1;
      }
    }
  }
  parts.push(input.slice(last));
  const segments = parts.map((p) => p.trim()).filter((p) => p !== '' && p !== '.' && !(p.length === 2 && DRIVE.test(p)));
  const file = segments.pop() ?? '';
  return { file, folders: segments };
}

export function isAscii(name: string): boolean {
  return !NON_ASCII.test(name);
}

/**
 * NFKC folds full-width digits, letters and brackets (but not a title's fractions and integral
 * signs); other look-alikes are folded by hand.
 * `ascii` is isAscii(name), which the caller keeps for later steps.
 */
export function normalizeText(name: string, ascii: boolean): string {
  name = knownString(name);
  // In ASCII only characters up to the space are trimmed; most names start and end with others.
  if (ascii) return codeAt(name, 0) > 32 && codeAt(name, name.length - 1) > 32 ? name : trimmed(name);
  const folded = TITLE_SYMBOLS.test(name) ? name.replace(BETWEEN_TITLE_SYMBOLS, (part) => part.normalize('NFKC')) : name.normalize('NFKC');
  // Each replace scans the whole name; most non-ASCII names (CJK titles) hold none of these.
  if (!LOOK_ALIKES.test(folded)) return folded.trim();
  return folded
    .replace(DASHES, '-')
    .replace(WAVE, '~')
    .replace(QUOTES, "'")
    .replace(TIMES_BETWEEN_DIGITS, 'x')
    .trim();
}

const PLUS_BETWEEN_WORDS = /(?<!\d)\+|\+(?!\d)/g;

/**
 * "Show+Title+-+05": a name whose words are glued by "+" (as a URL-encoded name arrives) gets its
 * spaces back. Only when "+" is its main separator (no space, more "+" than dots and underscores,
 * so "DD+" and "HDR10+" in a dotted name stay); a "+" between digits ("01+02") still lists episodes.
 */
export function unglue(stem: string): string {
  stem = knownString(stem);
  if (indexOfIn(stem, '+') < 0 || indexOfIn(stem, ' ') >= 0) return stem;
  let plus = 0;
  let other = 0;
  for (let i = 0; i < stem.length; i++) {
    const c = stem.charCodeAt(i);
    if (c === 43) plus++;
    else if (c === 46 || c === 95) other++;
  }
  return plus >= 2 && plus > other ? stem.replace(PLUS_BETWEEN_WORDS, ' ').trim() : stem;
}

export function splitExtension(name: string): { stem: string; extension: string | null } {
  name = knownString(name);
  const dot = lastDotNearEnd(name);
  if (dot <= 0) return { stem: name, extension: null };
  const raw = name.slice(dot + 1);
  // The common extensions need no Set look-up, which hashes the fresh slice first.
  const common = raw === 'mkv' || raw === 'mp4' || raw === 'avi';
  const ext = common ? raw : raw.toLowerCase();
  if (!common && !EXTENSIONS.has(ext)) return { stem: name, extension: null };
  return { stem: name.slice(0, dot).trimEnd(), extension: ext };
}

/**
 * The last dot when it is at most 8 characters from the end (where an extension can start), else
 * -1. Only that window can hold an extension, and String.lastIndexOf is a call into the engine's
 * runtime that costs more than looking at eight characters.
 */
function lastDotNearEnd(name: string): number {
  name = knownString(name);
  const stop = Math.max(0, name.length - 8);
  for (let i = name.length - 1; i >= stop; i--) if (codeAt(name, i) === 46) return i;
  return -1;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/**
 * A dot stays only inside a short decimal such as 5.1, 07.5 or 1.11 (audio channels, half
 * episodes, film numbers); every other dot and every underscore is a word break.
 */
function keepsDot(s: string, i: number): boolean {
  s = knownString(s);
  let l = 0;
  while (i - 1 - l >= 0 && isDigit(codeAt(s, i - 1 - l))) l++;
  if (l < 1 || l > 2) return false;
  let r = 0;
  while (i + 1 + r < s.length && isDigit(codeAt(s, i + 1 + r))) r++;
  if (r < 1 || r > 2) return false;
  const after = i + 1 + r;
  if (after >= s.length || !isAlnum(codeAt(s, after))) return true;
  return (s[after] === 'c' || s[after] === 'C') && (s[after + 1] === 'h' || s[after + 1] === 'H');
}

/** A name's word separator and its search text. */
export interface Separated {
  delimiter: Delimiter;
  /**
   * The search text: same length as the name (so offsets line up) with word-break dots and all
   * underscores turned into spaces.
   */
  flat: string;
}

/**
 * The name's word separator and search text, from one walk over its dots and underscores. The
 * separators are found with indexOf, which skips to the next one natively; a loop over every
 * character pays a call per character to read it. Every underscore and dot becomes a space
 * except the dot of a short decimal (keepsDot), and the text is built from slices between them:
 * a global regex replace enters the engine's runtime, which cost more on dotted names.
 */
export function separate(s: string): Separated {
  s = knownString(s);
  let dot = indexOfIn(s, '.');
  let underscore = indexOfIn(s, '_');
  if (dot < 0 && underscore < 0) return { delimiter: 'space', flat: s };
  let dots = 0;
  let underscores = 0;
  let out = '';
  let last = 0;
  while (dot >= 0 || underscore >= 0) {
    const isDot = underscore < 0 || (dot >= 0 && dot < underscore);
    const i = isDot ? dot : underscore;
    if (isDot) {
      dots++;
      dot = indexOfIn(s, '.', i + 1);
      if (keepsDot(s, i)) continue;
    } else {
      underscores++;
      underscore = indexOfIn(s, '_', i + 1);
    }
    out += sliceOf(s, last, i) + ' ';
    last = i + 1;
  }
  // Spaces win when there are at least as many as dots and underscores: counting stops there.
  const most = Math.max(dots, underscores);
  const delimiter: Delimiter = countUpTo(s, ' ', most) >= most ? 'space' : underscores > dots ? 'underscore' : 'dot';
  return { delimiter, flat: out + sliceOf(s, last) };
}

/** How often `char` occurs in `s`, counted no further than `limit`. */
function countUpTo(s: string, char: string, limit: number): number {
  let count = 0;
  for (let i = indexOfIn(s, char); i >= 0 && count < limit; i = indexOfIn(s, char, i + 1)) count++;
  return count;
}

/**
 * Turns a slice of the name into words for people. Dots between single letters (S.H.I.E.L.D)
 * and between digits (11.22.63) are kept; other separators become single spaces.
 */
const UNDERSCORES = /_/g;
const SPACES = /\s{2,}|[\t\n\r]/g;

export function humanize(slice: string, delimiter: Delimiter): string {
  slice = knownString(slice);
  let text = indexOfIn(slice, '_') >= 0 ? slice.replace(UNDERSCORES, ' ') : slice;
  if (delimiter === 'dot' && indexOfIn(text, '.') >= 0) text = dotsToSpaces(text);
  return trimmed(needsSpacing(text) ? text.replace(SPACES, ' ') : text);
}

/** True when SPACES would change `text`: a run of whitespace or a tab or line break. */
function needsSpacing(text: string): boolean {
  text = knownString(text);
  let space = false;
  for (let i = 0; i < text.length; i++) {
    const c = codeAt(text, i);
    if (c === 9 || c === 10 || c === 13) return true;
    const isSpace = c === 32 || c === 11 || c === 12 || (c >= 0xa0 && SPACE_CHAR.test(text[i]!));
    if (isSpace && space) return true;
    space = isSpace;
  }
  return false;
}

const SPACE_CHAR = /\s/;

function isSingle(part: string): boolean {
  return part.length === 1 && isAlnum(part.charCodeAt(0));
}

// Titles that keep their dot when a dotted name is spelled out: "Mr.Robot" is "Mr. Robot".
const ABBREVIATIONS: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'dr', 'st', 'jr', 'sr', 'prof', 'vs', 'mt', 'ft', 'lt', 'sgt', 'capt']);

/** The last word of `text` when it has at most four characters, else ''. */
function shortLastWord(text: string): string {
  text = knownString(text);
  // A bounded look back instead of lastIndexOf, which calls into the engine's runtime.
  for (let i = text.length - 1; i >= 0 && i >= text.length - 5; i--) if (text.charCodeAt(i) === 32) return text.slice(i + 1);
  return text.length <= 4 ? text : '';
}

function dotsToSpaces(text: string): string {
  text = knownString(text);
  const parts = text.split('.');
  let out = parts[0]!;
  for (let k = 1; k < parts.length; k++) {
    const before = parts[k - 1]!;
    const part = parts[k]!;
    const digits = isDigit(before.charCodeAt(before.length - 1)) && isDigit(part.charCodeAt(0));
    const word = shortLastWord(before);
    const abbreviation = part !== '' && word !== '' && ABBREVIATIONS.has(word.toLowerCase());
    // "of S.H.I.E.L.D": single letters on both sides of the dot, whatever came before them.
    const letters = isSingle(word) && (isSingle(part) || isSingle(part.slice(0, part.indexOf(' ') >>> 0)));
    out += letters || digits ? '.' : abbreviation ? '. ' : ' ';
    out += part;
  }
  return out;
}
