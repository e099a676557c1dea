import { expect, test } from 'vitest';
import { aniListEpisodeList } from '../metadata/episode-list/anilist';
import { OWN_NUMBERING } from '../metadata/episode-list/placement';
import { tmdbEpisodeList } from '../metadata/episode-list/tmdb';
import { TMDB_IMAGE_BASE } from '../metadata/tmdb/client';
import { aniListMedia, FIXTURE_NOW_MS, tmdbSeasons, tmdbShow } from './fixtures/index';
import { nextRefreshAt } from '../metadata/episode-list/refresh';
import { listsDueForRefresh, markListsDue, saveEpisodeList, setRefreshAt } from '../db/repos/provider-episodes';
import { scannedSeries } from './testing';

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
  const tmdb = tmdbEpisodeList(1, tmdbShow(), tmdbSeasons(), FIXTURE_NOW_MS, TMDB_IMAGE_BASE).list;
  expect(tmdb.refresh_at_ms).toBe(Date.parse('2025-12-09T01:00:00Z'));
});

test('lists come due by their refresh time, soonest first; "refresh now" makes a series\' lists due at once', async () => {
  const { db, id, close } = await scannedSeries('Series', ['Series - 01.mkv']);
  try {
    for (const fixture of ['finished-12', 'airing'] as const) {
      const { list, episodes } = aniListEpisodeList(id, aniListMedia(fixture), OWN_NUMBERING, FIXTURE_NOW_MS);
      await saveEpisodeList(db, list, episodes);
    }
    expect(await listsDueForRefresh(db, FIXTURE_NOW_MS)).toEqual([]);
    expect((await listsDueForRefresh(db, FIXTURE_NOW_MS + DAY)).map((l) => l.provider_id)).toEqual(['21002']);
    expect((await listsDueForRefresh(db, FIXTURE_NOW_MS + 31 * DAY)).map((l) => l.provider_id)).toEqual(['21002', '21001']);
    expect(await markListsDue(db, id, FIXTURE_NOW_MS)).toBe(2);
    expect((await listsDueForRefresh(db, FIXTURE_NOW_MS)).map((l) => l.provider_id).sort()).toEqual(['21001', '21002']);
    const [due] = await listsDueForRefresh(db, FIXTURE_NOW_MS);
    await setRefreshAt(db, [due!.id], FIXTURE_NOW_MS + DAY);
    expect(await listsDueForRefresh(db, FIXTURE_NOW_MS)).toHaveLength(1);
  } finally {
    await close();
  }
});
