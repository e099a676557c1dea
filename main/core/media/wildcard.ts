/**
 * Shell-style wildcards (`*`, `?`, `[a-z]`, `[!0-9]`) as Plex's `.plexignore` uses them, matched
 * without a regular expression: the glob libraries build one whose backtracking grows as the name
 * length to the power of the stars (a five-star pattern took half a second on a 64-letter name),
 * and a pattern file in a shared folder is input Anishelf does not control. This matcher keeps only
 * the last star to go back to, so a match costs at most pattern × name steps.
 */

type Token = { kind: 'char'; cp: number } | { kind: 'any' } | { kind: 'star' } | { kind: 'class'; negated: boolean; ranges: Array<[number, number]> };

/** A name or a `/`-separated path, folded once for all the patterns it is matched against: its segments. */
export type WildcardSubject = readonly string[];

/** Case and Unicode form folded, split into segments. */
export function wildcardSubject(text: string): WildcardSubject {
  return fold(text).split('/');
}

export interface Wildcard {
  /** How many `/`-separated segments a subject must have to match. */
  readonly segments: number;
  matches(subject: WildcardSubject): boolean;
}

/** A matcher for one pattern: `*` and `?` never match `/`; case and Unicode form are ignored. */
export function compileWildcard(pattern: string): Wildcard {
  const segments = fold(pattern).split('/').map(segmentMatcher);
  return { segments: segments.length, matches: (subject) => subject.length === segments.length && segments.every((match, i) => match(subject[i]!)) };
}

/**
 * One segment's matcher. The usual shapes (`*.avi`, `*sample*`, `Extras`, `Show*`) are string
 * calls, several times quicker than the general walk, which the rest take.
 */
function segmentMatcher(segment: string): (text: string) => boolean {
  const tokens = tokenize(segment);
  const inner = tokens.slice(tokens[0]?.kind === 'star' ? 1 : 0, tokens.at(-1)?.kind === 'star' && tokens.length > 1 ? -1 : undefined);
  if (!inner.every((t) => t.kind === 'char')) return (text) => matchSegment(tokens, text);
  const literal = String.fromCodePoint(...inner.map((t) => (t as { cp: number }).cp));
  const starts = tokens[0]?.kind === 'star';
  const ends = tokens.length > 1 && tokens.at(-1)?.kind === 'star';
  if (starts && ends) return (text) => text.includes(literal);
  if (starts) return (text) => text.endsWith(literal);
  if (ends) return (text) => text.startsWith(literal);
  return (text) => text === literal;
}

/** Case-insensitive, and NFC: a name written on a Mac may be decomposed where the pattern is not. */
export function fold(text: string): string {
  return (NON_ASCII.test(text) ? text.normalize('NFC') : text).toLowerCase();
}

// Most names are ASCII, where NFC changes nothing and costs a third of a match.
const NON_ASCII = /[^\x00-\x7f]/;

function tokenize(segment: string): Token[] {
  const cps = Array.from(segment, (ch) => ch.codePointAt(0)!);
  const tokens: Token[] = [];
  for (let i = 0; i < cps.length; i++) {
    const cp = cps[i]!;
    if (cp === STAR) {
      if (tokens.at(-1)?.kind !== 'star') tokens.push({ kind: 'star' }); // "**" is "*": one star to go back to
    } else if (cp === QUESTION) tokens.push({ kind: 'any' });
    else if (cp === OPEN) {
      const parsed = parseClass(cps, i);
      if (parsed) {
        tokens.push(parsed.token);
        i = parsed.end;
      } else tokens.push({ kind: 'char', cp }); // no closing "]": a plain "[", as the shell reads it
    } else tokens.push({ kind: 'char', cp });
  }
  return tokens;
}

const STAR = 0x2a;
const QUESTION = 0x3f;
const OPEN = 0x5b;
const CLOSE = 0x5d;
const DASH = 0x2d;

/** `[…]` starting at `start`: its token and the index of its `]`, or null when it is not closed. */
function parseClass(cps: readonly number[], start: number): { token: Token; end: number } | null {
  let i = start + 1;
  const negated = cps[i] === 0x21 || cps[i] === 0x5e; // "!" or "^"
  if (negated) i++;
  const ranges: Array<[number, number]> = [];
  // A "]" first in the class is one of its characters.
  for (let first = true; i < cps.length; i++, first = false) {
    const cp = cps[i]!;
    if (cp === CLOSE && !first) return { token: { kind: 'class', negated, ranges }, end: i };
    const to = cps[i + 2];
    if (cps[i + 1] === DASH && to !== undefined && to !== CLOSE) {
      ranges.push([cp, to]);
      i += 2;
    } else ranges.push([cp, cp]);
  }
  return null;
}

function matchOne(token: Exclude<Token, { kind: 'star' }>, cp: number): boolean {
  if (token.kind === 'char') return token.cp === cp;
  if (token.kind === 'any') return true;
  const inside = token.ranges.some(([from, to]) => from <= cp && cp <= to);
  return inside !== token.negated;
}

/** Matches code point by code point (a `?` is one emoji too), on the string itself: no array per name. */
function matchSegment(tokens: readonly Token[], text: string): boolean {
  let t = 0;
  let c = 0;
  // The last star seen and where its match ends so far: on a mismatch it takes one more character.
  let star = -1;
  let starEnd = 0;
  while (c < text.length) {
    const token = tokens[t];
    const cp = text.codePointAt(c)!;
    if (token?.kind === 'star') {
      star = t++;
      starEnd = c;
    } else if (token && matchOne(token, cp)) {
      t++;
      c += cp > 0xffff ? 2 : 1;
    } else if (star >= 0) {
      t = star + 1;
      starEnd += text.codePointAt(starEnd)! > 0xffff ? 2 : 1;
      c = starEnd;
    } else return false;
  }
  while (tokens[t]?.kind === 'star') t++;
  return t === tokens.length;
}
