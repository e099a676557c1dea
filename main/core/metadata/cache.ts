const DAY = 24 * 60 * 60 * 1000;

/** How long a provider answer is kept: searches a week; a show a day while it airs, a month once finished. */
export const CACHE_TTL = {
  search: 7 * DAY,
  airing: DAY,
  finished: 30 * DAY,
} as const;

/**
 * Where provider answers are kept between runs (SQLite `provider_cache` in the app; see
 * db/repos/provider-cache.ts). Only successful answers are put: errors and ban bodies never.
 */
export interface ResponseCache {
  get(provider: string, key: string): Promise<unknown | undefined>;
  put(provider: string, key: string, body: unknown, ttlMs: number): Promise<void>;
}

/**
 * Looks `key` up; on a miss runs `load` and keeps its answer for `ttl(answer)` (0: not kept).
 * `fresh` skips the look-up (a refresh that is due, or one the user asked for) but still keeps the answer.
 */
export async function cached<T>(cache: ResponseCache | null, provider: string, key: string, load: () => Promise<T>, ttl: (value: T) => number, fresh = false): Promise<T> {
  if (cache && !fresh) {
    const hit = await cache.get(provider, key);
    if (hit !== undefined) return hit as T;
  }
  const value = await load();
  const ms = ttl(value);
  if (cache && ms > 0) await cache.put(provider, key, value, ms);
  return value;
}
