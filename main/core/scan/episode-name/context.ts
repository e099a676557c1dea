import { shortDate, type AirDate } from './calendar';
import { separate, type Delimiter } from './normalize';
import {
  analyzeBracket, analyzeWord, emptyReleaseInfo, joinedCodec, mergeReleaseInfo,
  type BracketKind, type ReleaseInfo, type WordAnalysis,
} from './release-info';
import { findBrackets, tokenize, type Span, type Token } from './tokens';
import { knownString } from './known-string';
import { sliceOf } from './string-calls';
import { Mark } from './word-marks';

/** One file name, read once into the views every step needs. */
export interface NameContext {
  /** The normalised name without its extension. */
  s: string;
  /** `s` with word-break dots and underscores as spaces; same offsets as `s`. */
  flat: string;
  delimiter: Delimiter;
  spans: Span[];
  tokens: Token[];
  /** Per token: what its bracket holds (brackets only). */
  bracketKinds: (BracketKind | null)[];
  /** Per span: what the bracket holds. */
  spanKinds: BracketKind[];
  /** Per token: what a plain word means and its punctuation marks (null for brackets). */
  words: (WordAnalysis | null)[];
  /** Index of the leading group bracket, or -1. */
  groupToken: number;
  /** Index of the first bracket holding a year ("(2019)"), or -1: most names have none. */
  yearToken: number;
  /** First token after the leading brackets and decorations: where a title may start. */
  titleToken: number;
  /** "221208 Title ep05": a broadcast date (yymmdd) before the title, which then starts after it. */
  leadingDate: AirDate | null;
  /** First token at or after `titleToken` that describes the release (ends title and numbers). */
  metaToken: number;
  /** Scene style: words joined by dots or underscores and no fansub group in front. */
  scene: boolean;
  /** Resolution, source, codec, checksum and version found anywhere in the name. */
  release: ReleaseInfo;
  /** Pattern families some word of the name could start (see hints.ts). */
  hints: number;
}

/**
 * A bracket's content as written. In a name without dots or underscores the search text is the
 * name, so an untrimmed token text is that content already and needs no slice of its own.
 */
function rawBracket(s: string, flatIsName: boolean, token: Token): string {
  if (flatIsName && token.text.length === token.end - token.start - 2) return token.text;
  return sliceOf(s, token.start + 1, token.end - 1);
}

function isMetaWordAt(tokens: readonly Token[], words: readonly (WordAnalysis | null)[], i: number): boolean {
  const token = tokens[i]!;
  if (token.span) return false;
  const info = words[i]!.info;
  if (info && info.kind !== 'website') return true;
  const next = tokens[i + 1];
  if (next && !next.span) {
    // A title word is neither a codec letter ("H" of H.264) nor "Dual": its length rules both out.
    const text = knownString(token.text);
    if (text.length === 1 && joinedCodec(text, next.text)) return true;
    if (text.length === 4 && (text === 'Dual' || text === 'dual' || text === 'DUAL') && next.text.toLowerCase() === 'audio') return true;
    if (isLanguageTag(words[i]!, words[i + 1]!)) return true;
  }
  return false;
}

/**
 * German scene releases name their language in title case ("Dark.S01E01.German.DL.1080p",
 * "Pilot.German.Dubbed"), where "German" alone could be a title's word ("The German"): a
 * language's name is the release's when release words or "Sub"/"Dub" follow it.
 */
function isLanguageTag(word: WordAnalysis, next: WordAnalysis): boolean {
  if ((word.marks & Mark.language) === 0) return false;
  return (next.info !== null && next.info.kind !== 'website') || (next.marks & Mark.subOrDub) !== 0;
}

/** True when token `i` is a plain word with the punctuation `mark` (see word-marks.ts). */
export function wordHas(ctx: NameContext, i: number, mark: number): boolean {
  const word = ctx.words[i];
  return word !== null && word !== undefined && (word.marks & mark) !== 0;
}

export function isMetaToken(ctx: NameContext, i: number): boolean {
  const token = ctx.tokens[i];
  if (!token) return false;
  if (token.span) {
    const kind = ctx.bracketKinds[i];
    return kind === 'meta' || kind === 'crc' || kind === 'version' || kind === 'website';
  }
  return isMetaWordAt(ctx.tokens, ctx.words, i);
}

const SIX_DIGITS = /^\d{6}$/;
const LETTER = /[^\d\s-]/;

function dateBeforeTitle(tokens: readonly Token[], i: number): AirDate | null {
  const token = tokens[i];
  const next = tokens[i + 1];
  // Most names start with a word: the length and first character rule them out before any regex.
  if (!token || token.span || token.text.length !== 6 || token.text.charCodeAt(0) > 57 || !next || next.span) return null;
  if (!SIX_DIGITS.test(token.text) || !LETTER.test(next.text)) return null;
  const date = shortDate(token.text);
  return date ? { start: token.start, end: token.end, date } : null;
}

/** `ascii`: the name as given held only ASCII, so no CJK bracket or word. */
export function buildContext(s: string, ascii: boolean): NameContext {
  s = knownString(s);
  const { flat, delimiter } = separate(s);
  const spans = findBrackets(flat, ascii);
  const tokens = tokenize(flat, spans);
  const flatIsName = flat === s;
  // Sized up front: grown from empty, each array was copied as it filled.
  const bracketKinds = new Array<BracketKind | null>(tokens.length);
  const spanKinds = new Array<BracketKind>(spans.length);
  const words = new Array<WordAnalysis | null>(tokens.length);
  let spanIndex = 0;
  const release = emptyReleaseInfo();
  let hints = 0;
  let groupToken = -1;
  let yearToken = -1;
  // The first word that is not a decoration: before it come only brackets (the group among them).
  let firstWord = -1;
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k]!;
    if (token.span) {
      const info = analyzeBracket(token.text, rawBracket(s, flatIsName, token));
      bracketKinds[k] = info.kind;
      spanKinds[spanIndex++] = info.kind;
      words[k] = null;
      mergeReleaseInfo(release, info);
      hints |= info.hints;
      if (yearToken < 0 && info.kind === 'year') yearToken = k;
      if (firstWord < 0 && groupToken < 0 && info.groupName) groupToken = k;
    } else {
      const text = knownString(token.text);
      const analysis = analyzeWord(text);
      bracketKinds[k] = null;
      words[k] = analysis;
      if (analysis.release) mergeReleaseInfo(release, analysis.release);
      hints |= analysis.hints;
      if (firstWord < 0 && !(analysis.marks & Mark.leading)) firstWord = k;
      const next = text.length === 1 ? tokens[k + 1] : undefined;
      const codec = next && !next.span ? joinedCodec(text, next.text) : null;
      if (codec) release.videoCodec ??= codec;
    }
  }
  const i = firstWord < 0 ? tokens.length : firstWord;
  const leadingDate = dateBeforeTitle(tokens, i);
  const titleToken = leadingDate ? i + 1 : i;
  const ctx: NameContext = {
    s, flat, delimiter, spans, tokens, bracketKinds, spanKinds, words, groupToken, yearToken, titleToken, leadingDate,
    metaToken: tokens.length,
    scene: groupToken < 0 && delimiter !== 'space',
    release,
    hints,
  };
  for (let j = titleToken; j < tokens.length; j++) {
    if (isMetaToken(ctx, j)) {
      ctx.metaToken = j;
      break;
    }
  }
  return ctx;
}
