export type DateReading =
  | { ok: true; date: string | null; year: number | null }
  | { ok: false; reason: 'ambiguous' | 'unreadable' };

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/**
 * Reads the dates tools write into NFO files as YYYY-MM-DD. Year-first forms (2024-01-15,
 * 2024.01.15, 2024/01/15, 20240115, with or without a time), day-first dotted dates
 * (15.01.2024) and month names (January 15, 2024 / 15 Jan 2024) are unambiguous. For 01/02/2024
 * the order is only known when one part is above 12. A bare year gives a year and no date.
 */
export function readNfoDate(raw: string): DateReading {
  const value = raw.trim();
  if (value === '' || /^0{4}-0{2}-0{2}/.test(value)) return { ok: true, date: null, year: null };
  let m = /^(\d{4})([-./])(\d{1,2})\2(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(value);
  if (m) return ymd(m[1]!, m[3]!, m[4]!);
  if ((m = /^(\d{4})(\d{2})(\d{2})$/.exec(value))) return ymd(m[1]!, m[2]!, m[3]!);
  if ((m = /^(\d{4})$/.exec(value))) return year(Number(m[1]));
  if ((m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(value))) return ymd(m[3]!, m[2]!, m[1]!);
  if ((m = /^(\d{1,2})[/-](\d{1,2})[/-](\d{4})$/.exec(value))) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    if (a > 12 && b <= 12) return ymd(m[3]!, m[2]!, m[1]!);
    if (b > 12 && a <= 12) return ymd(m[3]!, m[1]!, m[2]!);
    if (a === b) return ymd(m[3]!, m[1]!, m[2]!);
    return a > 12 && b > 12 ? { ok: false, reason: 'unreadable' } : { ok: false, reason: 'ambiguous' };
  }
  // "January 15, 2024", "Jan. 15 2024", "15 January 2024", "15-Jan-2024"
  if ((m = /^([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/.exec(value))) return named(m[3]!, m[1]!, m[2]!);
  if ((m = /^(\d{1,2})(?:st|nd|rd|th)?[\s-]+([A-Za-z]{3,9})\.?,?[\s-]+(\d{4})$/.exec(value))) return named(m[3]!, m[2]!, m[1]!);
  return { ok: false, reason: 'unreadable' };
}

function named(y: string, monthName: string, d: string): DateReading {
  const lower = monthName.toLowerCase();
  const index = lower.length < 3 ? -1 : MONTHS.findIndex((full) => full.startsWith(lower));
  return index < 0 ? { ok: false, reason: 'unreadable' } : ymd(y, String(index + 1), d);
}

function ymd(y: string, mo: string, d: string): DateReading {
  const [yy, mm, dd] = [Number(y), Number(mo), Number(d)];
  if (yy < 1000 || mm < 1 || mm > 12 || dd < 1 || dd > daysIn(yy, mm)) return { ok: false, reason: 'unreadable' };
  return { ok: true, date: `${yy}-${String(mm).padStart(2, '0')}-${String(dd).padStart(2, '0')}`, year: yy };
}

function year(y: number): DateReading {
  return y < 1000 ? { ok: false, reason: 'unreadable' } : { ok: true, date: null, year: y };
}

function daysIn(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}
