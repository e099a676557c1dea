import { expect, test } from 'vitest';
import { isNumberedSeasonName, seasonNamesFromTmdb } from './season-names';

test("TMDB's numbered stand-ins, in the languages it answers in, are no season names", () => {
  for (const name of ['Season 1', 'season 12', 'Saison 2', 'Staffel 3', 'Temporada 4', 'Stagione 5', 'Seizoen 6', 'Sezon 7', 'Сезон 8', 'Säsong 9', 'シーズン1', '시즌 2', '第 2 季', '第3期', '2. évad', ' Season 3 ']) {
    expect(isNumberedSeasonName(name), name).toBe(true);
  }
  for (const name of ['The Final Season', 'Entertainment District Arc', 'Season of the Witch', 'Seasons 1-3', 'Part 2', '2nd Season']) {
    expect(isNumberedSeasonName(name), name).toBe(false);
  }
});

test('only named seasons above 0 are kept, by number', () => {
  const season = (season_number: number, name: string) => ({ id: season_number, season_number, episode_count: 10, name, air_date: null });
  expect(seasonNamesFromTmdb([season(0, 'Specials'), season(1, 'Season 1'), season(2, 'Entertainment District Arc'), season(3, ''), season(4, ' Swordsmith Village Arc ')])).toEqual({
    2: 'Entertainment District Arc',
    4: 'Swordsmith Village Arc',
  });
});
