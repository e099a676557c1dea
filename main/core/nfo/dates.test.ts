import { describe, expect, test } from 'vitest';
import { readNfoDate } from './dates';

describe('readNfoDate', () => {
  test.each([
    ['2024-01-15', '2024-01-15'],
    ['2024-1-5', '2024-01-05'],
    ['2024.01.15', '2024-01-15'],
    ['2024/01/15', '2024-01-15'],
    ['20240115', '2024-01-15'],
    ['2024-01-15 21:30:00', '2024-01-15'],
    ['2024-01-15T21:30:00Z', '2024-01-15'],
    ['15.01.2024', '2024-01-15'],
    ['15/01/2024', '2024-01-15'],
    ['01/15/2024', '2024-01-15'],
    ['15-01-2024', '2024-01-15'],
    ['03/03/2024', '2024-03-03'],
    ['January 15, 2024', '2024-01-15'],
    ['Jan 15 2024', '2024-01-15'],
    ['Sept. 2, 2023', '2023-09-02'],
    ['15 January 2024', '2024-01-15'],
    ['15th Jan 2024', '2024-01-15'],
    ['2-Feb-2024', '2024-02-02'],
    ['2024-02-29', '2024-02-29'],
  ])('%s → %s', (raw, date) => {
    expect(readNfoDate(raw)).toEqual({ ok: true, date, year: Number(date.slice(0, 4)) });
  });

  test.each(['01/02/2024', '05-06-2024'])('%s is ambiguous', (raw) => {
    expect(readNfoDate(raw)).toEqual({ ok: false, reason: 'ambiguous' });
  });

  test.each(['2023-02-29', '2024-13-01', '32/01/2024', 'soon', 'Janvier 15, 2024', '2024-01', 'Ju 5 2024'])('%s cannot be read', (raw) => {
    expect(readNfoDate(raw)).toEqual({ ok: false, reason: 'unreadable' });
  });

  test('a bare year gives a year and no date; empty and zero dates give nothing', () => {
    expect(readNfoDate('1998')).toEqual({ ok: true, date: null, year: 1998 });
    expect(readNfoDate('')).toEqual({ ok: true, date: null, year: null });
    expect(readNfoDate('0000-00-00')).toEqual({ ok: true, date: null, year: null });
  });
});
