import { expect, test } from 'vitest';
import { castFromAniList, castFromTmdb, MAX_CAST } from './cast';
import { aniListCharactersOf, tmdbCastOf } from './testing/fake-cast';

test('TMDB: in its order, the role of most episodes, full-size pictures; at most MAX_CAST people', () => {
  const cast = tmdbCastOf(1396, 'Breaking Bad', [7, 13]);
  expect(castFromTmdb([...cast].reverse(), 'https://img/t/p/')).toEqual([
    { name: 'Breaking Bad Actor 1', role: 'Breaking Bad Lead', order: 0, thumb: 'https://img/t/p/original/a1396-0.jpg' },
    { name: 'Breaking Bad Actor 2', role: 'Sidekick', order: 1, thumb: 'https://img/t/p/original/a1396-1.jpg' },
    { name: 'Breaking Bad Actor 3', role: 'Guest', order: 2, thumb: null },
  ]);
  const crowd = Array.from({ length: 40 }, (_, k) => ({ ...cast[0]!, id: k, name: `P${k}`, order: k }));
  expect(castFromTmdb(crowd, 'b/')).toHaveLength(MAX_CAST);
  expect(castFromTmdb(undefined, 'b/')).toEqual([]);
});

test('AniList: the first Japanese voice actor of each character, main ones first; an unvoiced character is left out', () => {
  const { edges } = aniListCharactersOf(154587, 'Frieren');
  expect(castFromAniList([...edges, null])).toEqual([
    { name: 'Frieren Seiyuu 1', role: 'Frieren Hero', order: 0, thumb: 'https://s4.anilist.co/file/anilistcdn/staff/large/n1545871.png' },
    { name: 'Frieren Seiyuu 2', role: 'Frieren Rival', order: 1, thumb: null },
  ]);
  expect(castFromAniList(null)).toEqual([]);
});
