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
  lower: string;
  span: Span | null;
}

const OPENERS = '[({\u3010\u300c\u300e\u3014';
const CLOSERS = '])}\u3011\u300d\u300f\u3015';

/** Matching brackets, outermost only; an opener without its closer is an ordinary character. */
export function findBrackets(s: string): Span[] {
  const spans: Span[] = [];
  for (let i = 0; i < s.length; i++) {
    const k = OPENERS.indexOf(s[i]!);
    if (k < 0) continue;
    const j = s.indexOf(CLOSERS[k]!, i + 1);
    if (j < 0) continue;
    spans.push({ open: i, close: j, char: s[i]! });
    i = j;
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

function bracketText(flat: string, span: Span): string {
  // A doubled opener ("[[Zero-Raws]") leaves a stray bracket inside the content.
  return flat.slice(span.open + 1, span.close).replace(/^[\s[(]+|[\s\])]+$/g, '');
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
      tokens.push({ start: span.open, end: span.close + 1, text, lower: text.toLowerCase(), span });
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
    tokens.push({ start: i, end: j, text, lower: text.toLowerCase(), span: null });
    i = j;
  }
  return tokens;
}
