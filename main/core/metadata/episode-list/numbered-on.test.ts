import { describe, expect, test } from 'vitest';
import { numberedOnOffset } from './numbered-on';

// Shingeki no Kyojin's TV chain before Final Season Part 2, nearest first: Final Season (16),
// Season 3 Part 2 (10), Season 3 (12), Season 2 (12), the first season (25).
const BEFORE_FINAL_PART_2 = [16, 10, 12, 12, 25];

describe('a sequel numbered on from its prequels', () => {
  test('a part numbered on from the part before it in the same season', () => {
    // Season 3 Part 2 (10 episodes) as "S3 - 13…22", after Season 3's 12.
    expect(numberedOnOffset(13, 22, 10, [12, 12, 25])).toBe(12);
  });

  test('a part numbered through the whole show', () => {
    expect(numberedOnOffset(76, 87, 12, BEFORE_FINAL_PART_2)).toBe(75);
  });

  test('its first episodes not there yet: the numbers still fall inside one range only', () => {
    expect(numberedOnOffset(15, 22, 10, [12, 12, 25])).toBe(12);
    expect(numberedOnOffset(80, 84, 12, BEFORE_FINAL_PART_2)).toBe(75);
  });

  test("numbers the entry's own numbering holds are its own", () => {
    expect(numberedOnOffset(5, 10, 10, [4, 12])).toBe(0);
    expect(numberedOnOffset(1, 22, 10, [12])).toBe(0);
  });

  test('numbers that follow no prequel are left as they are', () => {
    expect(numberedOnOffset(40, 45, 10, [12, 12, 25])).toBe(0);
    expect(numberedOnOffset(13, 22, 10, [])).toBe(0);
    expect(numberedOnOffset(13, 22, 0, [12])).toBe(0);
  });
});
