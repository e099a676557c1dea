import type { TmdbContentRating } from './tmdb/types';

/**
 * The country whose content ratings go into tvshow.nfo when the user chose none: the region of
 * the system's locale ("de-DE" → DE; a language alone, "de", → its likely region), else the US,
 * TMDB's own default.
 */
export function systemRatingCountry(locale = Intl.DateTimeFormat().resolvedOptions().locale): string {
  try {
    const region = new Intl.Locale(locale).maximize().region;
    return region && /^[A-Z]{2}$/.test(region) ? region : 'US';
  } catch {
    return 'US';
  }
}

/**
 * The show's rating for `country` as `<mpaa>` holds it: plain for the US ("TV-MA"), with the
 * country in front elsewhere ("DE-16"), as Jellyfin writes TMDB's ratings and reads them back for
 * its parental control. A show `country` has no rating for gets its US rating, else the one of its
 * country of origin; null when TMDB has none of those.
 */
export function contentRatingFromTmdb(ratings: readonly TmdbContentRating[], country: string, originCountries: readonly string[] = []): string | null {
  for (const wanted of [country, 'US', ...originCountries]) {
    const found = ratings.find((r) => r.iso_3166_1.toUpperCase() === wanted.toUpperCase() && r.rating.trim() !== '');
    if (found) return wanted.toUpperCase() === 'US' ? found.rating.trim() : `${wanted.toUpperCase()}-${found.rating.trim()}`;
  }
  return null;
}
