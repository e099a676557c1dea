import { expect, test } from 'vitest';
import { openDatabase } from '../db/open';
import { listNotWanted, setNotWanted } from '../db/repos/not-wanted';
import { saveEpisodeList } from '../db/repos/provider-episodes';
import { getGlobalShowSpecials, setGlobalShowSpecials, setSeriesShowSpecials } from '../db/repos/series-settings';
import { tmdbEpisodeList } from '../metadata/episode-list/tmdb';
import { TMDB_IMAGE_BASE } from '../metadata/tmdb/client';
import { FIXTURE_NOW_MS, tmdbSeasons, tmdbShow } from './fixtures/index';
import { formatSeason } from '../../../shared/missing';
import { missingReports } from './library';
import { scannedSeries } from './testing';


test('not-wanted marks and the specials settings survive closing the database and refreshing the list', async () => {
  const files = ['Season 1/Garden of Lanterns S01E01.mkv', 'Season 1/Garden of Lanterns S01E02.mkv'];
  const first = await scannedSeries('Garden of Lanterns', files);
  const { id, dataDir } = first;
  const store = async (db: typeof first.db) => {
    const { list, episodes } = tmdbEpisodeList(id, tmdbShow(), tmdbSeasons(), FIXTURE_NOW_MS, TMDB_IMAGE_BASE);
    await saveEpisodeList(db, list, episodes);
  };
  await store(first.db);
  const now = new Date(FIXTURE_NOW_MS);
  await setNotWanted(first.db, { seriesId: id, season: 1, episode: 3 }, true, now);
  await setNotWanted(first.db, { seriesId: id, season: 1, episode: 3 }, true, now); // twice: still one mark
  await setNotWanted(first.db, { seriesId: id, season: 2, episode: null }, true, now);
  await setNotWanted(first.db, { seriesId: id, season: 1, episode: 9 }, true, now);
  await setNotWanted(first.db, { seriesId: id, season: 1, episode: 9 }, false, now);
  await setGlobalShowSpecials(first.db, true);
  await setSeriesShowSpecials(first.db, id, false);
  await first.close();

  const reopened = await openDatabase(dataDir);
  await store(reopened.db); // a refresh replaces the list, not the marks
  expect(await listNotWanted(reopened.db, id)).toEqual([
    { seriesId: id, season: 1, episode: 3 },
    { seriesId: id, season: 2, episode: null },
  ]);
  expect(await getGlobalShowSpecials(reopened.db)).toBe(true);
  const [report] = await missingReports(reopened.db, FIXTURE_NOW_MS, id);
  const { missing } = report!;
  // Season 1: 10 listed, E3 not wanted → 9 counted, 2 on disk, missing 4–10.
  expect(missing.seasons[0]).toMatchObject({ season: 1, expected: 9, have: 2, missing: [4, 5, 6, 7, 8, 9, 10], notWanted: false });
  expect(missing.seasons[1]).toMatchObject({ season: 2, expected: 0, missing: [], notWanted: true });
  expect(missing.seasons.map((s) => formatSeason(s))).toEqual(['S1 2/9, missing 4–10', 'S2 not wanted']);
  expect(missing.episodes.find((e) => e.season === 1 && e.episode === 3)).toMatchObject({ state: 'missing', notWanted: true });
  // The series' own "hide specials" wins over the global "show".
  expect(missing.specialsShown).toBe(false);
  expect(missing.missingCount).toBe(7);
  await reopened.close();
});
