import type { NameContext } from './context';
import { Hint } from './hints';
import { iso, type AirDate } from './calendar';
import { DATE_COMPACT, DATE_MDY, DATE_YMD } from './patterns';
import { spanAt } from './tokens';
import { digitsValue } from './digit-value';

function first(re: RegExp, flat: string, order: 'ymd' | 'mdy'): AirDate | null {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(flat)) !== null) {
    const a = digitsValue(m[1]!);
    const b = digitsValue(m[2]!);
    const c = digitsValue(m[3]!);
    // Some scene names write year.day.month; it is read only when the month-first order is impossible.
    const date = order === 'ymd' ? (iso(a, b, c) ?? iso(a, c, b)) : iso(c, a, b);
    if (date) return { start: m.index, end: m.index + m[0].length, date };
  }
  return null;
}

/**
 * The first calendar date in the name: 2024.01.15, 2024-01-15, 2011 04 18, 04.28.2014,
 * 20161024. A date inside brackets is not an air date but a note (Sonarr's "[2020-10-11]" after
 * SxxEyy is one).
 */
export function findAirDate(flat: string, ctx: NameContext): AirDate | null {
  if (!(ctx.hints & Hint.date)) return null;
  const candidates = [first(DATE_YMD, flat, 'ymd'), first(DATE_MDY, flat, 'mdy'), first(DATE_COMPACT, flat, 'ymd')];
  let best: AirDate | null = null;
  for (const c of candidates) {
    if (c && spanAt(ctx.spans, c.start) === null && (!best || c.start < best.start)) best = c;
  }
  return best;
}
