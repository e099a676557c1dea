import { expect, test } from 'vitest';
import { candidateFacts } from './candidate-facts';

test("a candidate's facts: one episode is singular, unknown facts are left out", () => {
  expect(candidateFacts({ year: 1998, format: 'TV', episodes: 26, provider: 'anilist' })).toBe('1998 · TV · 26 episodes · AniList');
  expect(candidateFacts({ year: 2001, format: 'MOVIE', episodes: 1, provider: 'anilist' })).toBe('2001 · MOVIE · 1 episode · AniList');
  expect(candidateFacts({ year: null, format: null, episodes: null, provider: 'tmdb' })).toBe('TMDB');
});
