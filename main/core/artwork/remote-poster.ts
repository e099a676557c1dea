import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { loadSharp } from './load-sharp';
import { writeFileAtomic } from '../fs/atomic-write';
import { fetchImageBytes } from './fetch-image';
import { checkImage } from './image-check';
import { fetchWithinPolicy, isAllowedImageUrl, safeHost, type ImageHostPolicy } from './image-hosts';
import type { ArtworkFile } from './serve-artwork';

export type RemotePosterRefusal = 'foreign-host' | 'unavailable';

export interface RemotePostersOptions {
  dataDir: string;
  /** The hosts allowed now (they follow the provider endpoint settings). */
  policy: () => Promise<ImageHostPolicy>;
  fetch?: typeof fetch;
  log?: (message: string) => void;
}

/** Candidate thumbnails are small: the Identify dialog shows them at about 60 px wide. */
const THUMB_WIDTH = 184;
const MAX_BYTES = 15 * 1024 * 1024;
const STALL_MS = 15_000;
const MAX_PARALLEL = 4;

/**
 * Candidate posters for the Identify dialog, which the renderer's CSP keeps from loading remote
 * images. The core fetches a cover only from a known provider image host (every redirect hop
 * checked too), verifies the bytes are a whole image, shrinks it with libvips and keeps it in the
 * data dir, then serves it through the artwork route. A failure is not cached: the next view
 * tries again.
 */
export class RemotePosters {
  private readonly inFlight = new Map<string, Promise<ArtworkFile | RemotePosterRefusal>>();
  private active = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(private readonly options: RemotePostersOptions) {}

  get folder(): string {
    return path.join(this.options.dataDir, 'poster-cache');
  }

  async get(url: string): Promise<ArtworkFile | RemotePosterRefusal> {
    const policy = await this.options.policy();
    if (!isAllowedImageUrl(url, policy)) {
      this.options.log?.(`poster refused: ${safeHost(url)} is not a provider image host`);
      return 'foreign-host';
    }
    const file = path.join(this.folder, `${createHash('sha256').update(url).digest('hex')}.jpg`);
    const cached = await statFile(file);
    if (cached) return cached;
    let pending = this.inFlight.get(file);
    if (!pending) {
      pending = this.download(url, file, policy).finally(() => this.inFlight.delete(file));
      this.inFlight.set(file, pending);
    }
    return pending;
  }

  private async download(url: string, file: string, policy: ImageHostPolicy): Promise<ArtworkFile | RemotePosterRefusal> {
    await this.slot();
    try {
      const bytes = await fetchImageBytes(url, { maxBytes: MAX_BYTES, stallMs: STALL_MS, fetch: fetchWithinPolicy(policy, this.options.fetch) });
      checkImage(bytes, ['jpg', 'png', 'webp']);
      const sharp = await loadSharp();
      const thumb = await sharp(bytes, { limitInputPixels: 100_000_000 }).rotate().resize({ width: THUMB_WIDTH, withoutEnlargement: true }).jpeg({ quality: 82 }).toBuffer();
      await fs.mkdir(this.folder, { recursive: true });
      await writeFileAtomic(file, thumb);
      return (await statFile(file)) ?? 'unavailable';
    } catch (err) {
      this.options.log?.(`poster from ${safeHost(url)} not fetched: ${err instanceof Error ? err.message : String(err)}`);
      return 'unavailable';
    } finally {
      this.release();
    }
  }

  private async slot(): Promise<void> {
    if (this.active < MAX_PARALLEL) {
      this.active++;
      return;
    }
    await new Promise<void>((resolve) => this.waiting.push(resolve));
  }

  private release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.active--;
  }
}

async function statFile(file: string): Promise<ArtworkFile | null> {
  const stat = await fs.stat(file).catch(() => null);
  return stat?.isFile() && stat.size > 0 ? { path: file, contentType: 'image/jpeg', size: stat.size, mtimeMs: stat.mtimeMs } : null;
}
