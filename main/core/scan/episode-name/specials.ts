import { Hint } from './hints';
import { expandRange } from './numbers';
import { SPECIAL, SPECIAL_UPPER } from './patterns';
import { skipsPos, type Skip } from './skip';
import type { SpecialKind } from './types';
import { digitsValue } from './digit-value';

export interface SpecialMarker {
  start: number;
  end: number;
  kind: SpecialKind;
  /** True when a number follows the word ("OVA 2", "NCOP1", "OVA3.5"). */
  numbered: boolean;
  /** Empty for a special without a number and for a fractional one (see `decimal`). */
  episodes: number[];
  decimal: number | null;
}

const KINDS: Readonly<Record<string, SpecialKind>> = {
  ova: 'ova', ovd: 'ova', oad: 'oad', ona: 'ona', ncop: 'ncop', nced: 'nced', special: 'special', specials: 'special',
  sp: 'special', extra: 'extra', extras: 'extra', bonus: 'extra', omake: 'extra', ex: 'extra', menu: 'extra', menus: 'extra', preview: 'preview',
  trailer: 'trailer', teaser: 'trailer', movie: 'movie', movies: 'movie', op: 'op', ed: 'ed', pv: 'pv', cm: 'cm',
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

function scan(re: RegExp, flat: string, out: SpecialMarker[]): void {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(flat)) !== null) {
    const kind = kindOf(m[1]!);
    // A film's number is part of its title ("One Piece Movie 9"), a range of films is not
    // ("Movies 8-10"); "EX" alone is just letters.
    const numbered = m[2] !== undefined && (kind !== 'movie' || m[5] !== undefined);
    if (!numbered && m[1] === 'EX') continue;
    if (out.some((o) => o.start === m!.index)) continue;
    const decimal = numbered && m[3] !== undefined ? Number(`${m[2]}.${m[3]}`) : null;
    out.push({
      start: m.index,
      end: numbered ? m.index + m[0].length : m.index + m[1]!.length,
      kind,
      numbered,
      episodes: !numbered || decimal !== null ? [] : m[5] === undefined ? [digitsValue(m[2]!)] : expandRange(digitsValue(m[2]!), digitsValue(m[5])),
      decimal,
    });
  }
}

/** Every special named in the name ("OVA", "NCOP1", "Movie", "PV"), in order. */
export function findSpecials(flat: string, hints: number): SpecialMarker[] {
  const out: SpecialMarker[] = [];
  if (!(hints & Hint.special)) return out;
  scan(SPECIAL, flat, out);
  scan(SPECIAL_UPPER, flat, out);
  return out.length > 1 ? out.sort((x, y) => x.start - y.start) : out;
}

/** The first special that carries a number and is not in a skipped part of the name. */
export function firstNumbered(specials: readonly SpecialMarker[], skip: Skip): SpecialMarker | null {
  for (const s of specials) if (s.numbered && !skipsPos(skip, s.start)) return s;
  return null;
}
