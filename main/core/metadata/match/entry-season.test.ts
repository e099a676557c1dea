import { expect, test } from 'vitest';
import { buildAniListMedia } from '../testing/build-anilist';
import { matchedEntrySeason } from './entry-season';

const [first, sequel] = buildAniListMedia([
  { id: 95001, romaji: 'Season Show', format: 'TV', eps: 10, year: 2021 },
  { id: 95002, romaji: 'Season Show 2nd Season', format: 'TV', eps: 10, year: 2022, prequel: 95001 },
]);

test.each([
  { name: 'a sequel entry for files of its season alone stands for that season', seasons: [2], entry: sequel, want: 2 },
  { name: 'the lowest of several later seasons', seasons: [3, 2], entry: sequel, want: 2 },
  { name: 'files with a first season keep the entry as season 1', seasons: [1, 2], entry: sequel, want: 1 },
  { name: 'files without seasons keep it as season 1', seasons: [], entry: sequel, want: 1 },
  { name: 'a first entry is never moved by files named for a later season', seasons: [2], entry: first, want: 1 },
  { name: 'an entry that could not be read stays season 1', seasons: [2], entry: null, want: 1 },
])('$name', ({ seasons, entry, want }) => {
  expect(matchedEntrySeason(seasons, entry ?? null)).toBe(want);
});
