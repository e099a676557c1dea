import path from 'node:path';
import { AnishelfError } from '../errors';
import { PROMISE_FS, statIfAny, type LibraryFs } from '../fs/library-fs';
import { writeInsideSeries } from '../fs/library-write';
import { checkMediaFiles } from '../media/check';
import { NFO_FILENAME } from '../media/names';
import { decodeNfoBytes } from './decode';
import { MAX_NFO_BYTES } from './guard';
import { mergeNfo } from './merge';
import type { TvshowFields } from './types';

/** `bytes`: the file as it now is, written or left as it was. */
export type SaveNfoResult = { written: true; path: string; bytes: Uint8Array; mtimeMs: number } | { written: false; reason: 'unchanged'; path: string; bytes: Uint8Array };

export interface SaveNfoOptions {
  /**
   * The file-system calls of the read and the guarded write: SYNC_FS in a writer thread, a
   * wrapper that simulates faults in tests.
   */
  fs?: LibraryFs;
  /** The folder's tvshow.nfo (or where it goes) when the caller has just read the folder. */
  target?: string;
  /** False for the bulk writer of minimal NFOs: a new file is not flushed (see writeFileAtomic). */
  flushNew?: boolean;
  /** Write only what the file does not say yet (see mergeNfo). */
  fill?: boolean;
}

/**
 * Reads the series folder's tvshow.nfo (any spelling of the name), merges `fields` into it (see
 * mergeNfo) and writes it back atomically, or creates it. Skips the write when the bytes would
 * not change. Never overwrites a file that changed while it was being merged.
 */
export async function saveTvshowNfo(dir: string, fields: TvshowFields, options: SaveNfoOptions = {}): Promise<SaveNfoResult> {
  const target = options.target ?? (await existingNfoPath(dir)) ?? path.join(dir, NFO_FILENAME);
  const io = options.fs ?? PROMISE_FS;
  const before = await statIfAny(io, target);
  if (before?.isDirectory()) {
    throw new AnishelfError('NFO_IS_DIRECTORY', `${target} is a folder, so Anishelf cannot write the show's NFO there; rename or remove that folder.`);
  }
  if (before && !before.isFile()) {
    throw new AnishelfError('NFO_NOT_A_FILE', `${target} is a pipe or a device, not a file, so Anishelf leaves it as it is and writes no show NFO there.`);
  }
  if (before && before.size > MAX_NFO_BYTES) {
    throw new AnishelfError('NFO_TOO_LARGE', `${target} is too large to be an NFO file, so Anishelf leaves it as it is; move it away to let Anishelf write a new one.`);
  }
  const bytes = before ? await io.readFile(target) : null;
  let existing: string | null = null;
  if (bytes) {
    const decoded = decodeNfoBytes(bytes);
    if (decoded.problems.length > 0) {
      throw new AnishelfError('NFO_INVALID', `Anishelf will not rewrite ${target} because it cannot be read safely: ${decoded.problems[0]!.message}`);
    }
    existing = decoded.text;
  }
  const merged = mergeNfo(existing, fields, options.fill ? { fill: true } : {});
  const output = Buffer.from(merged, 'utf8');
  if (bytes && (merged === existing || output.equals(bytes))) return { written: false, reason: 'unchanged', path: target, bytes };
  const now = await statIfAny(io, target);
  if ((before === null) !== (now === null) || (before && now && (before.mtimeMs !== now.mtimeMs || before.size !== now.size))) {
    throw new AnishelfError('NFO_CHANGED', `${target} changed while Anishelf was saving it; save again to include the new version.`);
  }
  // Through the one guarded writer: a linked tvshow.nfo is written through only inside the series.
  const { mtimeMs } = await writeInsideSeries(dir, target, output, { fs: io, ...(options.flushNew === false ? { flushNew: false } : {}) });
  return { written: true, path: target, bytes: output, mtimeMs };
}

/** The tvshow.nfo in a series folder, in whatever case the folder spells it; null when none. */
export async function existingNfoPath(dir: string): Promise<string | null> {
  try {
    return (await checkMediaFiles(dir)).nfo.path;
  } catch {
    // A missing folder is reported by the write itself, with the usual WRITE_* code.
    return null;
  }
}
