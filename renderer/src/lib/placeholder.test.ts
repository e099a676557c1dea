import { describe, expect, test } from 'vitest';
import { initials, titleHue } from './placeholder';

describe('placeholder', () => {
  test('initials take the first letters of the first two words', () => {
    expect(initials('Cowboy Bebop')).toBe('CB');
    expect(initials('Mushishi')).toBe('MU');
    expect(initials('steins;gate')).toBe('SG');
    expect(initials('[SubsPlease] Sousou no Frieren')).toBe('SN');
    expect(initials('葬送のフリーレン')).toBe('葬送');
    expect(initials('86 Eighty-Six')).toBe('8E');
    expect(initials('!!!')).toBe('?');
    expect(initials('')).toBe('?');
  });

  test('the hue is stable and spread', () => {
    expect(titleHue('Planetes')).toBe(titleHue('Planetes'));
    expect(titleHue('Planetes')).toBeGreaterThanOrEqual(0);
    expect(titleHue('Planetes')).toBeLessThan(360);
    const hues = new Set(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'].map(titleHue));
    expect(hues.size).toBeGreaterThan(4);
  });
});
