import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AnishelfError, errnoCode } from '../errors';
import { ownWrites, type FileStamp } from './own-writes';

/** What an atomic write does with the temp file it opened (a FileHandle is one). */
export interface WriteHandle {
  writeFile(data: string | Uint8Array): Promise<void>;
  sync(): Promise<void>;
  stat(): Promise<{ size: number; mtimeMs: number }>;
  close(): Promise<void>;
}

/** The file-system calls an atomic write makes; tests pass a wrapper to simulate faults. */
export interface AtomicWriteFs {
  open(file: string, flags: string, mode?: number): Promise<WriteHandle>;
  rename(from: string, to: string): Promise<void>;
  unlink(file: string): Promise<void>;
  stat(file: string): Promise<fs.Stats>;
}

export interface AtomicWriteOptions {
  /** Permission bits of the new file; by default an existing file's bits are kept. */
  mode?: number;
  fs?: AtomicWriteFs;
  /** Waits between rename attempts (the number of retries is its length). */
  retryDelaysMs?: readonly number[];
  /**
   * Makes the rename durable by flushing the folder (default). A writer of many files in one
   * folder passes false and calls `syncFolder` once after the last, before recording them.
   */
  syncFolder?: boolean;
  /**
   * False for a bulk writer of files Anishelf makes from nothing (minimal tvshow.nfo, episode
   * NFOs): where no file was at the target, nothing is flushed, since no one's data is at stake
   * (a power loss can leave the new file missing or empty, and an empty file Anishelf recorded is
   * taken as its own and written again). A file being replaced is always flushed first.
   */
  flushNew?: boolean;
}

const TEMP_RANDOM_BYTES = 6;
const TEMP_NAME = /^\.anishelf-[0-9a-f]{12}\.tmp$/;

/** The name of a temp file an atomic write makes (one a killed process may leave behind). */
export function isAtomicTempName(name: string): boolean {
  return TEMP_NAME.test(name);
}

// Windows virus scanners, indexers and sync clients hold files open for a moment.
const DEFAULT_RETRY_DELAYS_MS = [50, 100, 150, 200] as const;
const READ_ONLY = new Set(['EACCES', 'EPERM', 'EROFS']);

/**
 * The one way Anishelf writes a file into a library folder: the bytes go to a hidden temp file
 * next to the target (`.anishelf-<random>.tmp`), are flushed to disk, and the temp file is
 * renamed over the target. Readers see the old file or the new one, never half of either. On
 * failure the temp file is removed, the original is left as it was, and an AnishelfError says
 * what went wrong (WRITE_READ_ONLY, WRITE_DISK_FULL or WRITE_FAILED).
 */
export async function writeFileAtomic(target: string, data: string | Uint8Array, options: AtomicWriteOptions = {}): Promise<AtomicWriteStamp> {
  const io = options.fs ?? fs.promises;
  const dir = path.dirname(target);
  const temp = path.join(dir, `.anishelf-${randomBytes(TEMP_RANDOM_BYTES).toString('hex')}.tmp`);
  const existing = options.mode === undefined || options.flushNew === false ? await existingMode(io, target) : null;
  const mode = options.mode ?? existing ?? undefined;
  const replacing = existing !== undefined;
  const flush = replacing || options.flushNew !== false;
  let created = false;
  let renaming = false;
  let stamp: FileStamp = { size: -1, mtimeMs: -1 };
  ownWrites.begin(target);
  try {
    const handle = await io.open(temp, 'wx', mode);
    created = true;
    try {
      await handle.writeFile(data);
      if (flush) await handle.sync();
      // The size and time the file keeps (a rename changes neither): no second look by path.
      const stat = await handle.stat();
      stamp = { size: stat.size, mtimeMs: stat.mtimeMs };
    } finally {
      await handle.close();
    }
    renaming = true;
    await renameWithRetry(io, temp, target, options.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS);
    created = false;
  } catch (err) {
    if (created) await io.unlink(temp).catch(() => {});
    ownWrites.abandon(target);
    throw writeError(target, err, renaming);
  }
  if (flush && options.syncFolder !== false) await syncFolder(dir);
  // Tells the library watcher that this change is ours, so it does not rescan (and rewrite) for it.
  ownWrites.note(target, stamp);
  return { ...stamp, flushed: flush };
}

/** The written file's size and time, and whether it was flushed to disk (see `flushNew`). */
export interface AtomicWriteStamp extends FileStamp {
  flushed: boolean;
}

async function existingMode(io: AtomicWriteFs, target: string): Promise<number | undefined> {
  try {
    return (await io.stat(target)).mode & 0o7777;
  } catch {
    return undefined;
  }
}

async function renameWithRetry(io: AtomicWriteFs, from: string, to: string, delays: readonly number[]): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await io.rename(from, to);
      return;
    } catch (err) {
      const delay = delays[attempt];
      if (delay === undefined || !isTransient(errnoCode(err))) throw err;
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}

function isTransient(code: string | undefined): boolean {
  return code === 'EPERM' || code === 'EBUSY' || (code === 'EACCES' && process.platform === 'win32');
}

// Makes the rename itself durable on POSIX; Windows cannot open folders, which is fine.
export async function syncFolder(dir: string): Promise<void> {
  try {
    const handle = await fs.promises.open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Best effort only: the data itself is already flushed.
  }
}

function writeError(target: string, err: unknown, renaming: boolean): AnishelfError {
  const code = errnoCode(err);
  const where = `Anishelf cannot write ${path.basename(target)} in ${path.dirname(target)}`;
  // The temp file was written, so the folder takes writes: the target itself is held open.
  if (renaming && code && isTransient(code)) {
    return new AnishelfError('WRITE_FAILED', `${where} because another program is using the file; close it and try again.`, { cause: err });
  }
  if (code && READ_ONLY.has(code)) {
    return new AnishelfError('WRITE_READ_ONLY', `${where} because the folder is read-only; allow writing there and try again.`, { cause: err });
  }
  if (code === 'ENOSPC' || code === 'EDQUOT') {
    return new AnishelfError('WRITE_DISK_FULL', `${where} because the disk is full; free some space and try again.`, { cause: err });
  }
  if (code === 'EISDIR') {
    return new AnishelfError('WRITE_FAILED', `${where} because a folder with that name is in the way; rename or move it.`, { cause: err });
  }
  if (code === 'ENOENT' || code === 'ENOTDIR') {
    return new AnishelfError('WRITE_FAILED', `${where} because its folder does not exist; check that the drive is connected.`, { cause: err });
  }
  const reason = err instanceof Error ? err.message : String(err);
  return new AnishelfError('WRITE_FAILED', `${where} (${reason}); check the folder and try again.`, { cause: err });
}
