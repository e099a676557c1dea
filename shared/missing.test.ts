import { expect, test } from 'vitest';
import { numberRuns } from './missing';

test('missing episode numbers read as runs: three or more in a row become a range', () => {
  expect(numberRuns([3, 5, 7, 9])).toBe('3, 5, 7, 9');
  expect(numberRuns([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13])).toBe('1–13');
  expect(numberRuns([2, 3, 8, 9, 10, 11, 12, 20])).toBe('2, 3, 8–12, 20');
  expect(numberRuns([12, 10, 11, 10])).toBe('10–12');
  expect(numberRuns([4])).toBe('4');
  expect(numberRuns([])).toBe('');
});
