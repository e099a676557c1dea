import { AnishelfError } from '../errors';
import { asImageType } from './convert-image';
import { fetchImageBytes } from './fetch-image';
import { checkImage } from './image-check';
import { fetchWithinPolicy, isAllowedImageUrl, type ImageHostPolicy } from './image-hosts';

const CONTENT_TYPES = { jpg: 'image/jpeg', png: 'image/png', webp: 'image/webp' } as const;
const MAX_PREVIEW_BYTES = 20_000_000;
const CACHE_ENTRIES = 60;

export interface ProxiedImage {
  contentType: string;
  body: Uint8Array;
}

export interface ImageProxyOptions {
  /** The hosts allowed now (the same rule as the Identify dialog's posters, see image-hosts.ts). */
  policy: () => Promise<ImageHostPolicy>;
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
    const policy = await this.options.policy();
    if (!isAllowedImageUrl(raw, policy)) throw new AnishelfError('PROXY_REFUSED', 'Only images from the providers’ image servers are shown.');
    const url = new URL(raw).href;
    let hit = this.cache.get(url);
    if (!hit) {
      hit = this.fetchChecked(url, policy);
      this.cache.set(url, hit);
      hit.catch(() => this.cache.delete(url));
      while (this.cache.size > CACHE_ENTRIES) this.cache.delete(this.cache.keys().next().value!);
    }
    return hit;
  }

  private async fetchChecked(url: string, policy: ImageHostPolicy): Promise<ProxiedImage> {
    const fetched = await fetchImageBytes(url, { maxBytes: MAX_PREVIEW_BYTES, stallMs: 15_000, fetch: fetchWithinPolicy(policy, this.options.fetch) });
    const bytes = /\.svg$/i.test(new URL(url).pathname) ? await asImageType(fetched, 'png') : fetched;
    const { type } = checkImage(bytes, ['jpg', 'png', 'webp']);
    return { contentType: CONTENT_TYPES[type], body: bytes };
  }
}
