import type { AniListMedia } from '../anilist/types';
import type { TmdbClient } from '../tmdb/client';
import type { TmdbSearchResult } from '../tmdb/types';
import { normalizeTitle } from '../../util/normalize-title';

/** TMDB's genre id for animation. */
const ANIMATION = 16;
/** AniList formats TMDB lists as TV shows; a movie or an OVA has no TMDB show to borrow from. */
const SHOW_FORMATS = new Set(['TV', 'TV_SHORT', 'ONA']);

/**
 * The TMDB show that is the same series as an AniList entry, or null. AniList has covers and
 * banners but no fanart and no logos; with the TMDB id beside the AniList one, the artwork stage
 * takes those from TMDB, as Shoko and Jellyfin users get them. Strict on purpose: a wrong show
 * would put another series' fanart in the user's folder. So the show must spell one of the entry's
 * own titles, have begun the same year, be animation, and be the only one that does; anything
 * less leaves the match without it.
 */
export async function findTmdbCompanion(tmdb: TmdbClient, media: AniListMedia, options: { signal?: AbortSignal } = {}): Promise<number | null> {
  const year = media.startDate?.year ?? media.seasonYear;
  if (!year || !media.format || !SHOW_FORMATS.has(media.format)) return null;
  // The entry's own titles, not its synonyms: "AoT" or "Frieren" could name another show.
  const titles = new Set([media.title.english, media.title.romaji, media.title.native].filter(isText).map(normalizeTitle).filter((t) => t !== ''));
  // English first: TMDB's own name for most anime; the romaji title finds the rest. One request
  // each at most, cached like every search: only shows of that year can be the same show.
  const queries = [...new Set([media.title.english, media.title.romaji].filter(isText))];
  for (const query of queries) {
    const fits = (await tmdb.searchTvInYear(query, year, options)).filter((show) => isSameShow(show, titles, year));
    if (fits.length === 1) return fits[0]!.id;
    if (fits.length > 1) return null;
  }
  return null;
}

function isText(title: string | null | undefined): title is string {
  return !!title && title.trim() !== '';
}

function isSameShow(show: TmdbSearchResult, titles: ReadonlySet<string>, year: number): boolean {
  return (
    Number(show.first_air_date?.slice(0, 4)) === year &&
    (show.genre_ids ?? []).includes(ANIMATION) &&
    [show.name, show.original_name].some((name) => !!name && titles.has(normalizeTitle(name)))
  );
}
