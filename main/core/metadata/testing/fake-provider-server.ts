import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { AniListMedia } from '../anilist/types';
import { airingScheduleOf, tmdbSeasonOf, type FakeAniListMedia, type FakeTmdbShow } from './fake-episodes';
import { aniListCharactersOf } from './fake-cast';
import { fakeImage } from './fake-images';
import { rankByTitle } from './fake-search';

export type FakeTarget = 'anilist' | 'tmdb';

/** A fault the next matching request gets instead of (or before) its answer. */
export type Fault =
  | { kind: 'status'; status: number; retryAfter?: string }
  | { kind: 'slow'; ms: number }
  | { kind: 'malformed' }
  | { kind: 'graphql-errors'; message: string; status?: number }
  | { kind: 'reset' };

export interface FakeProviderOptions {
  anilist?: readonly FakeAniListMedia[];
  tmdb?: readonly FakeTmdbShow[];
  /** Requests per sliding minute each service accepts before it answers 429 (unset: no limit). */
  budgetPerMinute?: { anilist?: number; tmdb?: number };
  /**
   * A burst limiter on top of the budget, as AniList has: at most budget × burstMs / 60 s
   * requests in any burstMs (unset: none).
   */
  burstMs?: number;
  /** When set, TMDB wants this v3 key (api_key) or v4 token (bearer). */
  tmdbKey?: string;
  /** AniList refuses queries asking for both scoring and detail fields, like its complexity limit. */
  rejectHeavyQueries?: boolean;
  /** AniList refuses, the same way, any query asking for the characters (the cast). */
  rejectCastQueries?: boolean;
  /** When set, AniList covers point at this server's /img/ (as a CDN would serve them) and get these bytes. */
  covers?: Uint8Array;
  now?: () => number;
}

export interface RecordedRequest {
  target: FakeTarget;
  path: string;
  at: number;
  status: number;
  /** GraphQL variables, or the query-string parameters without credentials. */
  params: Record<string, unknown>;
  /** AniList: what the GraphQL query asked for ('episodes' for an episode list, else 'media'). */
  asks?: 'episodes' | 'media';
}

/**
 * AniList (POST /anilist, GraphQL) and TMDB v3 (GET /tmdb/3/…) on 127.0.0.1, answering in their
 * real shapes: search pages, Media (with its airingSchedule and characters when asked), tv/{id}
 * with external_ids, images, aggregate_credits and content_ratings, tv/{id}/season/{n}, /configuration, 401,
 * 404, 429 with Retry-After and a lying X-RateLimit-Limit, 5xx, slow and malformed answers; and
 * the two image CDNs under /images/ (see fake-images.ts), which /configuration and AniList's
 * image links point at.
 */
export class FakeProviderServer {
  readonly requests: RecordedRequest[] = [];
  /** Paths of the image requests (the CDNs under /images/), in order. */
  readonly imageRequests: string[] = [];
  /** While true, the image CDNs drop every connection (a network loss). */
  imagesDown = false;
  /** Requests refused because they broke the budget (a client that honours it keeps this at 0). */
  budgetRefusals = 0;
  private readonly faults: Array<{ target: FakeTarget | 'any'; fault: Fault }> = [];
  private holdFrom: number | null = null;
  private readonly heldRequests: Array<() => void> = [];
  private readonly accepted: Record<FakeTarget, number[]> = { anilist: [], tmdb: [] };
  private server: http.Server | null = null;
  private port = 0;
  private readonly now: () => number;

  constructor(private readonly options: FakeProviderOptions) {
    this.now = options.now ?? Date.now;
  }

  get anilistUrl(): string {
    return `http://127.0.0.1:${this.port}/anilist`;
  }

  /** Where this server serves images (its own origin, standing in for the providers' CDNs). */
  get imageBase(): string {
    return `http://127.0.0.1:${this.port}/img`;
  }

  get tmdbUrl(): string {
    return `http://127.0.0.1:${this.port}/tmdb/3`;
  }

  /** Where the fake CDNs serve AniList's (s4.anilist.co) and TMDB's (image.tmdb.org) images. */
  get imagesUrl(): string {
    return `http://127.0.0.1:${this.port}/images`;
  }

  /** Answers the next `n` requests, then holds every later one unanswered until `release()`. */
  holdAfter(n: number): void {
    this.holdFrom = this.requests.length + n;
  }

  /** Requests held unanswered now. */
  get held(): number {
    return this.heldRequests.length;
  }

  release(): void {
    this.holdFrom = null;
    for (const resume of this.heldRequests.splice(0)) resume();
  }

  /** Queues a fault for the next request to `target` (each fault is used once). */
  inject(target: FakeTarget | 'any', ...faults: Fault[]): void {
    for (const fault of faults) this.faults.push({ target, fault });
  }

  async start(): Promise<this> {
    this.server = http.createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  async close(): Promise<void> {
    this.release();
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const target: FakeTarget | null = url.pathname.startsWith('/anilist') ? 'anilist' : url.pathname.startsWith('/tmdb/3') ? 'tmdb' : null;
    const body = await readBody(req);
    if (!target && url.pathname.startsWith('/images/')) return this.image(url.pathname, req, res);
    if (url.pathname.startsWith('/img/') && this.options.covers) {
      this.requests.push({ target: 'anilist', path: url.pathname, at: this.now(), status: 200, params: {} });
      res.writeHead(200, { 'content-type': 'image/jpeg', 'content-length': String(this.options.covers.byteLength) });
      return void res.end(this.options.covers);
    }
    if (!target) return send(res, 404, { message: 'Not Found' });
    const params = target === 'anilist' ? parseGraphQl(body).variables : Object.fromEntries([...url.searchParams].filter(([k]) => k !== 'api_key'));
    const record: RecordedRequest = { target, path: url.pathname, at: this.now(), status: 0, params };
    if (target === 'anilist') record.asks = /airingSchedule/.test(parseGraphQl(body).query) ? 'episodes' : 'media';
    this.requests.push(record);
    if (this.holdFrom !== null && this.requests.length > this.holdFrom) await new Promise<void>((resume) => this.heldRequests.push(resume));
    const reply = (status: number, json: unknown, headers: Record<string, string> = {}) => {
      record.status = status;
      send(res, status, json, headers);
    };

    const budget = this.options.budgetPerMinute?.[target];
    if (budget !== undefined) {
      const window = this.accepted[target];
      while (window.length > 0 && record.at - window[0]! >= 60_000) window.shift();
      if (window.length >= budget) {
        this.budgetRefusals++;
        const wait = Math.max(1, Math.ceil((window[0]! + 60_000 - record.at) / 1000));
        return reply(429, tooMany(target), { 'retry-after': String(wait), 'x-ratelimit-limit': '90', 'x-ratelimit-remaining': '0' });
      }
      const burstMs = this.options.burstMs;
      const burst = burstMs === undefined ? 0 : Math.ceil((budget * burstMs) / 60_000);
      const nth = window[window.length - burst];
      if (burstMs !== undefined && nth !== undefined && record.at - nth < burstMs) {
        this.budgetRefusals++;
        const wait = Math.max(1, Math.ceil((nth + burstMs - record.at) / 1000));
        return reply(429, tooMany(target), { 'retry-after': String(wait), 'x-ratelimit-limit': '90', 'x-ratelimit-remaining': '0' });
      }
      window.push(record.at);
    }

    const i = this.faults.findIndex((f) => f.target === target || f.target === 'any');
    const fault = i >= 0 ? this.faults.splice(i, 1)[0]!.fault : null;
    if (fault?.kind === 'slow') await new Promise((r) => setTimeout(r, fault.ms));
    if (fault?.kind === 'reset') return void req.socket.destroy();
    if (fault?.kind === 'status') {
      const headers: Record<string, string> = fault.retryAfter !== undefined ? { 'retry-after': fault.retryAfter } : {};
      return reply(fault.status, fault.status === 429 ? tooMany(target) : { message: 'Internal Server Error' }, headers);
    }
    if (fault?.kind === 'malformed') {
      record.status = 200;
      res.writeHead(200, { 'content-type': 'application/json' });
      return void res.end('{"data": {"Page": {"media": [');
    }
    if (fault?.kind === 'graphql-errors') {
      return reply(fault.status ?? 400, { errors: [{ message: fault.message, status: fault.status ?? 400, locations: [{ line: 1, column: 1 }] }], data: null });
    }
    if (target === 'anilist') return this.anilist(body, (status, json, headers) => reply(status, this.localImages(json), headers));
    return this.tmdb(url, req, reply);
  }

  private async image(pathname: string, req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    this.imageRequests.push(pathname);
    if (this.imagesDown) return void req.socket.destroy();
    const image = await fakeImage(pathname);
    if (!image) return send(res, 404, { message: 'Not Found' });
    res.writeHead(200, { 'content-type': image.type, 'content-length': String(image.body.byteLength) });
    res.end(image.body);
  }

  /** AniList's image links point at the fake CDN. */
  private localImages(json: unknown): unknown {
    return JSON.parse(JSON.stringify(json).replaceAll('https://s4.anilist.co/', `${this.imagesUrl}/anilist/`));
  }

  private anilist(body: string, reply: Reply): void {
    const { query, variables } = parseGraphQl(body);
    const media = this.options.anilist ?? [];
    const heavy = /description/.test(query) && /relations/.test(query);
    if ((this.options.rejectHeavyQueries && heavy && /\bPage\s*[({]/.test(query)) || (this.options.rejectCastQueries && /characters/.test(query))) {
      return reply(400, { errors: [{ message: 'Max query complexity of 500 exceeded.', status: 400, locations: [{ line: 1, column: 1 }] }], data: null });
    }
    const shape = (m: FakeAniListMedia) => {
      const { airingSchedule: _schedule, ...entry } = m;
      if (/airingSchedule/.test(query)) {
        const cast = /characters/.test(query) ? { characters: aniListCharactersOf(m.id, m.title.romaji ?? String(m.id)) } : {};
        // As GraphQL answers: the title only when the episode-list query selects it.
        const { title, ...untitled } = scoringOnly(entry);
        return { ...(/\btitle\s*\{/.test(query) ? { title } : {}), ...untitled, airingSchedule: airingScheduleOf(m, this.now()), ...cast };
      }
      return /description/.test(query) ? (/relations/.test(query) ? this.withCovers(entry) : detailsOnly(entry)) : scoringOnly(this.withCovers(entry));
    };
    if (/\bPage\s*[({]/.test(query)) {
      const perPage = Number(variables.perPage ?? 10);
      const found = Array.isArray(variables.ids)
        ? media.filter((m) => (variables.ids as number[]).includes(m.id))
        : rankByTitle(media, (m) => [m.title.romaji, m.title.english, m.title.native, ...m.synonyms].filter((t): t is string => !!t), String(variables.search ?? ''), perPage);
      return reply(200, { data: { Page: { pageInfo: { total: found.length, perPage, currentPage: 1, lastPage: 1, hasNextPage: false }, media: found.map(shape) } } });
    }
    const one = variables.idMal !== undefined ? media.find((m) => m.idMal === Number(variables.idMal)) : media.find((m) => m.id === Number(variables.id));
    if (!one) return reply(404, { errors: [{ message: 'Not Found.', status: 404, locations: [{ line: 2, column: 3 }] }], data: { Media: null } });
    return reply(200, { data: { Media: shape(one) } });
  }

  private withCovers(m: AniListMedia): AniListMedia {
    if (!this.options.covers || !m.coverImage) return m;
    const local = (u: string | null | undefined) => (u ? `${this.imageBase}/anilist/${u.split('/').slice(-2).join('/')}` : u);
    return { ...m, coverImage: { ...m.coverImage, extraLarge: local(m.coverImage.extraLarge), large: local(m.coverImage.large), medium: local(m.coverImage.medium) } as AniListMedia['coverImage'] };
  }

  private tmdb(url: URL, req: http.IncomingMessage, reply: Reply): void {
    const key = this.options.tmdbKey;
    if (key !== undefined && url.searchParams.get('api_key') !== key && req.headers.authorization !== `Bearer ${key}`) {
      return reply(401, { success: false, status_code: 7, status_message: 'Invalid API key: You must be granted a valid key.' });
    }
    const shows = this.options.tmdb ?? [];
    const path = url.pathname.slice('/tmdb/3'.length);
    if (path === '/configuration') {
      return reply(200, {
        images: { base_url: `${this.imagesUrl}/tmdb/t/p/`, secure_base_url: `${this.imagesUrl}/tmdb/t/p/`, poster_sizes: ['w92', 'w185', 'w500', 'original'], backdrop_sizes: ['w300', 'w1280', 'original'], logo_sizes: ['w185', 'w500', 'original'] },
        change_keys: ['name', 'overview'],
      });
    }
    if (path === '/search/tv') {
      const year = url.searchParams.get('first_air_date_year');
      const pool = year ? shows.filter((s) => s.search.first_air_date.startsWith(year)) : shows;
      const results = rankByTitle(pool, (s) => [s.search.name, s.search.original_name], url.searchParams.get('query') ?? '', 20).map((s) => s.search);
      return reply(200, { page: 1, results, total_pages: 1, total_results: results.length });
    }
    const season = /^\/tv\/(\d+)\/season\/(\d+)$/.exec(path);
    if (season) {
      const found = shows.find((s) => s.details.id === Number(season[1]));
      const body = found ? tmdbSeasonOf(found, Number(season[2])) : null;
      if (!body) return reply(404, { success: false, status_code: 34, status_message: 'The resource you requested could not be found.' });
      return reply(200, body);
    }
    const find = /^\/find\/([^/]+)$/.exec(path);
    if (find) {
      // TMDB's /find answers 200 with empty lists when it knows nothing; a bad source is a 400.
      const source = url.searchParams.get('external_source');
      if (source !== 'tvdb_id' && source !== 'imdb_id') return reply(400, { success: false, status_code: 5, status_message: 'Invalid parameters: Your request parameters are incorrect.' });
      const wanted = decodeURIComponent(find[1]!);
      const hits = shows.filter((s) => (source === 'tvdb_id' ? String(s.details.external_ids?.tvdb_id ?? '') === wanted : s.details.external_ids?.imdb_id === wanted));
      return reply(200, { movie_results: [], person_results: [], tv_results: hits.map((s) => ({ ...s.search, media_type: 'tv' })), tv_episode_results: [], tv_season_results: [] });
    }
    const tv = /^\/tv\/(\d+)$/.exec(path);
    const show = tv ? shows.find((s) => s.details.id === Number(tv[1])) : undefined;
    if (!show) return reply(404, { success: false, status_code: 34, status_message: 'The resource you requested could not be found.' });
    const append = (url.searchParams.get('append_to_response') ?? '').split(',');
    const { external_ids, images, aggregate_credits, content_ratings, ...rest } = show.details;
    return reply(200, {
      ...rest,
      ...(append.includes('external_ids') ? { external_ids } : {}),
      ...(append.includes('images') ? { images } : {}),
      ...(append.includes('aggregate_credits') ? { aggregate_credits: aggregate_credits ?? { cast: [] } } : {}),
      ...(append.includes('content_ratings') ? { content_ratings: content_ratings ?? { results: [] } } : {}),
    });
  }
}

type Reply = (status: number, json: unknown, headers?: Record<string, string>) => void;

function scoringOnly(m: AniListMedia): Partial<AniListMedia> {
  const { description: _d, genres: _g, tags: _t, averageScore: _a, studios: _s, bannerImage: _b, ...rest } = m;
  return rest;
}

function detailsOnly(m: AniListMedia): Partial<AniListMedia> {
  return { id: m.id, description: m.description, genres: m.genres, tags: m.tags, averageScore: m.averageScore, studios: m.studios, bannerImage: m.bannerImage };
}

function tooMany(target: FakeTarget): unknown {
  return target === 'anilist'
    ? { errors: [{ message: 'Too Many Requests.', status: 429 }], data: null }
    : { success: false, status_code: 25, status_message: 'Your request count (41) is over the allowed limit of (40).' };
}

function parseGraphQl(body: string): { query: string; variables: Record<string, unknown> } {
  try {
    const parsed = JSON.parse(body) as { query?: unknown; variables?: unknown };
    return { query: String(parsed.query ?? ''), variables: (parsed.variables ?? {}) as Record<string, unknown> };
  } catch {
    return { query: '', variables: {} };
  }
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', () => resolve(''));
  });
}

function send(res: http.ServerResponse, status: number, json: unknown, headers: Record<string, string> = {}): void {
  if (res.destroyed) return;
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(json));
}
