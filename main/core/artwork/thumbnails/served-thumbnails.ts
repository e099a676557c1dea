import fs from 'node:fs/promises';
import { artworkVersion } from '../../media/image-check';
import type { ArtworkFile, ArtworkRefusal } from '../serve-artwork';
import { BytesLru } from './bytes-lru';

/** A thumbnail resolved from the series' poster, with the version of the poster it was made from. */
export type ResolveThumbnail = (seriesId: number, width: number) => Promise<{ thumbnail: ArtworkFile; poster: ArtworkFile } | ArtworkRefusal>;

const DEFAULT_MAX_BYTES = 32 * 1024 * 1024;

/**
 * The grid's thumbnails last served, kept in memory by series, width and poster version. A grid
 * scrolled quickly asks for hundreds a second, and each full resolve made about a dozen
 * file-system calls (the poster's real path, its header, the thumbnail's stat, its read), each a
 * hop to libuv's pool: about 1 ms of CPU per request, on the cores the window needs to draw.
 *
 * The version comes from the request (`?v=`, the poster's size and modification time as the
 * loader recorded them). An entry is only kept under the version its resolve found, so a hit
 * always returns the thumbnail of that very poster file; a replaced poster has a new version and
 * goes through the full resolve, with every check. A request without a version is never cached.
 */
export class ServedThumbnails {
  private readonly entries: BytesLru<ArtworkFile & { bytes: Buffer }>;
  private readonly maxBytes: number;
  /** Told of each thumbnail file served from memory, so the disk cache keeps it as recently used. */
  private readonly used: (file: string) => void;

  constructor(
    private readonly resolve: ResolveThumbnail,
    options: { maxBytes?: number; used?: (file: string) => void } = {},
  ) {
    this.maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
    this.entries = new BytesLru(this.maxBytes);
    this.used = options.used ?? (() => {});
  }

  async get(seriesId: number, width: number, version: string | null): Promise<ArtworkFile | ArtworkRefusal> {
    const key = `${seriesId}/${width}/${version}`;
    const hit = version === null ? undefined : this.entries.get(key);
    if (hit) {
      this.used(hit.path);
      return hit;
    }
    const found = await this.resolve(seriesId, width);
    if (typeof found === 'string') return found;
    if (version === null || artworkVersion(found.poster) !== version || found.thumbnail.size > this.maxBytes) return found.thumbnail;
    const bytes = await fs.readFile(found.thumbnail.path).catch(() => null);
    // Made but gone already (the thumbnail cache pruned it): served from its file, or refused there.
    if (bytes === null || bytes.length !== found.thumbnail.size) return found.thumbnail;
    const entry = { ...found.thumbnail, bytes };
    this.entries.set(key, entry);
    return entry;
  }
}
