import { expect, test } from 'vitest';
import { formatAirDay, numberRuns } from './missing';

test('missing episode numbers read as runs: three or more in a row become a range', () => {
  expect(numberRuns([3, 5, 7, 9])).toBe('3, 5, 7, 9');
  expect(numberRuns([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13])).toBe('1–13');
  expect(numberRuns([2, 3, 8, 9, 10, 11, 12, 20])).toBe('2, 3, 8–12, 20');
  expect(numberRuns([12, 10, 11, 10])).toBe('10–12');
  expect(numberRuns([4])).toBe('4');
  expect(numberRuns([])).toBe('');
});

test('an air day within half a year of today reads by its weekday, one further away by its year', () => {
  const now = Date.parse('2026-12-07T12:00:00Z');
  const day = (iso: string) => formatAirDay({ atMs: Date.parse(`${iso}T00:00:00Z`), dateOnly: true }, now);
  expect(day('2026-12-11')).toBe('Fri 11 Dec');
  expect(day('2026-07-01')).toBe('Wed 1 Jul');
  expect(day('2008-02-24')).toBe('24 Feb 2008');
  expect(day('2027-09-03')).toBe('3 Sept 2027');
});
