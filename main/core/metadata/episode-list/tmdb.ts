import type { EpisodeListInput, ProviderEpisodeInput } from '../../db/repos/provider-episodes';
import type { ProviderEpisodeKind } from '../../db/schema';
import type { TmdbCastMember } from '../tmdb/types';
import { castFromTmdb } from '../cast';
import { seasonNamesFromTmdb } from '../season-names';
import { providerTitle } from './placeholder-title';
import { nextRefreshAt } from './refresh';

/** The parts of TMDB v3 `tv/{id}` an episode list needs. */
export interface TmdbShow {
  id: number;
  status: string | null;
  number_of_episodes: number | null;
  episode_run_time?: number[];
  next_episode_to_air: { air_date: string | null; episode_number: number; season_number: number } | null;
  seasons: Array<{ season_number: number; episode_count: number; name?: string | null }>;
  aggregate_credits?: { cast: TmdbCastMember[] };
}

/** The parts of TMDB v3 `tv/{id}/season/{n}`. */
export interface TmdbSeason {
  season_number: number;
  episodes: Array<{
    id?: number;
    episode_number: number;
    season_number: number;
    name: string | null;
    overview: string | null;
    air_date: string | null;
    runtime: number | null;
    episode_type?: string;
    still_path: string | null;
  }>;
}

// Season 0 holds real specials beside recaps, trailers and making-ofs that no one collects.
const NOT_AN_EPISODE = /\b(trailer|teaser|promo|preview|recap|making[ -]of|behind the scenes|credits?|opening|ending|commercial|pv|cm)\b/i;

/** Storage rows for a TMDB series: its own seasons and numbering, their names, and its cast. `imageBase` is /configuration's. */
export function tmdbEpisodeList(seriesId: number, show: TmdbShow, seasons: readonly TmdbSeason[], fetchedAtMs: number, imageBase: string): { list: EpisodeListInput; episodes: ProviderEpisodeInput[] } {
  const next = show.next_episode_to_air;
  return {
    list: {
      series_id: seriesId,
      provider: 'tmdb',
      provider_id: String(show.id),
      season: null,
      status: show.status,
      episode_count: show.number_of_episodes,
      episode_runtime: show.episode_run_time?.[0] ?? null,
      next_airing_episode: next?.episode_number ?? null,
      next_airing_at_ms: null,
      fetched_at_ms: fetchedAtMs,
      refresh_at_ms: nextRefreshAt({ status: show.status, next_airing_at_ms: null }, fetchedAtMs, next?.air_date ?? null),
      actors: show.aggregate_credits ? JSON.stringify(castFromTmdb(show.aggregate_credits.cast, imageBase)) : null,
      season_names: namesOrNull(seasonNamesFromTmdb(show.seasons)),
    },
    episodes: seasons.flatMap((season) =>
      season.episodes.map((e) => ({
        season: e.season_number,
        episode: e.episode_number,
        absolute: null,
        title: providerTitle(e.name),
        plot: e.overview || null,
        air_date: e.air_date || null,
        airs_at_ms: null,
        runtime: e.runtime,
        kind: kindOf(e.season_number, e.name),
        still_url: e.still_path ? `${imageBase}original${e.still_path}` : null,
        provider_episode_id: typeof e.id === 'number' ? String(e.id) : null,
      })),
    ),
  };
}

function namesOrNull(names: Record<number, string>): string | null {
  return Object.keys(names).length > 0 ? JSON.stringify(names) : null;
}

function kindOf(season: number, name: string | null): ProviderEpisodeKind {
  if (season !== 0) return 'regular';
  return name && NOT_AN_EPISODE.test(name) ? 'other' : 'special';
}
