import { SPECIAL_NUMBER, SPECIAL_NUMBER_UPPER, SPECIAL_WORD, SPECIAL_WORD_UPPER } from './patterns';
import type { SpecialKind } from './types';

export interface SpecialMarker {
  start: number;
  end: number;
  kind: SpecialKind;
  /** Empty for a special without a number and for a fractional one (see `decimal`). */
  episodes: number[];
  decimal: number | null;
}

const KINDS: Readonly<Record<string, SpecialKind>> = {
  ova: 'ova', ovd: 'ova', oad: 'oad', ona: 'ona', ncop: 'ncop', nced: 'nced', special: 'special', specials: 'special',
  sp: 'special', extra: 'extra', extras: 'extra', bonus: 'extra', omake: 'extra', ex: 'extra', preview: 'preview',
  trailer: 'trailer', teaser: 'trailer', movie: 'movie', op: 'op', ed: 'ed', pv: 'pv', cm: 'cm',
};

/**
 * When a name carries several kinds ("Movie - PV"), the most specific wins: a creditless opening
 * of a movie is filed as an opening.
 */
const RANK: Readonly<Record<SpecialKind, number>> = {
  ncop: 9, nced: 9, op: 8, ed: 8, pv: 8, cm: 8, preview: 8, trailer: 8, ova: 6, oad: 6, ona: 6, extra: 4, movie: 3,
  special: 2, decimal: 1,
};

export function kindOf(word: string): SpecialKind {
  return KINDS[word.toLowerCase().replace(' ', '')] ?? 'special';
}

export function moreSpecific(a: SpecialKind | null, b: SpecialKind): SpecialKind {
  return a === null || RANK[b] > RANK[a] ? b : a;
}

function numbered(re: RegExp, flat: string, skip: (pos: number) => boolean): SpecialMarker | null {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(flat)) !== null) {
    if (skip(m.index)) continue;
    const n = Number(m[2]);
    const decimal = m[3] === undefined ? null : Number(`${m[2]}.${m[3]}`);
    return { start: m.index, end: m.index + m[0].length, kind: kindOf(m[1]!), episodes: decimal === null ? [n] : [], decimal };
  }
  return null;
}

/** "OVA01", "SP 2", "NCOP1", "ED2", "OVA3.5": the first special that carries a number. */
export function findNumberedSpecial(flat: string, skip: (pos: number) => boolean): SpecialMarker | null {
  const a = numbered(SPECIAL_NUMBER, flat, skip);
  const b = numbered(SPECIAL_NUMBER_UPPER, flat, skip);
  if (a && b) return a.start <= b.start ? a : b;
  return a ?? b;
}

/** Every special word without a number ("OVA", "Movie", "PV"), in order. */
export function findSpecialWords(flat: string): SpecialMarker[] {
  const out: SpecialMarker[] = [];
  for (const re of [SPECIAL_WORD, SPECIAL_WORD_UPPER]) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(flat)) !== null) {
      out.push({ start: m.index, end: m.index + m[0].length, kind: kindOf(m[1]!), episodes: [], decimal: null });
    }
  }
  return out.sort((x, y) => x.start - y.start);
}
