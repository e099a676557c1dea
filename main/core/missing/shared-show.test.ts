import { expect, test } from 'vitest';
import type { ShowMember } from '../db/repos/matches';
import { ownShare, sharedShows } from './shared-show';

const member = (seriesId: number, show: string, seasonHint: number | null, seasons: number[], holdsSpecials = false): ShowMember => ({ seriesId, show, seasonHint, seasons, holdsSpecials });
const share = (seasons: number[], holdsSpecials: boolean, heldElsewhere: number[], listsTheRest: boolean) => ({ seasons: new Set(seasons), holdsSpecials, heldElsewhere: new Set(heldElsewhere), listsTheRest });
const episode = (season: number, special = false) => ({ season, special });

test('a show alone in the library shares nothing', () => {
  expect(sharedShows([member(1, 'tmdb:1396', 1, [1]), member(2, 'tmdb:60059', 2, [2])]).size).toBe(0);
});

test("the seasons no folder holds go to the show's own folder, else to the lowest season's pack", () => {
  const packs = sharedShows([member(7, 'tmdb:1396', 2, [2]), member(3, 'tmdb:1396', 1, [1]), member(9, 'tmdb:1396', 4, [4])]);
  expect([...packs].map(([id, s]) => [id, [...s.seasons], [...s.heldElsewhere].sort(), s.listsTheRest])).toEqual([
    [7, [2], [1, 4], false],
    [3, [1], [2, 4], true],
    [9, [4], [1, 2], false],
  ]);
  const withShowFolder = sharedShows([member(3, 'tmdb:1396', 1, [1]), member(8, 'tmdb:1396', null, [1, 2])]);
  expect(withShowFolder.get(8)!.listsTheRest).toBe(true);
  expect(withShowFolder.get(3)!.listsTheRest).toBe(false);
});

test('a series answers for the seasons it holds; the one that lists the rest also for seasons held nowhere, and the specials', () => {
  const expected = [episode(1), episode(2), episode(3), episode(0, true)];
  expect(ownShare(expected, share([1], false, [2], true))).toEqual([episode(1), episode(3), episode(0, true)]);
  expect(ownShare(expected, share([2], false, [1], false))).toEqual([episode(2)]);
  // Its own special file: the specials are its to list too.
  expect(ownShare(expected, share([1], true, [2], false))).toEqual([episode(1), episode(0, true)]);
});
