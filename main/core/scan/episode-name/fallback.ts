import { isMetaToken, type NameContext } from './context';
import { expandRange, type EpisodeMarker } from './numbers';
import {
  BRACKET_NUMBER, GLUED_NUMBER, LEADING_NUMBER, NUMBER_TOKEN, NUMBER_WITH_GROUP, PART, WORD_NUMBERS, YEAR_TOKEN,
} from './patterns';
import { isBareHeight } from './release-info';
import { skipsToken, type Skip } from './skip';
import type { Token } from './tokens';
import { knownString } from './known-string';
import { codeAt } from './string-calls';
import { digitsValue } from './digit-value';
import { EPISODE_NAMING_WORDS, isEndMark } from './keywords';

/** How an inferred number was found; the title and folder rules depend on it. */
export type InferredVia = 'dash' | 'bracket' | 'leading' | 'bare' | 'part';

export interface InferredMarker extends EpisodeMarker {
  via: InferredVia;
  /** Token index of the number (for a range, of its last token). */
  token: number;
  /** The number stands before the title ("06 Sword Art Online II"). */
  titleAfter: boolean;
  /** A single scene-style number such as 103 that may be season 1 episode 3. */
  digits: string | null;
  /** A bare number with words after it ("Show 01 Role Play"): the weakest reading. */
  wordsAfter: boolean;
}

interface NumberRead {
  episodes: number[];
  decimal: number | null;
  version: number | null;
  digits: string;
}

const TAIL_NUMBERS = /\d+(?:v\d+)?/g;
const VERSION_SUFFIX = /v\d+$/;

export function readNumber(text: string): NumberRead | null {
  text = knownString(text);
  const m = NUMBER_TOKEN.exec(text);
  if (!m) return null;
  const version = m[3] === undefined ? null : digitsValue(m[3]);
  const tail = m[5] ?? '';
  if (m[2] !== undefined) return tail === '' ? { episodes: [], decimal: Number(`${m[1]}.${m[2]}`), version, digits: m[1]! } : null;
  const first = digitsValue(m[1]!);
  if (tail === '') return { episodes: [first], decimal: null, version, digits: m[1]! };
  const rest = (tail.match(TAIL_NUMBERS) ?? []).map((n) => Number(n.replace(VERSION_SUFFIX, '')));
  // 01+02 lists episodes; 01-03, 01~10 and 01-02-03 are ranges.
  if (!tail.includes('-') && !tail.includes('~')) return { episodes: [...new Set([first, ...rest])], decimal: null, version, digits: '' };
  const last = rest[rest.length - 1]!;
  return { episodes: last > first ? expandRange(first, last) : [first], decimal: null, version, digits: last > first ? '' : m[1]! };
}

function marker(ctx: NameContext, from: number, to: number, read: NumberRead, via: InferredVia, titleAfter = false): InferredMarker {
  const first = ctx.tokens[from]!;
  const last = ctx.tokens[to]!;
  return {
    start: first.start, end: last.end, strength: 'inferred', season: null, episodes: read.episodes, decimal: read.decimal,
    version: read.version, via, token: to, titleAfter, digits: read.digits === '' ? null : read.digits, wordsAfter: false,
  };
}

/** What follows token `i`: the end, a bracket or release word, a " - ", or more words. */
function follower(ctx: NameContext, i: number): 'end' | 'dash' | 'word' {
  const next = ctx.tokens[i + 1];
  if (!next || next.span || isMetaToken(ctx, i + 1)) return 'end';
  if (next.text === '-') return 'dash';
  if (isEndMark(next.text)) return 'end';
  return 'word';
}

/**
 * Whether a number after the title words opens a range ("Show 01 - 12"): it is zero-padded and
 * one episode. A 0 or 00 there ends the title ("Steins;Gate 0 - 12", "Gundam 00 - 21").
 */
function opensRange(text: string, episodes: readonly number[]): boolean {
  return text.length >= 2 && text.startsWith('0') && episodes.length === 1 && episodes[0]! > 0;
}

/** "08 & 10": a second episode listed after the one read at token `i`; the index of its token. */
function listedAfter(ctx: NameContext, i: number, read: NumberRead): { read: NumberRead; last: number } | null {
  const amp = ctx.tokens[i + 1];
  const tail = ctx.tokens[i + 2];
  if (!amp || !tail || amp.span || tail.span || amp.text !== '&' || read.episodes.length !== 1) return null;
  const second = readNumber(tail.text);
  if (!second || second.episodes.length !== 1 || second.episodes[0]! <= read.episodes[0]!) return null;
  return { read: { ...read, episodes: [read.episodes[0]!, second.episodes[0]!], digits: '' }, last: i + 2 };
}

// Read only between a " - " and a number ("Title - Act 01") or opening the name ("Act 01 - Name"),
// where no title word stands.
const NAMING_WORDS: ReadonlySet<string> = new Set(EPISODE_NAMING_WORDS);

/** Whether token `i` is a naming word with a plain word (its number, perhaps) after it. */
function isNamingWord(tokens: readonly Token[], i: number): boolean {
  const word = tokens[i];
  const after = tokens[i + 1];
  if (!word || word.span || !after || after.span) return false;
  const length = word.text.length;
  return length >= 3 && length <= 7 && NAMING_WORDS.has(word.text.toLowerCase());
}

/** Index of the number after the dash at `dash`: the next token, or the one after a naming word. */
function numberAfterDash(tokens: readonly Token[], dash: number): number {
  return isNamingWord(tokens, dash + 1) ? dash + 2 : dash + 1;
}

/** "Title - 05", "Title - 01-03", "Title - 01 ~ 10", "Title - (01-04)", "Title - Act 01": strong when nothing but release words follow. */
export function findDashNumber(ctx: NameContext, skip: Skip): { strong: InferredMarker | null; weak: InferredMarker | null } {
  let weak: InferredMarker | null = null;
  const tokens = ctx.tokens;
  for (let i = ctx.titleToken; i < tokens.length - 1; i++) {
    const dash = tokens[i]!;
    if (dash.span || dash.text !== '-') continue;
    const n = numberAfterDash(tokens, i);
    const next = tokens[n]!;
    if (next.span && next.span.char !== '(') continue;
    let read = readNumber(next.text);
    if (!read || (next.span && read.episodes.length < 2) || skipsToken(skip, n)) continue;
    let last = n;
    const joiner = tokens[n + 1];
    const tail = tokens[n + 2];
    if (joiner && tail && !joiner.span && !tail.span && (joiner.text === '~' || (joiner.text === '-' && next.text.startsWith('0')))) {
      const second = readNumber(tail.text);
      if (second && second.episodes.length === 1 && read.episodes.length === 1 && second.episodes[0]! > read.episodes[0]!) {
        read = { ...read, episodes: expandRange(read.episodes[0]!, second.episodes[0]!), digits: '' };
        last = n + 2;
      }
    }
    const listed = last === n ? listedAfter(ctx, n, read) : null;
    if (listed) {
      read = listed.read;
      last = listed.last;
    }
    const before = tokens[i - 1];
    const opening = !before || before.span || n !== i + 1 ? null : readNumber(before.text);
    if (opening && opensRange(before!.text, opening.episodes) && i - 1 > ctx.titleToken && read.episodes.length === 1) {
      // "[Grp] Show 01 - 119 [Batch]": a zero-padded number before the dash opens a range.
      const range = expandRange(opening.episodes[0]!, read.episodes[0]!);
      if (range.length > 1 && follower(ctx, last) !== 'word') return { strong: marker(ctx, i - 1, last, { ...read, episodes: range, digits: '' }, 'dash'), weak };
    }
    const found = marker(ctx, i, last, read, 'dash');
    if (follower(ctx, last) !== 'word') return { strong: found, weak };
    weak ??= found;
  }
  return { strong: null, weak };
}

/** [05], [12END], [01-24完], {01}, (01-25): a bracket that holds only an episode. */
export function findBracketNumber(ctx: NameContext, skip: Skip): InferredMarker | null {
  const tokens = ctx.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (!token.span || i === ctx.groupToken) continue;
    const c = codeAt(token.text, 0);
    if (!(c >= 48 && c <= 57) && c !== 0x7b2c) continue;
    if (skipsToken(skip, i)) continue;
    const m = BRACKET_NUMBER.exec(token.text);
    if (!m) continue;
    if (token.span.char === '(' && m[3] === undefined) {
      // "Angel Beats (9)" yes, "BLUE DROP 10 (1)" no: a lone number in parentheses needs a word before it.
      const prev = tokens[i - 1];
      if (!prev || prev.span || i - 1 < ctx.titleToken || readNumber(prev.text) || follower(ctx, i) === 'word') continue;
    }
    if (YEAR_TOKEN.test(m[1]!) || (m[3] === undefined && isBareHeight(m[1]!))) continue;
    const first = digitsValue(m[1]!);
    const episodes = m[3] === undefined ? [first] : expandRange(first, digitsValue(m[3]));
    const version = m[2] === undefined ? null : digitsValue(m[2]);
    return marker(ctx, i, i, { episodes, decimal: null, version, digits: m[3] === undefined ? m[1]! : '' }, 'bracket');
  }
  return null;
}

/** "03-Criminal.Minds": a glued number ends at its separator (`cut`), not at the end of the word. */
function leadingMarker(ctx: NameContext, i: number, cut: number, read: NumberRead, titleAfter: boolean): InferredMarker {
  const result = marker(ctx, i, i, read, 'leading', titleAfter);
  if (cut >= 0) result.end = cut;
  return result;
}

/**
 * A number that opens the name: "02 - Name", "003. Name", "[Grp] 06 Title", "02-04", "4-12", and
 * after a series' own word for its episodes ("Chapter 05 - Name" in Avatar's Book folders).
 * `seasonFolder` says the file sits in a season folder, where "16 Title" is episode 16.
 */
export function findLeadingNumber(ctx: NameContext, seasonFolder: boolean): InferredMarker | null {
  if (!isNamingWord(ctx.tokens, ctx.titleToken)) return leadingNumberAt(ctx, ctx.titleToken, seasonFolder);
  const found = leadingNumberAt(ctx, ctx.titleToken + 1, true);
  if (found) found.start = ctx.tokens[ctx.titleToken]!.start;
  return found;
}

/**
 * The number at token `i`. `bareCounts`: one followed only by words ("16 Title") is an episode
 * too, as in a season folder or after a naming word ("Act 16 Title").
 */
function leadingNumberAt(ctx: NameContext, i: number, bareCounts: boolean): InferredMarker | null {
  const token = ctx.tokens[i];
  if (!token || token.span) return null;
  const m = LEADING_NUMBER.exec(token.text);
  if (!m) return null;
  const glued = m[0].length < token.text.length;
  const onlyToken = !glued && follower(ctx, i) === 'end';
  // In a dotted name every number is followed by a dot; elsewhere "2. Title" marks an episode.
  const dotAfter = ctx.delimiter !== 'dot' && (ctx.s[token.end] === '.' || token.text[m[0].length] === '.');
  const dashAfter = follower(ctx, i) === 'dash' || (glued && token.text[m[0].length] === '-');
  const padded = m[1]!.length >= 2 && m[1]!.startsWith('0');
  const cut = glued ? token.start + m[0].length + 1 : -1;
  if (m[2] !== undefined) {
    const a = digitsValue(m[1]!);
    const b = digitsValue(m[2]);
    if (m[1]!.length === m[2]!.length && a < b) {
      return leadingMarker(ctx, i, cut, { episodes: expandRange(a, b), decimal: null, version: null, digits: '' }, !glued && !dashAfter);
    }
    // "4-12 - Title", "11-02 Title": season and episode, written like 4x12.
    const seasonEpisode = leadingMarker(ctx, i, cut, { episodes: [b], decimal: null, version: null, digits: '' }, false);
    seasonEpisode.season = a;
    return seasonEpisode;
  }
  if (YEAR_TOKEN.test(m[1]!) && !onlyToken) return null;
  if (!(onlyToken || dotAfter || dashAfter || padded || bareCounts)) return null;
  // "[TardRaws] 0 [640x360]": one digit alone after a group is the title.
  if (onlyToken && ctx.groupToken >= 0 && m[1]!.length === 1) return null;
  const read: NumberRead = { episodes: [digitsValue(m[1]!)], decimal: null, version: null, digits: m[1]! };
  const titleAfter = glued || dotAfter || (padded && !dashAfter) || (dashAfter && ctx.groupToken >= 0 && !glued);
  return leadingMarker(ctx, i, cut, read, titleAfter && !onlyToken);
}

const NOT_EPISODE_BEFORE: ReadonlySet<string> = new Set([
  'no', 'vol', 'volume', 'movie', 'movies', 'part', 'pt', 'chapter', 'ch', 'number', 'gekijouban', 'film', 'the',
]);

/**
 * A number inside the title area: the last one right before the release words ("Bleach 225
 * [..]"), else one followed by an episode title ("Show 01 Role Play").
 */
export function findBareNumber(ctx: NameContext, skip: Skip, from: number): InferredMarker | null {
  const tokens = ctx.tokens;
  let atEnd: InferredMarker | null = null;
  let beforeWords: InferredMarker | null = null;
  for (let i = Math.max(ctx.titleToken + 1, from); i < ctx.metaToken; i++) {
    const token = tokens[i]!;
    // Only a word that starts with a digit or # or holds a hyphen can carry a number.
    const text = knownString(token.text);
    const c = codeAt(text, 0);
    if (token.span || (!(c >= 48 && c <= 57) && c !== 35 && text.indexOf('-') < 0) || skipsToken(skip, i)) continue;
    const prev = tokens[i - 1]!;
    if (!prev.span && NOT_EPISODE_BEFORE.has(prev.text.toLowerCase())) continue;
    let read = readNumber(token.text);
    let gluedAt = -1;
    const after = follower(ctx, i);
    if (!read) {
      const glued = after === 'end' ? (GLUED_NUMBER.exec(token.text) ?? (ctx.scene && i === ctx.metaToken - 1 ? NUMBER_WITH_GROUP.exec(token.text) : null)) : null;
      if (!glued) continue;
      read = { episodes: [Number(glued[1])], decimal: null, version: glued[2] ? Number(glued[2]) : null, digits: glued[1]! };
      gluedAt = token.text.lastIndexOf('-', token.text.length - glued[1]!.length);
    }
    if (read.digits.length === 4 && YEAR_TOKEN.test(read.digits)) continue;
    const listed = after === 'word' ? listedAfter(ctx, i, read) : null;
    if (listed && follower(ctx, listed.last) === 'end') {
      atEnd = marker(ctx, i, listed.last, listed.read, 'bare');
      i = listed.last;
      continue;
    }
    if (isBareHeight(read.digits) && after === 'end' && tokens[i + 1] && !tokens[i + 1]!.span) continue;
    if (after === 'end') {
      atEnd = marker(ctx, i, i, read, 'bare');
      // "Title-01": the number starts at the hyphen, the title keeps the word.
      if (gluedAt > 0 && !NUMBER_WITH_GROUP.test(token.text)) atEnd.start = token.start + gluedAt;
    } else if (after === 'word' && !beforeWords && read.decimal === null) {
      const d = read.digits;
      const small = (d.length === 2 || (d.length === 3 && d.startsWith('0')) || (ctx.scene && d.length >= 3)) && d !== '';
      if (small && read.episodes.length > 0) {
        beforeWords = marker(ctx, i, i, read, 'bare');
        beforeWords.wordsAfter = true;
      }
    }
  }
  return atEnd ?? beforeWords;
}

/** "Part 2" / "Part.Two": a mini-series episode, used only when nothing better is there. */
export function findPart(ctx: NameContext): EpisodeMarker | null {
  PART.lastIndex = 0;
  const m = PART.exec(ctx.flat);
  if (!m) return null;
  const word = m[1]!.toLowerCase();
  const n = WORD_NUMBERS[word] ?? Number(word);
  return { start: m.index, end: m.index + m[0].length, strength: 'inferred', season: null, episodes: [n], decimal: null, version: null };
}
