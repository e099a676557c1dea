
/**
 * TMDB's stand-in for a season with no name of its own: "Season 2" in the asked language
 * ("Saison 2", "Staffel 2", "シーズン2", "第 2 季"…). Kodi shows those itself, so only a real name
 * ("The Final Season", "Entertainment District Arc") is worth a <namedseason>.
 */
const NUMBERED_SEASON = /^(?:(?:season|saison|staffel|temporada|stagione|seizoen|sezon|сезон|säsong|sæson|sesong|kausi|évad|シーズン|시즌)\s*\d{1,4}|\d{1,4}\.?\s*(?:season|saison|staffel|temporada|évad|sezon)|第\s*\d{1,4}\s*[季期])$/i;

export function isNumberedSeasonName(name: string): boolean {
  return NUMBERED_SEASON.test(name.trim());
}

/**
 * The seasons TMDB gives a name of their own, by number. Season 0 is left out: Kodi calls it
 * "Specials" in the viewer's language.
 */
export function seasonNamesFromTmdb(seasons: ReadonlyArray<{ season_number: number; name?: string | null }>): Record<number, string> {
  const names: Record<number, string> = {};
  for (const season of seasons) {
    const name = season.name?.trim() ?? '';
    if (season.season_number > 0 && name !== '' && !isNumberedSeasonName(name)) names[season.season_number] = name;
  }
  return names;
}
