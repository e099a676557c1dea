import fs from 'node:fs/promises';
import path from 'node:path';
import type { DbOrTx } from '../db/handle';
import { errnoCode } from '../errors';
import { writeInsideSeries } from '../fs/library-write';
import { isOurs, recordWritten, type WrittenKind } from '../db/repos/written-files';
import { DownloadFailure, fetchImageBytes } from './fetch-image';
import { checkImage, type ImageType } from './image-check';
import { readRegularFile } from '../fs/regular-file';

/**
 * missing: only when no such file is there (the loader's images and logo stages).
 * refresh: also over a file Anishelf wrote and nobody changed since ("Refresh artwork").
 * replace: over whatever is there — only after the user saw the new image beside the old
 * ("Replace artwork…").
 */
export type ArtworkWriteMode = 'missing' | 'refresh' | 'replace';

export interface ArtworkRequest {
  url: string;
  /** The series folder. */
  folder: string;
  /** The file name for each image type accepted: { jpg: 'poster.jpg' }, { png: 'clearlogo.png' }. */
  names: Partial<Record<ImageType, string>>;
  kind: WrittenKind;
  mode: ArtworkWriteMode;
  /** Turns the downloaded bytes into the type to save (an SVG logo into PNG) before the check. */
  convert?: (bytes: Uint8Array) => Promise<Uint8Array>;
}

export interface ArtworkDownloadDeps {
  db: DbOrTx;
  fetch?: typeof fetch;
  /** Waits between attempts (the number of retries is its length). */
  retryDelaysMs?: readonly number[];
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Called before each attempt: the provider's rate limiter counts downloads too. */
  beforeAttempt?: () => Promise<void>;
  maxBytes?: number;
  stallMs?: number;
  signal?: AbortSignal;
  now?: () => Date;
}

export type ArtworkResult =
  | { written: true; path: string; type: ImageType; width: number; height: number }
  | { written: false; path: string; reason: 'exists' | 'not-ours' };

export const DEFAULT_MAX_IMAGE_BYTES = 20_000_000;
const DEFAULT_RETRY_DELAYS_MS = [2_000, 8_000, 30_000];
const DEFAULT_STALL_MS = 20_000;

/**
 * Downloads one piece of artwork into a series folder safely: the body is capped and checked to
 * be a whole image of an accepted type before anything touches the folder, then written through
 * the one guarded atomic write (temp file in the folder, then rename) and recorded as Anishelf's. Any
 * failure leaves the folder as it was. Transient failures are retried with backoff.
 */
export async function downloadArtwork(request: ArtworkRequest, deps: ArtworkDownloadDeps): Promise<ArtworkResult> {
  const blocked = await blockedBy(request, deps.db);
  if (blocked) return blocked;
  const fetched = await fetchWithRetry(request.url, deps);
  const bytes = request.convert ? await request.convert(fetched) : fetched;
  const image = checkImage(bytes, Object.keys(request.names) as ImageType[]);
  const target = path.join(request.folder, request.names[image.type]!);
  // The folder may have changed during the download: look again right before writing.
  const stillBlocked = await blockedBy(request, deps.db);
  if (stillBlocked) return stillBlocked;
  // Through the one guarded writer: a link under the artwork's name is written through only when
  // it leads inside the series folder, and never replaced by a file.
  await writeInsideSeries(request.folder, target, bytes);
  await recordWritten(deps.db, target, request.kind, bytes, deps.now?.());
  return { written: true, path: target, ...image };
}

async function blockedBy(request: ArtworkRequest, db: DbOrTx): Promise<ArtworkResult | null> {
  if (request.mode === 'replace') return null;
  for (const existing of await existingFiles(request.folder, Object.values(request.names))) {
    if (request.mode === 'missing') return { written: false, path: existing, reason: 'exists' };
    if (!(await isOurs(db, existing, await readRegularFile(existing)))) return { written: false, path: existing, reason: 'not-ours' };
  }
  return null;
}

/** The files among `names` that the folder has, in their own spelling (names compare case-insensitively). */
async function existingFiles(folder: string, names: readonly string[]): Promise<string[]> {
  const wanted = new Set(names.map((n) => n.toLowerCase()));
  let entries: string[];
  try {
    entries = await fs.readdir(folder);
  } catch (err) {
    if (errnoCode(err) === 'ENOENT') return [];
    throw err;
  }
  return entries.filter((name) => wanted.has(name.toLowerCase())).map((name) => path.join(folder, name));
}

async function fetchWithRetry(url: string, deps: ArtworkDownloadDeps): Promise<Uint8Array> {
  const delays = deps.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS;
  const sleep = deps.sleep ?? defaultSleep;
  for (let attempt = 0; ; attempt++) {
    await deps.beforeAttempt?.();
    try {
      return await fetchImageBytes(url, {
        maxBytes: deps.maxBytes ?? DEFAULT_MAX_IMAGE_BYTES,
        stallMs: deps.stallMs ?? DEFAULT_STALL_MS,
        ...(deps.signal ? { signal: deps.signal } : {}),
        ...(deps.fetch ? { fetch: deps.fetch } : {}),
      });
    } catch (err) {
      const delay = delays[attempt];
      if (!(err instanceof DownloadFailure) || !err.retryable || delay === undefined) throw err;
      await sleep(Math.max(delay, err.retryAfterMs ?? 0), deps.signal);
    }
  }
}

function defaultSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(signal.reason);
    }, { once: true });
  });
}
