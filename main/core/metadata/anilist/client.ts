import { cached, CACHE_TTL, type ResponseCache } from '../cache';
import { ProviderError } from '../http/errors';
import type { ProviderHttp } from '../http/provider-http';
import { DETAILS_BY_IDS_QUERY, MEDIA_BY_ID_QUERY, MEDIA_BY_MAL_ID_QUERY, SEARCH_LIGHT_QUERY, SEARCH_QUERY } from './queries';
import type { AniListMedia, GraphQlResponse } from './types';
import { ANILIST_EPISODES_NO_CAST_QUERY, ANILIST_EPISODES_QUERY, type AniListMediaEpisodes } from '../episode-list/anilist';

export const ANILIST_URL = 'https://graphql.anilist.co';
const PER_PAGE = 10;

export interface AniListClientOptions {
  http: ProviderHttp;
  url?: string;
  cache?: ResponseCache | null;
}

/** AniList's GraphQL API: searches and single entries, through the shared HTTP layer and the cache. */
export class AniListClient {
  readonly provider = 'anilist';
  private readonly url: string;
  private readonly cache: ResponseCache | null;

  constructor(private readonly options: AniListClientOptions) {
    this.url = options.url ?? ANILIST_URL;
    this.cache = options.cache ?? null;
  }

  /** Up to ten entries for a title, AniList's best match first. */
  search(text: string, options: { signal?: AbortSignal } = {}): Promise<AniListMedia[]> {
    const key = `search:${text.trim().toLowerCase()}`;
    return cached(this.cache, this.provider, key, async () => {
      const media = await this.searchUncached(text, options.signal);
      // Each entry found is the whole entry: writing the NFO of the match then asks nothing more.
      if (this.cache) for (const m of media) await this.cache.put(this.provider, `media:${m.id}`, m, mediaTtl(m));
      return media;
    }, () => CACHE_TTL.search);
  }

  /** One entry; `fresh` asks AniList again ("Refresh from provider") and keeps the new answer. */
  byId(id: number, options: { signal?: AbortSignal; fresh?: boolean } = {}): Promise<AniListMedia | null> {
    return cached(this.cache, this.provider, `media:${id}`, () => this.single(MEDIA_BY_ID_QUERY, { id }, options.signal), mediaTtl, options.fresh === true);
  }

  byMalId(idMal: number, options: { signal?: AbortSignal } = {}): Promise<AniListMedia | null> {
    return cached(this.cache, this.provider, `mal:${idMal}`, () => this.single(MEDIA_BY_MAL_ID_QUERY, { idMal }, options.signal), mediaTtl);
  }

  /** An entry's episode facts and airing schedule; `fresh` asks AniList again (a refresh that is due). */
  episodes(id: number, options: { signal?: AbortSignal; fresh?: boolean } = {}): Promise<AniListMediaEpisodes | null> {
    const load = () => this.episodesUncached(id, options.signal);
    return cached(this.cache, this.provider, `episodes:${id}`, load, (m) => mediaTtl(m as AniListMedia | null), options.fresh === true);
  }

  private async episodesUncached(id: number, signal?: AbortSignal): Promise<AniListMediaEpisodes | null> {
    let result = await this.post<{ Media: AniListMediaEpisodes | null }>(ANILIST_EPISODES_QUERY, { id }, signal);
    if (result.kind === 'too-complex') result = await this.post<{ Media: AniListMediaEpisodes | null }>(ANILIST_EPISODES_NO_CAST_QUERY, { id }, signal);
    if (result.kind === 'not-found') return null;
    if (result.kind !== 'ok') throw toError(result);
    return result.data.Media;
  }

  private async searchUncached(search: string, signal?: AbortSignal): Promise<AniListMedia[]> {
    const full = await this.post<{ Page: { media: AniListMedia[] } }>(SEARCH_QUERY, { search, perPage: PER_PAGE }, signal);
    if (full.kind === 'ok') return full.data.Page.media;
    if (full.kind !== 'too-complex') throw toError(full);
    // Too complex for one request: the scoring fields first, then the details of those ids.
    const light = await this.post<{ Page: { media: AniListMedia[] } }>(SEARCH_LIGHT_QUERY, { search, perPage: PER_PAGE }, signal);
    if (light.kind !== 'ok') throw toError(light);
    const media = light.data.Page.media;
    if (media.length === 0) return [];
    const details = await this.post<{ Page: { media: Array<Partial<AniListMedia> & { id: number }> } }>(DETAILS_BY_IDS_QUERY, { ids: media.map((m) => m.id), perPage: PER_PAGE }, signal);
    if (details.kind !== 'ok') throw toError(details);
    const byId = new Map(details.data.Page.media.map((d) => [d.id, d]));
    return media.map((m) => ({ ...m, ...byId.get(m.id) }));
  }

  private async single(query: string, variables: Record<string, unknown>, signal?: AbortSignal): Promise<AniListMedia | null> {
    const result = await this.post<{ Media: AniListMedia | null }>(query, variables, signal);
    if (result.kind === 'not-found') return null;
    if (result.kind !== 'ok') throw toError(result);
    return result.data.Media;
  }

  private async post<T>(query: string, variables: Record<string, unknown>, signal?: AbortSignal): Promise<PostResult<T>> {
    const res = await this.options.http.requestJson(
      { url: this.url, method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) },
      signal ? { signal } : {},
    );
    const body = res.json as GraphQlResponse<T> | null;
    const errors = body?.errors ?? [];
    if (errors.some((e) => /complexity/i.test(e.message))) return { kind: 'too-complex' };
    if (errors.some((e) => e.status === 404 || /not found/i.test(e.message))) return { kind: 'not-found' };
    if (errors.length > 0 || res.status >= 400 || !body?.data) {
      const message = errors[0]?.message ?? `HTTP ${res.status}`;
      return { kind: 'error', error: new ProviderError('PROVIDER_QUERY_ERROR', `AniList refused the query: ${message.slice(0, 200)}`, res.status) };
    }
    return { kind: 'ok', data: body.data };
  }
}

type PostResult<T> = { kind: 'ok'; data: T } | { kind: 'too-complex' } | { kind: 'not-found' } | { kind: 'error'; error: ProviderError };

function toError(result: Exclude<PostResult<unknown>, { kind: 'ok' }>): ProviderError {
  if (result.kind === 'error') return result.error;
  if (result.kind === 'too-complex') return new ProviderError('PROVIDER_QUERY_ERROR', 'AniList refused the query as too complex, even split in two.');
  return new ProviderError('PROVIDER_QUERY_ERROR', 'AniList answered "not found" to a search.');
}

/** A show is kept a day while it airs (episode counts change), a month once it has finished. */
function mediaTtl(media: AniListMedia | null): number {
  if (!media) return CACHE_TTL.search;
  return media.status === 'FINISHED' || media.status === 'CANCELLED' ? CACHE_TTL.finished : CACHE_TTL.airing;
}
