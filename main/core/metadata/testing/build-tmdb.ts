import type { TmdbSearchResult, TmdbTvDetails } from '../tmdb/types';
import { tmdbCastOf } from './fake-cast';
import type { TmdbSeed } from './data/tmdb-seeds';

export interface TmdbShow {
  search: TmdbSearchResult;
  details: TmdbTvDetails;
}

const GENRE_IDS: Record<string, number> = { Drama: 18, Crime: 80, Comedy: 35, Mystery: 9648, Animation: 16, 'Sci-Fi & Fantasy': 10765, 'Action & Adventure': 10759, Western: 37, 'War & Politics': 10768 };

/** TMDB search results and tv/{id} details (with external_ids and images) from the seeds. */
export function buildTmdbShows(seeds: readonly TmdbSeed[]): TmdbShow[] {
  return seeds.map((seed) => {
    const firstAir = `${seed.year}-01-20`;
    const genres = (seed.genres ?? ['Drama']).map((name) => ({ id: GENRE_IDS[name] ?? 18, name }));
    const search: TmdbSearchResult = {
      id: seed.id,
      name: seed.name,
      original_name: seed.original ?? seed.name,
      first_air_date: firstAir,
      overview: `${seed.name} (${seed.year}).`,
      poster_path: `/p${seed.id}.jpg`,
      backdrop_path: `/b${seed.id}.jpg`,
      origin_country: [seed.country ?? 'US'],
      original_language: seed.language ?? (seed.country === 'JP' ? 'ja' : 'en'),
      genre_ids: genres.map((g) => g.id),
      popularity: 50 + (seed.id % 200),
      vote_average: 7 + (seed.id % 20) / 10,
      vote_count: 1000 + seed.id,
    };
    const details: TmdbTvDetails = {
      id: seed.id,
      name: seed.name,
      original_name: search.original_name,
      overview: search.overview,
      first_air_date: firstAir,
      last_air_date: `${seed.year + seed.seasons.length - 1}-06-01`,
      status: seed.ended ? 'Ended' : 'Returning Series',
      number_of_episodes: seed.seasons.reduce((a, b) => a + b, 0),
      number_of_seasons: seed.seasons.length,
      seasons: seed.seasons.map((count, i) => ({ id: seed.id * 100 + i + 1, season_number: i + 1, episode_count: count, name: seed.seasonNames?.[i + 1] ?? `Season ${i + 1}`, air_date: `${seed.year + i}-01-20`, poster_path: `/s${seed.id}-${i + 1}.jpg` })),
      genres,
      networks: [{ id: 1, name: seed.network ?? 'Network' }],
      production_companies: [{ id: 2, name: `${seed.network ?? 'Network'} Studios` }],
      poster_path: search.poster_path,
      backdrop_path: search.backdrop_path,
      vote_average: search.vote_average,
      vote_count: search.vote_count,
      external_ids: { imdb_id: seed.imdb ?? null, tvdb_id: seed.tvdb ?? null, wikidata_id: null },
      images: {
        posters: [{ file_path: `/p${seed.id}.jpg`, iso_639_1: 'en', width: 680, height: 1000, vote_average: 5.3 }],
        backdrops: [{ file_path: `/b${seed.id}.jpg`, iso_639_1: null, width: 1920, height: 1080, vote_average: 5.1 }],
        logos: [{ file_path: `/l${seed.id}.png`, iso_639_1: 'en', width: 800, height: 310, vote_average: 5 }],
      },
      aggregate_credits: { cast: tmdbCastOf(seed.id, seed.name, seed.seasons) },
      content_ratings: { results: Object.entries(seed.contentRatings ?? { US: 'TV-14' }).map(([country, rating]) => ({ descriptors: [], iso_3166_1: country, rating })) },
      origin_country: [seed.country ?? 'US'],
    };
    return { search, details };
  });
}
