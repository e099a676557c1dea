import { knownString } from './known-string';
import { codeAt, indexOfIn, sliceOf } from './string-calls';
/** A bracketed part of the name: `open` and `close` are the offsets of the bracket characters. */
export interface Span {
  open: number;
  close: number;
  /** The opening character: [ ( { 【 「 『 〔 */
  char: string;
}

/**
 * A word or a whole bracket of the flattened name. For a bracket, `text` is its content and
 * `start`/`end` cover the brackets themselves.
 */
export interface Token {
  start: number;
  end: number;
  text: string;
  span: Span | null;
}

/** The closing bracket for an opening one, or '' when `c` opens nothing. */
export function closerOf(c: number): string {
  if (c < 0x28 || (c > 0x7b && c < 0x300c) || c > 0x3014) return '';
  switch (c) {
    case 0x5b: return ']';
    case 0x28: return ')';
    case 0x7b: return '}';
    case 0x3010: return '\u3011';
    case 0x300c: return '\u300d';
    case 0x300e: return '\u300f';
    case 0x3014: return '\u3015';
    default: return '';
  }
}

export function isCloser(c: number): boolean {
  return c === 0x5d || c === 0x29 || c === 0x7d || c === 0x3011 || c === 0x300d || c === 0x300f || c === 0x3015;
}

const OPENER = /[[({\u3010\u300c\u300e\u3014]/g;

/**
 * Matching brackets, outermost only; an opener without its closer is an ordinary character.
 * The regex finds each opener natively (a character loop in script measured twice as slow), and
 * `test` allocates no match object. An ASCII name can only hold [ ( and {, found by indexOf.
 */
export function findBrackets(s: string, ascii: boolean): Span[] {
  s = knownString(s);
  if (ascii) return findAsciiBrackets(s);
  const spans: Span[] = [];
  OPENER.lastIndex = 0;
  while (OPENER.test(s)) {
    const i = OPENER.lastIndex - 1;
    const c = codeAt(s, i);
    const j = indexOfIn(s, closerOf(c), i + 1);
    if (j < 0) continue;
    spans.push({ open: i, close: j, char: String.fromCharCode(c) });
    OPENER.lastIndex = j + 1;
  }
  return spans;
}

/**
 * findBrackets for a name without CJK brackets: the next [ ( and { are each looked up with indexOf,
 * which costs a fraction of a regex test, and only again once the scan has passed them.
 */
function findAsciiBrackets(s: string): Span[] {
  s = knownString(s);
  const spans: Span[] = [];
  let square = indexOfIn(s, '[');
  let round = indexOfIn(s, '(');
  let curly = indexOfIn(s, '{');
  let from = 0;
  for (;;) {
    if (square >= 0 && square < from) square = indexOfIn(s, '[', from);
    if (round >= 0 && round < from) round = indexOfIn(s, '(', from);
    if (curly >= 0 && curly < from) curly = indexOfIn(s, '{', from);
    let i = square;
    if (round >= 0 && (i < 0 || round < i)) i = round;
    if (curly >= 0 && (i < 0 || curly < i)) i = curly;
    if (i < 0) return spans;
    const char = i === square ? '[' : i === round ? '(' : '{';
    const j = indexOfIn(s, char === '[' ? ']' : char === '(' ? ')' : '}', i + 1);
    if (j < 0) {
      // No closer after this opener means none after a later one of its kind either.
      if (char === '[') square = -1;
      else if (char === '(') round = -1;
      else curly = -1;
      from = i + 1;
      continue;
    }
    spans.push({ open: i, close: j, char });
    from = j + 1;
  }
}

export function spanAt(spans: readonly Span[], index: number): Span | null {
  for (const span of spans) {
    if (index < span.open) return null;
    if (index <= span.close) return span;
  }
  return null;
}

const STRAY = /^[\s[(]+|[\s\])]+$/g;

function bracketText(flat: string, span: Span): string {
  flat = knownString(flat);
  const text = sliceOf(flat, span.open + 1, span.close);
  // A doubled opener ("[[Zero-Raws]") leaves a stray bracket inside the content.
  const first = codeAt(text, 0);
  const last = codeAt(text, text.length - 1);
  const untidy = first === 32 || first === 91 || first === 40 || last === 32 || last === 93 || last === 41;
  return untidy ? text.replace(STRAY, '') : text;
}

/** Words of flat[from, to), split on spaces. */
function pushWords(flat: string, from: number, to: number, tokens: Token[]): void {
  flat = knownString(flat);
  let at = from;
  while (at < to) {
    let end = indexOfIn(flat, ' ', at);
    if (end < 0 || end > to) end = to;
    if (end > at) tokens[tokens.length] = { start: at, end, text: sliceOf(flat, at, end), span: null };
    at = end + 1;
  }
}

/**
 * Splits the flattened name into words (runs without spaces) and bracket tokens. Tokens are
 * stored at the array's end rather than pushed: the optimized code called the push builtin for
 * each token instead of inlining it.
 */
export function tokenize(flat: string, spans: readonly Span[]): Token[] {
  flat = knownString(flat);
  const tokens: Token[] = [];
  let at = 0;
  for (const span of spans) {
    pushWords(flat, at, span.open, tokens);
    tokens[tokens.length] = { start: span.open, end: span.close + 1, text: bracketText(flat, span), span };
    at = span.close + 1;
  }
  pushWords(flat, at, flat.length, tokens);
  return tokens;
}
