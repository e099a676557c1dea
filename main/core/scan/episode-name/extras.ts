import { isMetaToken, wordHas, type NameContext } from './context';
import { expandRange } from './numbers';
import { humanize } from './normalize';
import { BRACKET_NUMBER, HAS_LATIN, YEAR_TOKEN } from './patterns';
import { classifyWord } from './release-info';
import { knownString } from './known-string';
import { codeAt, indexOfIn, sliceOf } from './string-calls';
import { Mark } from './word-marks';
import { digitsValue } from './digit-value';
import { isStackPartWord } from './stack-part';
import { isEndMark } from './keywords';

const ABSOLUTE = /^(\d{1,4})(?:-(\d{1,4})){0,8}$/;
const LAST_PART = /(\d{1,4})$/;
const ALTERNATE = /^(?:episode )?(\d{1,4})$/i;
const LEADING_ABSOLUTE = /^(\d{3,4})[.-]/;
const LEADING_DIGITS = /^\d+/;
const EDGE_PUNCTUATION = /^[\s\-~:.]+|[\s\-~:,]+$/g;
const NON_ASCII = /[^\x00-\x7f]/;
const DIGIT = /\d/;
const CODEC_LETTER = /^[hx]$/i;
const LEADING_DASHES = /^[-\s]+/;
const PART_IN_BRACKETS = /^(?:part|pt)[. ]*(?:\d{1,2}|one|two|three|four|i{1,3}|iv)$/i;

/** Index of the first token that starts at or after `pos`. */
export function tokenFrom(ctx: NameContext, pos: number): number {
  const tokens = ctx.tokens;
  let i = 0;
  while (i < tokens.length && tokens[i]!.start < pos) i++;
  return i;
}

function readAbsolute(text: string): { numbers: number[]; lead: string } | null {
  text = knownString(text);
  const m = ABSOLUTE.exec(text);
  if (!m) return null;
  const lead = LEADING_DIGITS.exec(text)![0];
  const last = LAST_PART.exec(text)![1]!;
  return { numbers: expandRange(digitsValue(lead), digitsValue(last)), lead };
}

/**
 * Absolute numbers written after SxxEyy, as Sonarr names anime: "S10E14 214",
 * "S01E01.001", "S01E01-02 - 001-002", "S01E01-02 (001-002)". After " - " only a zero-padded
 * number counts, because "1x03 - 274" is an episode titled 274.
 */
export function absoluteAfter(ctx: NameContext, markerEnd: number): { numbers: number[]; token: number } | null {
  let i = tokenFrom(ctx, markerEnd);
  let dashed = false;
  if (ctx.tokens[i]?.text === '-') {
    dashed = true;
    i++;
  }
  const token = ctx.tokens[i];
  if (!token || (token.span && token.span.char !== '(')) return null;
  const read = readAbsolute(token.text);
  if (!read || YEAR_TOKEN.test(read.lead)) return null;
  const padded = read.lead.length >= 2 && read.lead.startsWith('0');
  const range = read.numbers.length > 1;
  const next = ctx.tokens[i + 1];
  // Sonarr's anime format "S21E1071 - 1071 - Title": a number between two dashes is absolute.
  const between = dashed && !token.span && read.lead.length >= 3 && next?.text === '-';
  const ok = dashed || token.span ? (padded && read.lead.length >= 3) || (range && read.lead.length >= 3) || between : read.lead.length >= 3 || padded;
  if (!ok) return null;
  if (!token.span && next && !next.span && next.text !== '-' && !isMetaToken(ctx, i + 1)) return null;
  return { numbers: read.numbers, token: i };
}

/**
 * "[K-F] Show 214 10x14": a fansub's absolute number just before SxxEyy. `markerToken` is the
 * token holding the marker (a bracket for "(S01E12)").
 */
export function absoluteBefore(ctx: NameContext, markerToken: number): { numbers: number[]; token: number } | null {
  let i = markerToken - 1;
  const inParens = ctx.tokens[markerToken]?.span?.char === '(';
  // Never read tokens[-1]: a negative index is looked up as the property "-1", and the engine
  // then reads this array the slow, generic way on every later call.
  const dashAfter = i >= 0 && ctx.tokens[i]?.text === '-';
  if (dashAfter) i--;
  const token = i >= 0 ? ctx.tokens[i] : undefined;
  if (!token || token.span || i <= ctx.titleToken) return null;
  const read = readAbsolute(token.text);
  if (!read || YEAR_TOKEN.test(read.lead)) return null;
  const dashBefore = ctx.tokens[i - 1]?.text === '-';
  const found = { numbers: read.numbers, token: i };
  // "Show 313-315 s16e03-05" and "Show - 313-315 - s16e03-05"; "Series 104 - S01E07" keeps its 104.
  if (read.numbers.length > 1 && read.lead.length >= 3) return found;
  if (dashBefore && dashAfter && read.lead.length >= 3) return found;
  // "Title - 05 - S01E05", "Title - 12 (S01E12)": a number set off by dashes repeats the episode.
  if (dashBefore && (dashAfter || (inParens && i === markerToken - 1)) && read.numbers.length === 1) return found;
  return ctx.groupToken >= 0 && !dashBefore && !dashAfter && read.lead.length >= 2 ? found : null;
}

/** "165.Show Name.s08e014": an absolute number opening a name that also has SxxEyy. */
export function absoluteLeading(ctx: NameContext): { numbers: number[]; token: number } | null {
  const token = ctx.tokens[ctx.titleToken];
  if (!token || token.span) return null;
  const m = LEADING_ABSOLUTE.exec(ctx.s.slice(token.start, token.end + 1));
  if (!m || YEAR_TOKEN.test(m[1]!)) return null;
  return { numbers: [digitsValue(m[1]!)], token: ctx.titleToken };
}

/**
 * "05 (51)": a second number in parentheses right after the episode. After SxxEyy any later
 * bracket holding only a number counts too: "S06E32 - Title [Episode 83]", "S2020E1527 [1527]".
 */
export function alternateAfter(ctx: NameContext, token: number, strong: boolean): { value: number; token: number } | null {
  const next = ctx.tokens[token + 1];
  if (!strong) {
    if (!next || next.span?.char !== '(') return null;
    const m = ALTERNATE.exec(next.text);
    return m ? { value: digitsValue(m[1]!), token: token + 1 } : null;
  }
  for (let i = token + 1; i < ctx.tokens.length; i++) {
    const t = ctx.tokens[i]!;
    if (!t.span || ctx.bracketKinds[i] !== 'text') continue;
    const m = ALTERNATE.exec(t.text);
    if (m) return { value: digitsValue(m[1]!), token: i };
  }
  return null;
}

/**
 * The episode's own title: the words after the number up to the first bracket, release word
 * or `stop` offset ("S04E09.Swan.Song.1080p" → "Swan Song").
 */
export function episodeTitleFrom(ctx: NameContext, from: number, stop: number): string | null {
  let i = tokenFrom(ctx, from);
  // "Show-s03-e02-Flu_Season": the marker ended inside a word, whose rest starts the title.
  const inside = i > 0 && ctx.tokens[i - 1]!.end > from && !ctx.tokens[i - 1]!.span;
  if (inside) i--;
  else while (wordHas(ctx, i, Mark.separator)) i++;
  const first = i;
  let last = -1;
  for (; i < ctx.tokens.length; i++) {
    const token = ctx.tokens[i]!;
    // "(Part 1)" ends a two-part episode's title and belongs to it; other brackets end the title.
    if (token.span && !(token.span.char === '(' && i > first && PART_IN_BRACKETS.test(token.text))) break;
    if (token.start >= stop || (isMetaToken(ctx, i) && !(inside && i === first))) break;
    last = i;
  }
  if (last < first) return null;
  const start = inside ? from : ctx.tokens[first]!.start;
  const text = trimEdgePunctuation(humanize(knownString(ctx.s).slice(start, ctx.tokens[last]!.end), ctx.delimiter));
  if (last === first && isEndMark(text) && indexOfIn(sliceOf(ctx.flat, from, start), '-') < 0) return null;
  // Digits alone name an episode only after a dash ("1x03 - 274"); otherwise they are noise.
  // Most titles have letters, so the dash before them is looked for last.
  const named = HAS_LATIN.test(text) || NON_ASCII.test(text);
  return named || (DIGIT.test(text) && indexOfIn(sliceOf(ctx.flat, from, start), '-') >= 0) ? text : null;
}

/**
 * EDGE_PUNCTUATION removed. Most episode titles start and end with a letter: the regex, which
 * tries its end-anchored half at every position, runs only when an edge character could match.
 */
function trimEdgePunctuation(text: string): string {
  text = knownString(text);
  if (text === '' || (isAsciiAlnum(codeAt(text, 0)) && isAsciiAlnum(codeAt(text, text.length - 1)))) return text;
  return text.replace(EDGE_PUNCTUATION, '');
}

function isAsciiAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/**
 * The group named at the end: scene "x264-GRP" or "… - THORA", or a fansub bracket after the
 * episode ("- 031 - Title [Lunar]").
 */
export function trailingGroup(ctx: NameContext, after: number): string | null {
  const tokens = ctx.tokens;
  const s = knownString(ctx.s);
  for (let i = tokens.length - 1; i > after && i >= 0; i--) {
    const token = tokens[i]!;
    const raw = s.slice(token.start, token.end);
    if (token.span) {
      const kind = ctx.bracketKinds[i];
      if (kind === 'meta' || kind === 'crc' || kind === 'website' || kind === 'version' || kind === 'year') continue;
      if (BRACKET_NUMBER.test(token.text) || token.text.split(' ').length > 3) return null;
      if (token.span.char === '(' && tokens[i - 1]?.text !== '-') return null;
      return raw.slice(1, -1).trim() || null;
    }
    const dash = raw.indexOf('-');
    // "H.264-GoT" was split by flattening into "H" and "264-GoT".
    const head = raw.slice(0, dash);
    const codecDigits = (head === '264' || head === '265') && CODEC_LETTER.test(tokens[i - 1]?.text ?? '');
    if (dash > 0 && (codecDigits || classifyWord(raw.slice(0, dash), false))) {
      const group = raw.slice(dash + 1).replace(LEADING_DASHES, '');
      return group === '' || classifyWord(group, false) ? null : group;
    }
    if (tokens[i - 1]?.text === '-' && !classifyWord(token.text, false) && HAS_LATIN.test(token.text) && i - 1 > after && !isStackPartWord(token.text) && (isShouted(token.text) || releaseInfoBetween(ctx, after, i - 1))) {
      return raw;
    }
    // "…AC3.-HELLYWOOD": the dot before the dash became a space.
    if (dash === 0 && raw.length > 1 && HAS_LATIN.test(raw) && !classifyWord(raw.slice(1), false) && i - 1 > after) return raw.slice(1);
    return null;
  }
  return null;
}

/**
 * A lone word after " - " is a group only in capitals ("… - THORA") or after release details
 * ("… 1080p - Group"); "Show - 1x05 - Pilot" ends with the episode's title.
 */
function isShouted(word: string): boolean {
  return word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase();
}

function releaseInfoBetween(ctx: NameContext, from: number, to: number): boolean {
  for (let j = from + 1; j < to; j++) if (classifyWord(ctx.tokens[j]!.text, false)) return true;
  return false;
}

/** A year given in brackets anywhere: "(2016)", "[2019]", "(1996-2007)". */
export function bracketYear(ctx: NameContext): number | null {
  return ctx.yearToken < 0 ? null : digitsValue(ctx.tokens[ctx.yearToken]!.text.slice(0, 4));
}
