import type { ProviderIds } from '../../../../shared/types';
import type { TmdbTvDetails } from '../tmdb/types';

export interface TmdbSeasonMatch {
  season: number;
  /** The show's cross ids plus `tmdbSeason`, the season's number on TMDB. */
  crossIds: ProviderIds;
  /** How many episodes TMDB lists for it (null when it does not say). */
  episodes: number | null;
}

/**
 * For a folder with `Season 01`, `Season 02`… matched to one TMDB show: each local season that
 * the show lists on TMDB (TMDB keeps a show's seasons under one id, unlike AniList's one entry
 * per season). A season TMDB does not list gets no match: normal for a split the disk made.
 */
export function tmdbSeasonMatches(show: TmdbTvDetails, localSeasons: readonly number[], showIds: ProviderIds): TmdbSeasonMatch[] {
  const listed = new Map((show.seasons ?? []).filter((s) => s.season_number >= 1).map((s) => [s.season_number, s]));
  return [...new Set(localSeasons)]
    .sort((a, b) => a - b)
    .flatMap((season) => {
      const onTmdb = listed.get(season);
      return onTmdb ? [{ season, crossIds: { ...showIds, tmdbSeason: String(season) }, episodes: onTmdb.episode_count ?? null }] : [];
    });
}
