import { isMetaToken, type NameContext } from './context';
import { expandRange } from './numbers';
import { humanize } from './normalize';
import { BRACKET_NUMBER, HAS_LATIN } from './patterns';
import { classifyWord } from './release-info';

const ABSOLUTE = /^(\d{1,4})(?:-(\d{1,4})){0,8}$/;
const LAST_PART = /(\d{1,4})$/;
const ALTERNATE = /^(?:episode )?(\d{1,4})$/i;

/** Index of the first token that starts at or after `pos`. */
export function tokenFrom(ctx: NameContext, pos: number): number {
  const tokens = ctx.tokens;
  let i = 0;
  while (i < tokens.length && tokens[i]!.start < pos) i++;
  return i;
}

function readAbsolute(text: string): { numbers: number[]; lead: string } | null {
  const m = ABSOLUTE.exec(text);
  if (!m) return null;
  const lead = /^\d+/.exec(text)![0];
  const last = LAST_PART.exec(text)![1]!;
  return { numbers: expandRange(Number(lead), Number(last)), lead };
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
  if (!read) return null;
  const padded = read.lead.length >= 2 && read.lead.startsWith('0');
  const range = read.numbers.length > 1;
  const ok = dashed || token.span ? (padded && read.lead.length >= 3) || (range && read.lead.length >= 3) : read.lead.length >= 3 || padded;
  if (!ok) return null;
  const next = ctx.tokens[i + 1];
  if (!token.span && next && !next.span && next.text !== '-' && !isMetaToken(ctx, i + 1)) return null;
  return { numbers: read.numbers, token: i };
}

/** "[K-F] Show 214 10x14": a fansub's absolute number just before SxxEyy. */
export function absoluteBefore(ctx: NameContext, markerToken: number): { numbers: number[]; token: number } | null {
  if (ctx.groupToken < 0) return null;
  const i = markerToken - 1;
  const token = ctx.tokens[i];
  const before = ctx.tokens[i - 1];
  if (!token || token.span || i <= ctx.titleToken || (before && before.text === '-')) return null;
  const read = readAbsolute(token.text);
  return read && read.lead.length >= 2 ? { numbers: read.numbers, token: i } : null;
}

/** "05 (51)": a second number in parentheses; after SxxEyy also "[1527]" or "[Episode 83]". */
export function alternateAfter(ctx: NameContext, token: number, strong: boolean): number | null {
  const next = ctx.tokens[token + 1];
  if (!next || !next.span) return null;
  if (next.span.char !== '(' && !(strong && next.span.char === '[')) return null;
  const m = ALTERNATE.exec(next.text);
  return m ? Number(m[1]) : null;
}

/**
 * The episode's own title: the words after the number up to the first bracket, release word
 * or `stop` offset ("S04E09.Swan.Song.1080p" → "Swan Song").
 */
export function episodeTitleFrom(ctx: NameContext, from: number, stop: number): string | null {
  let i = tokenFrom(ctx, from);
  while (ctx.tokens[i] && !ctx.tokens[i]!.span && /^[-~+&,.]+$/.test(ctx.tokens[i]!.text)) i++;
  const first = i;
  let last = -1;
  for (; i < ctx.tokens.length; i++) {
    const token = ctx.tokens[i]!;
    if (token.span || token.start >= stop || isMetaToken(ctx, i)) break;
    last = i;
  }
  if (last < first) return null;
  const text = humanize(ctx.s.slice(ctx.tokens[first]!.start, ctx.tokens[last]!.end), ctx.delimiter)
    .replace(/^[\s\-~:.]+|[\s\-~:,]+$/g, '');
  return HAS_LATIN.test(text) || /[^\x00-\x7f]/.test(text) ? text : null;
}

/**
 * The group named at the end: scene "x264-GRP" or "… - THORA", or a fansub bracket after the
 * episode ("- 031 - Title [Lunar]").
 */
export function trailingGroup(ctx: NameContext, after: number): string | null {
  const tokens = ctx.tokens;
  for (let i = tokens.length - 1; i > after && i >= 0; i--) {
    const token = tokens[i]!;
    const raw = ctx.s.slice(token.start, token.end);
    if (token.span) {
      const kind = ctx.bracketKinds[i];
      if (kind === 'meta' || kind === 'crc' || kind === 'website' || kind === 'version' || kind === 'year') continue;
      if (BRACKET_NUMBER.test(token.text) || token.text.split(' ').length > 3) return null;
      if (token.span.char === '(' && tokens[i - 1]?.text !== '-') return null;
      return raw.slice(1, -1).trim() || null;
    }
    const dash = raw.indexOf('-');
    if (dash > 0 && classifyWord(raw.slice(0, dash), false)) {
      const group = raw.slice(dash + 1).replace(/^[-\s]+/, '');
      return group === '' || classifyWord(group, false) ? null : group;
    }
    if (tokens[i - 1]?.text === '-' && !classifyWord(token.text, false) && HAS_LATIN.test(token.text) && i - 1 > after) {
      return raw;
    }
    return null;
  }
  return null;
}

/** A year given in brackets anywhere: "(2016)", "[2019]", "(1996-2007)". */
export function bracketYear(ctx: NameContext): number | null {
  for (let i = 0; i < ctx.tokens.length; i++) {
    if (ctx.bracketKinds[i] === 'year') return Number(ctx.tokens[i]!.text.slice(0, 4));
  }
  return null;
}
