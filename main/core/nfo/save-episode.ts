import path from 'node:path';
import { AnishelfError } from '../errors';
import { writeFileAtomic } from '../fs/atomic-write';
import { lstatIfAny, PROMISE_FS, type LibraryFs } from '../fs/library-fs';
import { decodeNfoBytes } from './decode';
import { MAX_NFO_BYTES } from './guard';
import { mergeEpisodeNfo, type EpisodeFields } from './merge-episode';
import { readRegularFile } from '../fs/regular-file';

export type SaveEpisodeNfoResult =
  | { written: true; path: string; bytes: Buffer; mtimeMs: number; flushed: boolean }
  | { written: false; path: string; reason: 'unchanged' | 'not-ours' | 'not-kodi' };

export interface SaveEpisodeNfoOptions {
  /** The NFO already beside the video (its real spelling), when the scan found one. */
  nfoPath?: string | null;
  /**
   * Whether an existing NFO may be merged into: only files Anishelf wrote itself are updated
   * (their bytes are passed in). By default an existing NFO is never touched.
   */
  mayUpdate?: (file: string, bytes: Buffer) => boolean | Promise<boolean>;
  fs?: LibraryFs;
  /** False when the caller flushes the folder itself after many writes (see writeFileAtomic). */
  syncFolder?: boolean;
  /** False for the bulk writer: a new file is not flushed (see writeFileAtomic). */
  flushNew?: boolean;
}

/** `Show - 01.mkv` → `Show - 01.nfo`, the name Kodi looks for beside a video. */
export function episodeNfoPathFor(video: string): string {
  const ext = path.extname(video);
  return path.join(path.dirname(video), `${path.basename(video, ext)}.nfo`);
}

/**
 * Writes the episode NFO beside one video file (one `<episodedetails>` per episode it holds), so
 * Kodi's "Local information only" scraper lists it. Atomic (temp file + rename); an existing NFO
 * is left alone unless `mayUpdate` says Anishelf wrote it, and even then a text .nfo of a scene
 * release or another kind of NFO is never rewritten.
 */
export async function saveEpisodeNfo(video: string, episodes: readonly EpisodeFields[], options: SaveEpisodeNfoOptions = {}): Promise<SaveEpisodeNfoResult> {
  const target = options.nfoPath ?? episodeNfoPathFor(video);
  const io = options.fs ?? PROMISE_FS;
  // The path itself, not where a link leads: a link is the user's (Anishelf writes plain files).
  const before = await lstatIfAny(io, target);
  if (before?.isDirectory()) throw new AnishelfError('NFO_IS_DIRECTORY', `${target} is a folder, so Anishelf cannot write the episode's NFO there.`);
  let existing: string | null = null;
  let bytes: Buffer | null = null;
  if (before) {
    // A link (even one that leads nowhere: its drive may be away), a pipe or a device under the
    // NFO's name is somebody else's: left as it is, never opened or replaced.
    if (!before.isFile()) return { written: false, path: target, reason: 'not-ours' };
    if (before.size > MAX_NFO_BYTES) return { written: false, path: target, reason: 'not-kodi' };
    bytes = await readRegularFile(target);
    if (!options.mayUpdate || !(await options.mayUpdate(target, bytes))) return { written: false, path: target, reason: 'not-ours' };
    const decoded = decodeNfoBytes(bytes);
    if (decoded.problems.length > 0) return { written: false, path: target, reason: 'not-kodi' };
    existing = decoded.text;
  }
  let merged: string;
  try {
    merged = mergeEpisodeNfo(existing, episodes);
  } catch (err) {
    if (err instanceof AnishelfError && err.code === 'NFO_INVALID') return { written: false, path: target, reason: 'not-kodi' };
    throw err;
  }
  const output = Buffer.from(merged, 'utf8');
  if (bytes && (merged === existing || output.equals(bytes))) return { written: false, path: target, reason: 'unchanged' };
  const now = await lstatIfAny(io, target);
  if ((before === null) !== (now === null) || (before && now && (before.mtimeMs !== now.mtimeMs || before.size !== now.size))) {
    // Someone wrote it meanwhile: theirs wins; the next load looks again.
    return { written: false, path: target, reason: 'not-ours' };
  }
  const stamp = await writeFileAtomic(target, output, { fs: io, ...(options.syncFolder === false ? { syncFolder: false } : {}), ...(options.flushNew === false ? { flushNew: false } : {}) });
  return { written: true, path: target, bytes: output, mtimeMs: stamp.mtimeMs, flushed: stamp.flushed };
}
