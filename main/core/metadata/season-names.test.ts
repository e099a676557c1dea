import { expect, test } from 'vitest';
import { isNumberedSeasonName, seasonNameFromEntryTitle, seasonNamesFromTmdb } from './season-names';

test("TMDB's numbered stand-ins, in the languages it answers in, are no season names", () => {
  for (const name of ['Season 1', 'season 12', 'Saison 2', 'Staffel 3', 'Temporada 4', 'Stagione 5', 'Seizoen 6', 'Sezon 7', 'Сезон 8', 'Säsong 9', 'シーズン1', '시즌 2', '第 2 季', '第3期', '2. évad', ' Season 3 ', '2nd Season', 'Second Season', 'II', '(TV)']) {
    expect(isNumberedSeasonName(name), name).toBe(true);
  }
  for (const name of ['The Final Season', 'Entertainment District Arc', 'Season of the Witch', 'Seasons 1-3', 'Part 2', 'Final Season']) {
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

test("a later season's AniList entry names it by what its title adds to the show's, and not by a number", () => {
  expect(seasonNameFromEntryTitle('Kimetsu no Yaiba', 'Kimetsu no Yaiba: Yuukaku-hen')).toBe('Yuukaku-hen');
  expect(seasonNameFromEntryTitle('Demon Slayer: Kimetsu no Yaiba', 'Demon Slayer: Kimetsu no Yaiba Entertainment District Arc')).toBe('Entertainment District Arc');
  expect(seasonNameFromEntryTitle('Shingeki no Kyojin', 'Shingeki no Kyojin: The Final Season')).toBe('The Final Season');
  expect(seasonNameFromEntryTitle('Shingeki no Kyojin', 'Shingeki no Kyojin Season 3 Part 2')).toBe('Season 3 Part 2');
  expect(seasonNameFromEntryTitle('Bakemonogatari', 'Nisemonogatari')).toBe('Nisemonogatari');
  for (const [show, entry] of [['Shingeki no Kyojin', 'Shingeki no Kyojin Season 2'], ['Jujutsu Kaisen', 'Jujutsu Kaisen 2nd Season'], ['Mob Psycho 100', 'Mob Psycho 100 II'], ['Overlord', 'Overlord II'], ['Yuru Camp', 'Yuru Camp△ 2'], ['Frieren', 'frieren'], ['Spy x Family', 'Spy x Family - S2']]) {
    expect(seasonNameFromEntryTitle(show!, entry!), entry).toBeNull();
  }
});
