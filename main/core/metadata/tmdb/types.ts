// TMDB API v3 shapes, as far as Anishelf reads them (https://developer.themoviedb.org/reference).

export interface TmdbSearchResult {
  id: number;
  name: string;
  original_name: string;
  first_air_date: string;
  overview: string;
  poster_path: string | null;
  backdrop_path: string | null;
  origin_country: string[];
  original_language: string;
  genre_ids: number[];
  popularity: number;
  vote_average: number;
  vote_count: number;
}

export interface TmdbSearchPage {
  page: number;
  results: TmdbSearchResult[];
  total_pages: number;
  total_results: number;
}

/** /find/{external_id}: what TMDB holds under another site's id, by kind. */
export interface TmdbFindResults {
  movie_results: unknown[];
  person_results: unknown[];
  tv_results: Array<TmdbSearchResult & { media_type?: 'tv' }>;
  tv_episode_results: unknown[];
  tv_season_results: unknown[];
}

export interface TmdbImage {
  file_path: string;
  iso_639_1: string | null;
  width: number;
  height: number;
  vote_average: number;
}

export interface TmdbTvDetails {
  id: number;
  name: string;
  original_name: string;
  overview: string;
  first_air_date: string;
  last_air_date: string | null;
  status: string;
  number_of_episodes: number;
  number_of_seasons: number;
  /** Minutes; TMDB leaves it empty for many shows. */
  episode_run_time?: number[];
  next_episode_to_air?: { air_date: string | null; episode_number: number; season_number: number } | null;
  seasons: Array<{ id: number; season_number: number; episode_count: number; name: string; air_date: string | null; poster_path?: string | null }>;
  genres: Array<{ id: number; name: string }>;
  networks: Array<{ id: number; name: string }>;
  production_companies: Array<{ id: number; name: string }>;
  poster_path: string | null;
  backdrop_path: string | null;
  vote_average: number;
  vote_count: number;
  external_ids?: { imdb_id: string | null; tvdb_id: number | null; wikidata_id?: string | null };
  images?: { posters: TmdbImage[]; backdrops: TmdbImage[]; logos: TmdbImage[] };
  /** The cast over every season (append_to_response=aggregate_credits); crew left out here. */
  aggregate_credits?: { cast: TmdbCastMember[] };
  /** Each country's rating (append_to_response=content_ratings): "US" → "TV-MA", "DE" → "16". */
  content_ratings?: { results: TmdbContentRating[] };
  origin_country?: string[];
}

export interface TmdbContentRating {
  iso_3166_1: string;
  rating: string;
  descriptors?: string[];
}

/** One person of `aggregate_credits.cast`: their roles with how many episodes each. */
export interface TmdbCastMember {
  id: number;
  name: string;
  profile_path: string | null;
  roles: Array<{ credit_id: string; character: string; episode_count: number }>;
  total_episode_count: number;
  order: number;
}

export interface TmdbConfiguration {
  images: { base_url: string; secure_base_url: string; poster_sizes: string[]; backdrop_sizes: string[]; logo_sizes: string[] };
  change_keys: string[];
}

/** TMDB's error body: `{ status_code: 7, status_message: "Invalid API key…", success: false }`. */
export interface TmdbErrorBody {
  status_code: number;
  status_message: string;
  success: false;
}
