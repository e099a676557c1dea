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
 * The show's rating for `country` as `<mpaa>` holds it, in the form Jellyfin stores TMDB's ratings
 * in and reads back for its parental control: plain for the US ("TV-MA"), the country in front
 * elsewhere ("GB-18"), and Germany's by its board ("FSK-16"). A show `country` has no rating for
 * gets its US rating, else the one of its country of origin; null when TMDB has none of those.
 */
export function contentRatingFromTmdb(ratings: readonly TmdbContentRating[], country: string, originCountries: readonly string[] = []): string | null {
  for (const wanted of [country, 'US', ...originCountries].map((c) => c.toUpperCase())) {
    const found = ratings.find((r) => r.iso_3166_1.toUpperCase() === wanted && r.rating.trim() !== '');
    if (found) return withCountry(wanted, found.rating.trim());
  }
  return null;
}

function withCountry(country: string, rating: string): string {
  if (country === 'US') return rating;
  return `${country === 'DE' ? 'FSK' : country}-${rating}`;
}
