import { expect, test } from 'vitest';
import { chainPlacements } from './placement';

test.each([
  { name: 'each entry its own season: absolute runs on', entries: [{ season: 1, episodes: 12 }, { season: 2, episodes: 13 }, { season: 3, episodes: 12 }], placements: [[1, 0, 0], [2, 0, 12], [3, 0, 25]] },
  { name: 'two cours in one folder: season 1 continues', entries: [{ season: null, episodes: 12 }, { season: null, episodes: 12 }], placements: [[1, 0, 0], [1, 12, 12]] },
  { name: 'an airing sequel counts what has aired', entries: [{ season: 1, episodes: 24 }, { season: 2, episodes: null, airedSoFar: 7 }, { season: 3, episodes: null }], placements: [[1, 0, 0], [2, 0, 24], [3, 0, 31]] },
  { name: 'a folder of season 2 alone: its cours continue season 2', firstSeason: 2, entries: [{ season: null, episodes: 10 }, { season: null, episodes: 5 }], placements: [[2, 0, 0], [2, 10, 10]] },
  { name: 'a Part 2 numbered on from its Part 1 (12 episodes), and the cour after it', firstSeason: 3, numberedOn: 12, entries: [{ season: null, episodes: 10 }, { season: null, episodes: 16 }], placements: [[3, 12, 12], [3, 22, 22]] },
])('$name', ({ entries, placements, firstSeason, numberedOn }) => {
  expect(chainPlacements(entries, firstSeason, numberedOn).map((p) => [p.season, p.episodeOffset, p.absoluteOffset])).toEqual(placements);
});
