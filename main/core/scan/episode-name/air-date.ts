import type { NameContext } from './context';
import { Hint } from './hints';
import { DATE_COMPACT, DATE_MDY, DATE_SHORT, DATE_YMD } from './patterns';
import { spanAt } from './tokens';

export interface AirDate {
  start: number;
  end: number;
  /** YYYY-MM-DD */
  date: string;
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function iso(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > DAYS_IN_MONTH[month - 1]!) return null;
  if (month === 2 && day === 29 && !(year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0))) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function first(re: RegExp, flat: string, order: 'ymd' | 'mdy'): AirDate | null {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(flat)) !== null) {
    const [a, b, c] = [Number(m[1]), Number(m[2]), Number(m[3])];
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

/** "At.Midnight.140722": a six-digit scene date, read only where a title precedes it. */
export function shortDate(token: string): string | null {
  const m = DATE_SHORT.exec(token);
  if (!m) return null;
  return iso(2000 + Number(m[1]), Number(m[2]), Number(m[3]));
}
