import { cached, CACHE_TTL, type ResponseCache } from '../cache';
import { ProviderError } from '../http/errors';
import type { ProviderHttp } from '../http/provider-http';
import type { TmdbSeason } from '../episode-list/tmdb';
import type { TmdbConfiguration, TmdbErrorBody, TmdbFindResults, TmdbSearchResult, TmdbSearchPage, TmdbTvDetails } from './types';

export const TMDB_URL = 'https://api.themoviedb.org/3';
/** TMDB's documented image base, for when /configuration cannot be read. */
export const TMDB_IMAGE_BASE = 'https://image.tmdb.org/t/p/';

export interface TmdbClientOptions {
  http: ProviderHttp;
  /** A v3 API key (32 hex digits, sent as `api_key`) or a v4 read token (a JWT, sent as a bearer). */
  key: string;
  url?: string;
  /** The UI language, for titles and for image languages (`<lang>,null,en`). */
  language?: string;
  cache?: ResponseCache | null;
}

/** v4 read tokens are JWTs ("eyJ…" with two dots); anything else is taken as a v3 key. */
export function tmdbAuth(key: string): { params: Record<string, string>; headers: Record<string, string> } {
  const trimmed = key.trim();
  if (/^eyJ[\w-]+\.[\w-]+\.[\w-]+$/.test(trimmed)) return { params: {}, headers: { authorization: `Bearer ${trimmed}` } };
  return { params: { api_key: trimmed }, headers: {} };
}

/** TMDB v3: TV search and details, through the shared HTTP layer and the cache. */
export class TmdbClient {
  readonly provider = 'tmdb';
  private readonly url: string;
  /** The UI language: titles, and images in it first. */
  readonly language: string;
  private readonly cache: ResponseCache | null;
  /** /configuration's image base once read: one request per client, not one per search. */
  private knownImageBase: string | null = null;

  constructor(private readonly options: TmdbClientOptions) {
    this.url = (options.url ?? TMDB_URL).replace(/\/+$/, '');
    this.language = options.language ?? 'en';
    this.cache = options.cache ?? null;
  }

  /** search/tv with first_air_date_year; when that finds nothing, again without the year. */
  async searchTv(query: string, year: number | null, options: { signal?: AbortSignal } = {}): Promise<TmdbSearchResult[]> {
    if (year !== null) {
      const withYear = await this.searchPage(query, year, options.signal);
      if (withYear.length > 0) return withYear;
    }
    return this.searchPage(query, null, options.signal);
  }

  /** search/tv for shows that began in `year` only: no second search without it. */
  searchTvInYear(query: string, year: number, options: { signal?: AbortSignal } = {}): Promise<TmdbSearchResult[]> {
    return this.searchPage(query, year, options.signal);
  }

  /** `fresh` asks TMDB again (an episode-list refresh that is due, "Refresh from provider") and keeps the new answer. */
  tv(id: number, options: { signal?: AbortSignal; fresh?: boolean } = {}): Promise<TmdbTvDetails | null> {
    const params = { append_to_response: 'external_ids,images,aggregate_credits,content_ratings', include_image_language: `${this.language},null,en`, language: this.language };
    return cached(this.cache, this.provider, `tv:${id}:${this.language}`, () => this.get<TmdbTvDetails>(`/tv/${id}`, params, options.signal), (tv) =>
      !tv ? CACHE_TTL.search : /ended|canceled/i.test(tv.status) ? CACHE_TTL.finished : CACHE_TTL.airing,
    options.fresh === true);
  }

  /** tv/{id}/season/{n}: the season's episodes with titles, plots, air dates and stills. */
  season(id: number, season: number, options: { signal?: AbortSignal; fresh?: boolean; ended?: boolean } = {}): Promise<TmdbSeason | null> {
    const key = `season:${id}:${season}:${this.language}`;
    const ttl = (s: TmdbSeason | null) => (!s ? CACHE_TTL.search : options.ended ? CACHE_TTL.finished : CACHE_TTL.airing);
    return cached(this.cache, this.provider, key, () => this.get<TmdbSeason>(`/tv/${id}/season/${season}`, { language: this.language }, options.signal), ttl, options.fresh === true);
  }

  /**
   * The TMDB show another site's id names: /find/{id}?external_source=tvdb_id|imdb_id. Null when
   * TMDB knows none (a missing cross id is normal). Cached like a search.
   */
  async findTv(source: 'tvdb' | 'imdb', externalId: string, options: { signal?: AbortSignal } = {}): Promise<number | null> {
    const id = externalId.trim();
    if (source === 'tvdb' ? !/^\d{1,10}$/.test(id) : !/^tt\d{1,10}$/i.test(id)) return null;
    const params = { external_source: `${source}_id`, language: this.language };
    const found = await cached(this.cache, this.provider, `find:${source}:${id.toLowerCase()}`, () => this.get<TmdbFindResults>(`/find/${encodeURIComponent(id)}`, params, options.signal), () => CACHE_TTL.search);
    return found?.tv_results?.[0]?.id ?? null;
  }

  /** The image base ("https://image.tmdb.org/t/p/"), from /configuration. */
  async imageBase(options: { signal?: AbortSignal } = {}): Promise<string> {
    if (this.knownImageBase !== null) return this.knownImageBase;
    const config = await cached(this.cache, this.provider, 'configuration', () => this.get<TmdbConfiguration>('/configuration', {}, options.signal), () => CACHE_TTL.finished);
    if (!config) throw new ProviderError('PROVIDER_BAD_RESPONSE', 'TMDB sent no image configuration.');
    this.knownImageBase = config.images.secure_base_url;
    return this.knownImageBase;
  }

  /**
   * The image base for search results' posters and episode stills: /configuration's, as TMDB
   * asks (a mirror serves its own images), or the documented default when it cannot be read:
   * a thumbnail link is no reason to fail an identification.
   */
  async posterBase(options: { signal?: AbortSignal } = {}): Promise<string> {
    try {
      return await this.imageBase(options);
    } catch (error) {
      if (options.signal?.aborted) throw error;
      return TMDB_IMAGE_BASE;
    }
  }

  private searchPage(query: string, year: number | null, signal?: AbortSignal): Promise<TmdbSearchResult[]> {
    const params: Record<string, string> = { query, include_adult: 'false', language: this.language, page: '1' };
    if (year !== null) params.first_air_date_year = String(year);
    const key = `search:${query.trim().toLowerCase()}:${year ?? ''}:${this.language}`;
    return cached(this.cache, this.provider, key, async () => (await this.get<TmdbSearchPage>('/search/tv', params, signal))?.results ?? [], () => CACHE_TTL.search);
  }

  private async get<T>(path: string, params: Record<string, string>, signal?: AbortSignal): Promise<T | null> {
    const auth = tmdbAuth(this.options.key);
    const search = new URLSearchParams({ ...params, ...auth.params });
    const res = await this.options.http.requestJson({ url: `${this.url}${path}?${search}`, headers: auth.headers }, signal ? { signal } : {});
    if (res.status === 404) return null;
    if (res.status === 401) throw new ProviderError('PROVIDER_AUTH', 'TMDB refused the API key; check it in Settings.', 401);
    if (res.status >= 400) {
      const message = (res.json as TmdbErrorBody | null)?.status_message ?? `HTTP ${res.status}`;
      throw new ProviderError('PROVIDER_QUERY_ERROR', `TMDB refused the request: ${String(message).slice(0, 200)}`, res.status);
    }
    return res.json as T;
  }
}
