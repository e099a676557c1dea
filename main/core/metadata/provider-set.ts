import type { Db } from '../db/handle';
import { sqliteResponseCache } from './sqlite-cache';
import { AniListClient } from './anilist/client';
import type { MetadataConfig } from './config';
import { systemClock, type Clock } from '../util/clock';
import { ProviderHttp, providerLimiter, type ProviderHealth } from './http/provider-http';
import type { RateLimiter } from './http/rate-limiter';
import type { Providers } from './match/identify';
import { TmdbClient } from './tmdb/client';

/**
 * The provider clients of one process. The HTTP layers (limiters, pauses, breakers) live as long
 * as the process so every caller shares one budget; the clients follow the settings.
 */
export class ProviderSet {
  readonly anilistHttp: ProviderHttp;
  readonly tmdbHttp: ProviderHttp;
  /**
   * The budgets of the providers' image CDNs (s4.anilist.co, image.tmdb.org), as large as their
   * APIs' but counted apart: the API limits count API requests, so a download counted there
   * would hold identification back by one request for each image without protecting anything.
   */
  readonly downloads: Record<'anilist' | 'tmdb', RateLimiter>;
  private current: { config: MetadataConfig; providers: Providers } | null = null;

  constructor(
    private readonly db: Db,
    config: MetadataConfig,
    private readonly clock: Clock = systemClock,
  ) {
    this.anilistHttp = new ProviderHttp({ label: 'AniList', perMinute: config.anilistPerMin, clock });
    this.tmdbHttp = new ProviderHttp({ label: 'TMDB', perMinute: config.tmdbPerMin, clock });
    this.downloads = { anilist: providerLimiter(config.anilistPerMin, clock), tmdb: providerLimiter(config.tmdbPerMin, clock) };
    this.configure(config);
  }

  configure(config: MetadataConfig): Providers {
    const cache = sqliteResponseCache(this.db, () => this.clock.now());
    const providers: Providers = {
      anilist: config.anilistEnabled ? new AniListClient({ http: this.anilistHttp, url: config.anilistUrl, cache }) : null,
      tmdb: config.tmdbEnabled && config.tmdbKey ? new TmdbClient({ http: this.tmdbHttp, url: config.tmdbUrl, key: config.tmdbKey, cache }) : null,
    };
    this.current = { config, providers };
    return providers;
  }

  get providers(): Providers {
    return this.current!.providers;
  }

  get config(): MetadataConfig {
    return this.current!.config;
  }

  health(): ProviderHealth[] {
    const out = [];
    if (this.current?.providers.anilist) out.push(this.anilistHttp.health());
    if (this.current?.providers.tmdb) out.push(this.tmdbHttp.health());
    return out;
  }
}
