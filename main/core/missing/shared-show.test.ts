import { expect, test } from 'vitest';
import { ownShare, sharedShows, type ShowMember } from './shared-show';
import type { FileNumbers } from './types';

const member = (seriesId: number, show: string, seasonHint: number | null, seasons: number[]): ShowMember => ({ seriesId, show, seasonHint, seasons });
/** Packed file numbers (see EpisodeFileNumbers): season, special, special kind, episodes, absolute. */
const files = (...entries: Array<[season: number | null, special: 0 | 1, kind: string | null]>): FileNumbers => ({
  paths: entries.map((_, i) => `/lib/f${i}.mkv`),
  numbers: entries.flatMap(([season, special, kind]) => [season, special, kind, 1, null]),
});
const episode = (season: number, special = false) => ({ season, special });

test('a show alone in the library shares nothing', () => {
  expect(sharedShows([member(1, 'tmdb:1396', 1, [1]), member(2, 'tmdb:60059', 2, [2])]).size).toBe(0);
});

test("the seasons no folder holds go to the show's own folder, else to the lowest season's pack", () => {
  const packs = sharedShows([member(7, 'tmdb:1396', 2, [2]), member(3, 'tmdb:1396', 1, [1]), member(9, 'tmdb:1396', 4, [4])]);
  expect([...packs].map(([id, s]) => [id, [...s.heldElsewhere].sort(), s.listsTheRest])).toEqual([
    [7, [1, 4], false],
    [3, [2, 4], true],
    [9, [1, 2], false],
  ]);
  const withShowFolder = sharedShows([member(3, 'tmdb:1396', 1, [1]), member(8, 'tmdb:1396', null, [1, 2])]);
  expect(withShowFolder.get(8)!.listsTheRest).toBe(true);
  expect(withShowFolder.get(3)!.listsTheRest).toBe(false);
});

test('a series answers for the seasons it holds; the one that lists the rest also for seasons held nowhere, and the specials', () => {
  const expected = [episode(1), episode(2), episode(3), episode(0, true)];
  const pack1 = files([1, 0, null], [1, 0, null], [null, 1, 'ncop']);
  expect(ownShare(expected, { heldElsewhere: new Set([2]), listsTheRest: true }, pack1)).toEqual([episode(1), episode(3), episode(0, true)]);
  expect(ownShare(expected, { heldElsewhere: new Set([1]), listsTheRest: false }, files([2, 0, null]))).toEqual([episode(2)]);
  // Its own special file: the specials are its to list too. A file without a season is season 1.
  expect(ownShare(expected, { heldElsewhere: new Set([2]), listsTheRest: false }, files([null, 0, null], [0, 1, null]))).toEqual([episode(1), episode(0, true)]);
});
