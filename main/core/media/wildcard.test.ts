import { describe, expect, test } from 'vitest';
import { compileWildcard, wildcardSubject } from './wildcard';

const matches = (pattern: string, subject: string) => compileWildcard(pattern).matches(wildcardSubject(subject));

describe('compileWildcard', () => {
  test.each([
    ['*.avi', 'Show - 01.avi', true],
    ['*.avi', 'Show - 01.AVI', true],
    ['*.avi', 'Show - 01.avi.mkv', false],
    ['*sample*', 'Show.S01E01.SAMPLE.mkv', true],
    ['Show - 0?.mkv', 'Show - 05.mkv', true],
    ['Show - 0?.mkv', 'Show - 15.mkv', false],
    ['Show - [0-4]?.mkv', 'Show - 12.mkv', true],
    ['Show - [0-4]?.mkv', 'Show - 52.mkv', false],
    ['Show - [!0]?.mkv', 'Show - 05.mkv', false],
    ['Show - [^0]?.mkv', 'Show - 15.mkv', true],
    ['[]x]', ']', true],
    ['[SubsPlease*', '[SubsPlease] Show - 01.mkv', true],
    ['Old (2004)', 'old (2004)', true],
    ['{a,b}.mkv', '{a,b}.mkv', true],
    ['{a,b}.mkv', 'a.mkv', false],
    ['!keep.mkv', '!keep.mkv', true],
    ['**.mkv', 'a.mkv', true],
    ['*', '', true],
    ['?', '', false],
    ['', '', true],
  ])('%s against %s: %s', (pattern, subject, expected) => {
    expect(matches(pattern, subject)).toBe(expected);
  });

  test('a star or a question mark never crosses a slash; each segment of a path is matched on its own', () => {
    expect(matches('*', 'Extras/NCOP.mkv')).toBe(false);
    expect(matches('Extras/*', 'Extras/NCOP.mkv')).toBe(true);
    expect(matches('Extras/*', 'Extras/Sub/NCOP.mkv')).toBe(false);
    expect(matches('*/Extras/*', 'Show/Extras/NCOP.mkv')).toBe(true);
    expect(matches('Extras?NCOP.mkv', 'Extras/NCOP.mkv')).toBe(false);
  });

  test('a name written decomposed (as a Mac writes it) matches the same name composed, and a question mark is one character, an emoji too', () => {
    expect(matches('Pokémon*', 'Poke\u0301mon - 01.mkv')).toBe(true);
    expect(matches('Poke\u0301mon*', 'Pokémon - 01.mkv')).toBe(true);
    expect(matches('Show ?.mkv', 'Show 🎬.mkv')).toBe(true);
    expect(matches('ショー - ??.mkv', 'ショー - 01.mkv')).toBe(true);
  });

  test('many stars against a long name that almost matches end at once (a backtracking regular expression takes minutes)', () => {
    const pattern = `${'*a'.repeat(40)}*b`;
    expect(matches(pattern, `${'a'.repeat(250)}.mkv`)).toBe(false);
    expect(matches(pattern, `${'a'.repeat(250)}b`)).toBe(true);
  });
});
