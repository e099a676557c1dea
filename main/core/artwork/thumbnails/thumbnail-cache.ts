import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { AnishelfError, errnoCode } from '../../errors';
import { Limiter } from './limiter';
import { makeThumbnail, THUMBNAIL_WIDTH } from './make-thumbnail';
import { readRegularFile } from '../../fs/regular-file';

/** One version of a poster, as the artwork resolver allowed it (its real path inside the series folder). */
export interface ThumbnailSource {
  path: string;
  size: number;
  mtimeMs: number;
}

export interface Thumbnail {
  path: string;
  contentType: 'image/jpeg';
  size: number;
  /** The poster version's mtime: with the size it makes an ETag that changes with the poster only. */
  mtimeMs: number;
}

export interface ThumbnailCacheOptions {
  /** The folder in the data dir that holds the thumbnails (never a library folder). */
  dir: string;
  /** The cache's size bound; the least recently used thumbnails go first. */
  maxBytes?: number;
  /** Thumbnails made at once. sharp runs on libuv's pool (4 threads), which file reads share. */
  concurrency?: number;
  make?: (source: Buffer, width: number) => Promise<Buffer>;
  now?: () => number;
}

export const DEFAULT_MAX_CACHE_BYTES = 256 * 1024 * 1024;
// Changes whenever thumbnails are made differently, so old ones are made again.
const format = (width: number) => `jpeg-${width}-1`;
// A hit refreshes the file's time at most this often: enough for "least recently used".
const TOUCH_AFTER_MS = 60 * 60 * 1000;
const MAX_REMEMBERED_FAILURES = 10_000;

interface Entry {
  bytes: number;
  usedAt: number;
  /** The file's time as last set: a restart reads "least recently used" from it. */
  fileAt: number;
}

/**
 * Small JPEGs of posters for the grid, kept in the data dir, one per poster version (its real path,
 * size and mtime) and width. Made lazily, on the first request for a version: only what the user scrolls to
 * is made, nothing competes with the loader, and a changed poster gets a new thumbnail while its
 * old one is deleted. Concurrent requests for one version share one job; at most `concurrency`
 * jobs run; a poster that cannot be read is remembered (per version) and not decoded again.
 */
export class ThumbnailCache {
  private readonly dir: string;
  private readonly maxBytes: number;
  private readonly limiter: Limiter;
  private readonly make: (source: Buffer, width: number) => Promise<Buffer>;
  private readonly now: () => number;
  private readonly inFlight = new Map<string, Promise<Thumbnail>>();
  private readonly failures = new Map<string, AnishelfError>();
  private index: Promise<Map<string, Entry>> | null = null;
  private loaded: Map<string, Entry> | null = null;
  private total = 0;

  constructor(options: ThumbnailCacheOptions) {
    this.dir = options.dir;
    this.maxBytes = options.maxBytes ?? DEFAULT_MAX_CACHE_BYTES;
    this.limiter = new Limiter(options.concurrency ?? 2);
    this.make = options.make ?? makeThumbnail;
    this.now = options.now ?? Date.now;
  }

  /** The thumbnail of this poster version at this width, made now if needed; rejects with THUMBNAIL_* codes. */
  get(source: ThumbnailSource, width = THUMBNAIL_WIDTH): Promise<Thumbnail> {
    const name = fileName(source, width);
    const failed = this.failures.get(name);
    if (failed) return Promise.reject(failed);
    let job = this.inFlight.get(name);
    if (!job) {
      job = this.lookUpOrMake(source, name, width).finally(() => this.inFlight.delete(name));
      this.inFlight.set(name, job);
    }
    return job;
  }

  /**
   * A thumbnail of this cache was served from memory (see ServedThumbnails): it counts as used
   * now, or the thumbnails the grid shows most would be the first dropped.
   */
  async noteUsed(file: string): Promise<void> {
    const name = path.basename(file);
    const entry = path.join(this.dir, name) === file ? this.loaded?.get(name) : undefined;
    if (!entry) return;
    entry.usedAt = this.now();
    if (entry.usedAt - entry.fileAt > TOUCH_AFTER_MS) await this.touch(file, entry);
  }

  /** Waits for the thumbnails being made (before the data dir goes away). */
  async close(): Promise<void> {
    await Promise.allSettled([...this.inFlight.values()]);
  }

  private async lookUpOrMake(source: ThumbnailSource, name: string, width: number): Promise<Thumbnail> {
    const index = await this.loadIndex();
    const file = path.join(this.dir, name);
    if (index.has(name)) {
      const stat = await fs.stat(file).catch(() => null);
      if (stat) {
        const entry = index.get(name)!;
        entry.usedAt = this.now();
        if (entry.usedAt - stat.mtimeMs > TOUCH_AFTER_MS) await this.touch(file, entry);
        return { path: file, contentType: 'image/jpeg', size: stat.size, mtimeMs: source.mtimeMs };
      }
      this.forget(index, name);
    }
    const bytes = await this.limiter.run(() => this.makeFrom(source, name, width));
    await this.store(index, name, bytes);
    return { path: file, contentType: 'image/jpeg', size: bytes.length, mtimeMs: source.mtimeMs };
  }

  private async makeFrom(source: ThumbnailSource, name: string, width: number): Promise<Buffer> {
    try {
      return await this.make(await readRegularFile(source.path), width);
    } catch (err) {
      const failure = err instanceof AnishelfError ? err : new AnishelfError('THUMBNAIL_FAILED', 'The poster could not be read to make its thumbnail.', { kind: 'internal', cause: err });
      // Only the image's own faults are remembered; a file that vanished may come back.
      if (failure.code !== 'THUMBNAIL_FAILED') {
        if (this.failures.size >= MAX_REMEMBERED_FAILURES) this.failures.clear();
        this.failures.set(name, failure);
      }
      throw failure;
    }
  }

  /** Writes by temp file + rename, drops the older versions of the same poster (at the same width), then keeps the bound. */
  private async store(index: Map<string, Entry>, name: string, bytes: Buffer): Promise<void> {
    const temp = path.join(this.dir, `.${randomBytes(6).toString('hex')}.tmp`);
    try {
      await fs.writeFile(temp, bytes);
      await fs.rename(temp, path.join(this.dir, name));
    } catch (err) {
      await fs.rm(temp, { force: true });
      throw new AnishelfError('THUMBNAIL_WRITE_FAILED', `Anishelf could not save a thumbnail in its data folder (${errnoCode(err) ?? 'error'}).`, { kind: 'internal', cause: err });
    }
    this.forget(index, name);
    index.set(name, { bytes: bytes.length, usedAt: this.now(), fileAt: this.now() });
    this.total += bytes.length;
    const poster = posterKey(name);
    for (const other of [...index.keys()]) if (other !== name && posterKey(other) === poster) await this.remove(index, other);
    if (this.total > this.maxBytes) await this.prune(index);
  }

  private async prune(index: Map<string, Entry>): Promise<void> {
    const oldestFirst = [...index.entries()].sort((a, b) => a[1].usedAt - b[1].usedAt);
    for (const [name] of oldestFirst) {
      if (this.total <= this.maxBytes * 0.9) break;
      await this.remove(index, name);
    }
  }

  private async remove(index: Map<string, Entry>, name: string): Promise<void> {
    this.forget(index, name);
    await fs.rm(path.join(this.dir, name), { force: true }).catch(() => {});
  }

  private forget(index: Map<string, Entry>, name: string): void {
    const entry = index.get(name);
    if (!entry) return;
    this.total -= entry.bytes;
    index.delete(name);
  }

  private async touch(file: string, entry: Entry): Promise<void> {
    entry.usedAt = entry.fileAt = this.now();
    const at = new Date(entry.usedAt);
    await fs.utimes(file, at, at).catch(() => {});
  }

  /** What is on disk, read once: a restart keeps the thumbnails; temp files of a crash are removed. */
  private loadIndex(): Promise<Map<string, Entry>> {
    this.index ??= (async () => {
      await fs.mkdir(this.dir, { recursive: true });
      const index = new Map<string, Entry>();
      for (const name of await fs.readdir(this.dir)) {
        const file = path.join(this.dir, name);
        if (name.endsWith('.tmp')) {
          await fs.rm(file, { force: true }).catch(() => {});
          continue;
        }
        if (!THUMBNAIL_NAME.test(name)) continue;
        const stat = await fs.stat(file).catch(() => null);
        if (!stat?.isFile()) continue;
        index.set(name, { bytes: stat.size, usedAt: stat.mtimeMs, fileAt: stat.mtimeMs });
        this.total += stat.size;
      }
      if (this.total > this.maxBytes) await this.prune(index);
      this.loaded = index;
      return index;
    })();
    this.index.catch(() => (this.index = null));
    return this.index;
  }
}

const THUMBNAIL_NAME = /^[0-9a-f]{20}-[0-9a-f]{16}\.jpg$/;

/**
 * `<poster path hash>-<version hash>.jpg`: versions of one poster at one width share the first
 * part. The first width's names hash the path alone, as they did before there were two widths,
 * so the thumbnails already made are kept.
 */
export function fileName(source: ThumbnailSource, width = THUMBNAIL_WIDTH): string {
  const poster = sha1(width === THUMBNAIL_WIDTH ? source.path : `${source.path}\0${width}`).slice(0, 20);
  const version = sha1(`${format(width)}\0${source.size}\0${Math.trunc(source.mtimeMs)}`).slice(0, 16);
  return `${poster}-${version}.jpg`;
}

function posterKey(name: string): string {
  return name.slice(0, 20);
}

function sha1(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}
