import { AnishelfError } from '../errors';
import { asImageType } from './convert-image';
import { fetchImageBytes } from './fetch-image';
import { checkImage } from './image-check';

/** The image hosts of the providers Anishelf talks to. */
export const PROVIDER_IMAGE_HOSTS: readonly string[] = ['image.tmdb.org', 's4.anilist.co'];

const CONTENT_TYPES = { jpg: 'image/jpeg', png: 'image/png', webp: 'image/webp' } as const;
const MAX_PREVIEW_BYTES = 20_000_000;
const CACHE_ENTRIES = 60;

export interface ProxiedImage {
  contentType: string;
  body: Uint8Array;
}

export interface ImageProxyOptions {
  /** Hosts allowed besides the providers' own (the hosts of overridden provider URLs, for tests). */
  extraHosts: () => Promise<readonly string[]>;
  fetch?: typeof fetch;
}

/**
 * Remote provider images for the renderer, whose CSP allows images only from the app itself:
 * the core fetches them, from the providers' image hosts only, checks each is a real image
 * (an SVG logo is drawn to PNG), and keeps the last few in memory. Anything else is refused.
 */
export class ImageProxy {
  private readonly cache = new Map<string, Promise<ProxiedImage>>();

  constructor(private readonly options: ImageProxyOptions) {}

  async get(raw: string): Promise<ProxiedImage> {
    const url = await this.allowed(raw);
    let hit = this.cache.get(url);
    if (!hit) {
      hit = this.fetchChecked(url);
      this.cache.set(url, hit);
      hit.catch(() => this.cache.delete(url));
      while (this.cache.size > CACHE_ENTRIES) this.cache.delete(this.cache.keys().next().value!);
    }
    return hit;
  }

  private async allowed(raw: string): Promise<string> {
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      throw new AnishelfError('PROXY_REFUSED', 'That is not an image address.');
    }
    const hosts = new Set([...PROVIDER_IMAGE_HOSTS, ...(await this.options.extraHosts())]);
    if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.username || url.password || !hosts.has(url.host)) {
      throw new AnishelfError('PROXY_REFUSED', 'Only images from the providers’ image servers are shown.');
    }
    return url.href;
  }

  private async fetchChecked(url: string): Promise<ProxiedImage> {
    const fetched = await fetchImageBytes(url, { maxBytes: MAX_PREVIEW_BYTES, stallMs: 15_000, ...(this.options.fetch ? { fetch: this.options.fetch } : {}) });
    const bytes = /\.svg$/i.test(new URL(url).pathname) ? await asImageType(fetched, 'png') : fetched;
    const { type } = checkImage(bytes, ['jpg', 'png', 'webp']);
    return { contentType: CONTENT_TYPES[type], body: bytes };
  }
}

/** The hosts (host:port) of overridden provider URLs: a local test server serves images too. */
export function hostsOf(urls: ReadonlyArray<string | undefined>): string[] {
  const out: string[] = [];
  for (const u of urls) {
    try {
      if (u) out.push(new URL(u).host);
    } catch {
      // Not a URL: nothing to allow.
    }
  }
  return out;
}
