/**
 * The image hosts the core fetches candidate posters from: AniList's and TMDB's CDNs (https
 * only), plus the origins of the provider endpoints the user (or a test) set with
 * ANISHELF_ANILIST_URL / ANISHELF_TMDB_URL, whose mirrors serve their own images. Everything
 * else is refused before any connection: the poster route is never an open proxy.
 */
export const PROVIDER_IMAGE_HOSTS: readonly string[] = ['s4.anilist.co', 'img.anili.st', 'image.tmdb.org'];

export interface ImageHostPolicy {
  /** Exact origins (scheme, host, port) allowed besides the providers' CDNs. */
  extraOrigins: readonly string[];
}

export function imageHostPolicy(endpointUrls: readonly string[]): ImageHostPolicy {
  const extraOrigins = new Set<string>();
  for (const raw of endpointUrls) {
    try {
      const url = new URL(raw);
      if (url.protocol === 'http:' || url.protocol === 'https:') extraOrigins.add(url.origin);
    } catch {
      // A malformed override names no host.
    }
  }
  return { extraOrigins: [...extraOrigins] };
}

/** Whether `raw` may be fetched: https on a provider CDN (default port), or an endpoint's own origin. */
export function isAllowedImageUrl(raw: string, policy: ImageHostPolicy): boolean {
  if (typeof raw !== 'string' || raw.length > 2048) return false;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.username || url.password) return false;
  if (url.protocol === 'https:' && url.port === '' && PROVIDER_IMAGE_HOSTS.includes(url.hostname)) return true;
  return policy.extraOrigins.includes(url.origin);
}

/** `fetch` that refuses every hop (the first and each redirect) outside the policy: a CDN cannot bounce us inward. */
export function fetchWithinPolicy(policy: ImageHostPolicy, doFetch: typeof fetch = fetch): typeof fetch {
  return (input, init) => {
    const next = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (!isAllowedImageUrl(next, policy)) return Promise.reject(new Error(`${safeHost(next)} is not a provider image host`));
    return doFetch(input, init);
  };
}

/** The host only, for logs and messages: a URL's path and query may carry anything. */
export function safeHost(url: string): string {
  try {
    return new URL(url).host || 'an address without a host';
  } catch {
    return 'a malformed address';
  }
}
