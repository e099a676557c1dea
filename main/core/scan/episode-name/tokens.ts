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

/** Matching brackets, outermost only; an opener without its closer is an ordinary character. */
const OPENER = /[[({\u3010\u300c\u300e\u3014]/g;

export function findBrackets(s: string): Span[] {
  const spans: Span[] = [];
  OPENER.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = OPENER.exec(s)) !== null) {
    const i = m.index;
    const j = s.indexOf(closerOf(s.charCodeAt(i)), i + 1);
    if (j < 0) continue;
    spans.push({ open: i, close: j, char: m[0] });
    OPENER.lastIndex = j + 1;
  }
  return spans;
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
  const text = flat.slice(span.open + 1, span.close);
  // A doubled opener ("[[Zero-Raws]") leaves a stray bracket inside the content.
  const first = text.charCodeAt(0);
  const last = text.charCodeAt(text.length - 1);
  const untidy = first === 32 || first === 91 || first === 40 || last === 32 || last === 93 || last === 41;
  return untidy ? text.replace(STRAY, '') : text;
}

/** Splits the flattened name into words (runs without spaces) and bracket tokens. */
export function tokenize(flat: string, spans: readonly Span[]): Token[] {
  const tokens: Token[] = [];
  let spanIndex = 0;
  let i = 0;
  const n = flat.length;
  while (i < n) {
    const span = spans[spanIndex];
    if (span && span.open === i) {
      const text = bracketText(flat, span);
      tokens.push({ start: span.open, end: span.close + 1, text, span });
      spanIndex++;
      i = span.close + 1;
      continue;
    }
    if (flat.charCodeAt(i) === 32) {
      i++;
      continue;
    }
    const stop = span ? span.open : n;
    let j = i;
    while (j < stop && flat.charCodeAt(j) !== 32) j++;
    const text = flat.slice(i, j);
    tokens.push({ start: i, end: j, text, span: null });
    i = j;
  }
  return tokens;
}
