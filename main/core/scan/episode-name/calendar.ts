import { DATE_SHORT } from './patterns';
import { digitsValue } from './digit-value';

/** A calendar date read from a name, with where it was written. */
export interface AirDate {
  start: number;
  end: number;
  /** YYYY-MM-DD */
  date: string;
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function iso(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > DAYS_IN_MONTH[month - 1]!) return null;
  if (month === 2 && day === 29 && !(year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0))) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A six-digit date (yymmdd): "At.Midnight.140722" after a title, "221208 Title ep05" before one. */
export function shortDate(token: string): string | null {
  const m = DATE_SHORT.exec(token);
  if (!m) return null;
  return iso(2000 + digitsValue(m[1]!), digitsValue(m[2]!), digitsValue(m[3]!));
}
