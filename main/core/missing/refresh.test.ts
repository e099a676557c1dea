import { expect, test } from 'vitest';
import { aniListEpisodeList } from '../metadata/episode-list/anilist';
import { OWN_NUMBERING } from '../metadata/episode-list/placement';
import { tmdbEpisodeList } from '../metadata/episode-list/tmdb';
import { aniListMedia, FIXTURE_NOW_MS, tmdbSeasons, tmdbShow } from './fixtures/index';
import { nextRefreshAt } from './refresh';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

test.each([
  { name: 'airing, next airing within a day: an hour after it', list: { status: 'RELEASING', next_airing_at_ms: FIXTURE_NOW_MS + 5 * HOUR }, due: FIXTURE_NOW_MS + 6 * HOUR },
  { name: 'airing, next airing in four days: still daily', list: { status: 'RELEASING', next_airing_at_ms: FIXTURE_NOW_MS + 4 * DAY }, due: FIXTURE_NOW_MS + DAY },
  { name: 'airing without a known next airing: daily', list: { status: 'RELEASING', next_airing_at_ms: null }, due: FIXTURE_NOW_MS + DAY },
  { name: 'a next airing already past (stale provider data): daily', list: { status: 'RELEASING', next_airing_at_ms: FIXTURE_NOW_MS - HOUR }, due: FIXTURE_NOW_MS + DAY },
  { name: 'finished: monthly', list: { status: 'FINISHED', next_airing_at_ms: null }, due: FIXTURE_NOW_MS + 30 * DAY },
  { name: 'TMDB ended: monthly', list: { status: 'Ended', next_airing_at_ms: null }, due: FIXTURE_NOW_MS + 30 * DAY },
  { name: 'not yet released: daily', list: { status: 'NOT_YET_RELEASED', next_airing_at_ms: FIXTURE_NOW_MS + 30 * DAY }, due: FIXTURE_NOW_MS + DAY },
])('$name', ({ list, due }) => {
  expect(nextRefreshAt(list, FIXTURE_NOW_MS)).toBe(due);
});

test('stored lists carry their refresh time: the airing fixture after Friday\'s airing or daily, TMDB after today\'s date', () => {
  const airing = aniListEpisodeList(1, aniListMedia('airing'), OWN_NUMBERING, FIXTURE_NOW_MS).list;
  expect(airing.refresh_at_ms).toBe(FIXTURE_NOW_MS + DAY);
  const finished = aniListEpisodeList(1, aniListMedia('finished-12'), OWN_NUMBERING, FIXTURE_NOW_MS).list;
  expect(finished.refresh_at_ms).toBe(FIXTURE_NOW_MS + 30 * DAY);
  // Next episode dated today (Mon 8 Dec): due an hour after that day ends, before the daily refresh at noon.
  const tmdb = tmdbEpisodeList(1, tmdbShow(), tmdbSeasons(), FIXTURE_NOW_MS).list;
  expect(tmdb.refresh_at_ms).toBe(Date.parse('2025-12-09T01:00:00Z'));
});
