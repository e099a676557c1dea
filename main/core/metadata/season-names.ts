/**
 * TMDB's stand-in for a season with no name of its own: "Season 2" in the asked language
 * ("Saison 2", "Staffel 2", "シーズン2", "第 2 季"…). Kodi shows those itself, so only a real name
 * ("The Final Season", "Entertainment District Arc") is worth a <namedseason>.
 */
const NUMBERED_SEASON = /^(?:(?:season|saison|staffel|temporada|stagione|seizoen|sezon|сезон|säsong|sæson|sesong|kausi|évad|シーズン|시즌)\s*\d{1,4}|\d{1,4}\.?\s*(?:season|saison|staffel|temporada|évad|sezon)|第\s*\d{1,4}\s*[季期])$/i;
// What an AniList sequel adds to its show's title without naming anything: "2nd Season",
// "Second Season", "S2", "II", "2", "(TV)".
const ORDINAL_SEASON = /^(?:(?:\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+season|s\d{1,2}|\d{1,3}|[ivx]{1,5}|\(tv\))$/i;

export function isNumberedSeasonName(name: string): boolean {
  const trimmed = name.trim();
  return NUMBERED_SEASON.test(trimmed) || ORDINAL_SEASON.test(trimmed);
}

// Between a show's title and what its sequel adds: "Kimetsu no Yaiba: Yuukaku-hen", "Yuru Camp△ 2".
const LEADING_MARKS = /^[\s\p{P}\p{S}]+/u;
const TRAILING_JOINERS = /[\s:：\-–—~・|]+$/;

/**
 * A season's name from the title of the AniList entry matched to it: what that title adds to the
 * show's ("Kimetsu no Yaiba: Yuukaku-hen" → "Yuukaku-hen"), or the whole title when it is not the
 * show's title and more ("Nisemonogatari" as the second season of "Bakemonogatari"). Null when
 * it adds only a number ("2nd Season", "II") or nothing.
 */
export function seasonNameFromEntryTitle(showTitle: string, entryTitle: string): string | null {
  const show = showTitle.trim();
  const entry = entryTitle.trim();
  const addsToShow = entry.length > show.length && entry.toLowerCase().startsWith(show.toLowerCase());
  const rest = addsToShow ? entry.slice(show.length) : entry;
  const name = (addsToShow ? rest.replace(LEADING_MARKS, '') : rest).replace(TRAILING_JOINERS, '').trim();
  if (name === '' || name.toLowerCase() === show.toLowerCase() || isNumberedSeasonName(name) || isNumberedSeasonName(rest)) return null;
  return name;
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
