import type { AniListMedia } from '../anilist/types';
import type { TmdbShow } from './build-tmdb';

/** One airing as AniList's `airingSchedule` lists it (`timeUntilAiring` is negative once aired). */
export interface FakeAiring {
  airingAt: number;
  episode: number;
}

/** A fake AniList entry: the Media, plus the airing schedule its episode query is answered with. */
export type FakeAniListMedia = AniListMedia & { airingSchedule?: { nodes: FakeAiring[] } };

/** A TMDB episode as tv/{id}/season/{n} gives it. */
export interface FakeTmdbEpisode {
  episode_number: number;
  name: string;
  overview?: string;
  air_date: string | null;
  runtime?: number | null;
  still_path?: string | null;
}

/** A fake TMDB show: search result and details, plus the episodes of its seasons (number → episodes). */
export type FakeTmdbShow = TmdbShow & { episodes?: Record<number, FakeTmdbEpisode[]> };

/** `airingSchedule(perPage: 50) { nodes { airingAt timeUntilAiring episode } }` of an entry. */
export function airingScheduleOf(media: FakeAniListMedia, nowMs: number): { nodes: Array<FakeAiring & { timeUntilAiring: number }> } {
  const nodes = (media.airingSchedule?.nodes ?? []).slice(0, 50);
  return { nodes: nodes.map((n) => ({ airingAt: n.airingAt, timeUntilAiring: n.airingAt - Math.floor(nowMs / 1000), episode: n.episode })) };
}

/**
 * tv/{id}/season/{n} in TMDB's real shape. Shows without hand-written episodes get the
 * season's `episode_count` episodes, a week apart from the season's air date.
 */
export function tmdbSeasonOf(show: FakeTmdbShow, seasonNumber: number): unknown | null {
  const season = show.details.seasons.find((s) => s.season_number === seasonNumber);
  if (!season) return null;
  const given = show.episodes?.[seasonNumber];
  const start = season.air_date ? Date.parse(`${season.air_date}T00:00:00Z`) : null;
  const episodes: FakeTmdbEpisode[] = given ?? Array.from({ length: season.episode_count }, (_, k) => ({
    episode_number: k + 1,
    name: `Episode ${k + 1}`,
    air_date: start === null ? null : new Date(start + k * 7 * 86_400_000).toISOString().slice(0, 10),
    // As on TMDB, an aired episode has a still.
    still_path: `/e${show.details.id}-${seasonNumber}-${k + 1}.jpg`,
  }));
  return {
    _id: `5256c8${show.details.id}${seasonNumber}`,
    air_date: season.air_date,
    name: season.name,
    overview: '',
    id: season.id,
    poster_path: null,
    season_number: seasonNumber,
    vote_average: 0,
    episodes: episodes.map((e) => ({
      air_date: e.air_date,
      episode_number: e.episode_number,
      episode_type: e.episode_number === episodes.length ? 'finale' : 'standard',
      id: show.details.id * 10_000 + seasonNumber * 100 + e.episode_number,
      name: e.name,
      overview: e.overview ?? '',
      production_code: '',
      runtime: e.runtime === undefined ? 24 : e.runtime,
      season_number: seasonNumber,
      show_id: show.details.id,
      still_path: e.still_path ?? null,
      vote_average: 0,
      vote_count: 0,
      crew: [],
      guest_stars: [],
    })),
  };
}
