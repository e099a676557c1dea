import type { Db } from '../db/handle';
import { getCached, putCached } from '../db/repos/provider-cache';
import type { ResponseCache } from './cache';

/** The provider clients' cache, on the `provider_cache` table. */
export function sqliteResponseCache(db: Db, now: () => number = Date.now): ResponseCache {
  return {
    get: (provider, key) => getCached(db, provider, key, now()),
    put: (provider, key, body, ttlMs) => putCached(db, provider, key, body, now(), ttlMs),
  };
}
