import { onTestFinished } from 'vitest';
import { AniListClient } from '../anilist/client';
import type { Clock } from '../../util/clock';
import { ProviderHttp } from '../http/provider-http';
import { TmdbClient } from '../tmdb/client';
import type { ResponseCache } from '../cache';
import { buildAniListMedia } from './build-anilist';
import { buildTmdbShows } from './build-tmdb';
import { ANILIST_SEEDS } from './data/anilist-seeds';
import { TMDB_SEEDS } from './data/tmdb-seeds';
import { FakeProviderServer, type FakeProviderOptions } from './fake-provider-server';

/** The fake AniList + TMDB with the hand-written entries, closed when the test ends. */
export async function startFakeProviders(options: Partial<FakeProviderOptions> = {}): Promise<FakeProviderServer> {
  const server = await new FakeProviderServer({ anilist: buildAniListMedia(ANILIST_SEEDS), tmdb: buildTmdbShows(TMDB_SEEDS), ...options }).start();
  onTestFinished(() => server.close());
  return server;
}

/** Real clients pointed at the fake server. */
export function clientsFor(server: FakeProviderServer, options: { clock?: Clock; perMinute?: number; tmdbKey?: string; cache?: ResponseCache | null; random?: () => number } = {}) {
  const common = { ...(options.clock ? { clock: options.clock } : {}), random: options.random ?? (() => 0.5), timeoutMs: 5000 };
  const anilistHttp = new ProviderHttp({ label: 'AniList', perMinute: options.perMinute ?? 600, ...common });
  const tmdbHttp = new ProviderHttp({ label: 'TMDB', perMinute: options.perMinute ?? 600, ...common });
  return {
    anilistHttp,
    tmdbHttp,
    anilist: new AniListClient({ http: anilistHttp, url: server.anilistUrl, cache: options.cache ?? null }),
    tmdb: new TmdbClient({ http: tmdbHttp, url: server.tmdbUrl, key: options.tmdbKey ?? 'key', cache: options.cache ?? null }),
  };
}
