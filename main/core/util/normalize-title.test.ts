import { expect, test } from 'vitest';
import { normalizeTitle } from './normalize-title';

test('a title is compared folded, without a bracketed year, with a lone Greek letter read by its name', () => {
  expect(normalizeTitle('Saiki Kusuo no Ψ-nan')).toBe(normalizeTitle('Saiki Kusuo no Psi-nan'));
  expect(normalizeTitle('Macross Δ')).toBe('macross delta');
  expect(normalizeTitle('Hunter x Hunter (2011)')).toBe('hunter x hunter');
  // A Greek word stays a word: its letters are not spelled out one by one.
  expect(normalizeTitle('Οδύσσεια')).toBe('οδυσσεια');
});
