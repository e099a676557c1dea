import type { NameContext } from './context';
import { spanAt } from './tokens';

export interface Range {
  start: number;
  end: number;
}

/**
 * Offsets an episode search must not read: the group bracket, brackets of release details
 * ("E76552EA" is a checksum, not episode 76552) and text already read as a season, date or volume.
 */
export interface Skip {
  ctx: NameContext;
  groupStart: number;
  groupEnd: number;
  blocked: Range[];
}

export function makeSkip(ctx: NameContext, blocked: Range[]): Skip {
  const group = ctx.groupToken >= 0 ? ctx.tokens[ctx.groupToken]! : null;
  return { ctx, groupStart: group ? group.start : -1, groupEnd: group ? group.end : -1, blocked };
}

export function inGroup(skip: Skip, pos: number): boolean {
  return pos >= skip.groupStart && pos < skip.groupEnd;
}

export function skipsPos(skip: Skip, pos: number): boolean {
  if (pos >= skip.groupStart && pos < skip.groupEnd) return true;
  const span = spanAt(skip.ctx.spans, pos);
  if (span && skip.ctx.spanKinds[skip.ctx.spans.indexOf(span)] !== 'text') return true;
  for (const b of skip.blocked) if (pos >= b.start && pos < b.end) return true;
  return false;
}

/** As skipsPos, for a whole token: a word is never inside a bracket, a bracket knows its kind. */
export function skipsToken(skip: Skip, i: number): boolean {
  const token = skip.ctx.tokens[i]!;
  const pos = token.start;
  if (pos >= skip.groupStart && pos < skip.groupEnd) return true;
  if (token.span && skip.ctx.bracketKinds[i] !== 'text') return true;
  for (const b of skip.blocked) if (pos >= b.start && pos < b.end) return true;
  return false;
}
