import fs from 'node:fs';
import { errnoCode } from '../errors';
import type { AtomicWriteFs, WriteHandle } from './atomic-write';
import { readRegularFile, readRegularFileSync } from './regular-file';

/**
 * The file-system calls a guarded write into a series folder makes (see writeInsideSeries and
 * saveTvshowNfo): those of the atomic write, and the reads that come before it. Tests pass a
 * wrapper of the real calls to simulate faults.
 */
export interface LibraryFs extends AtomicWriteFs {
  lstat(file: string): Promise<fs.Stats>;
  realpath(file: string): Promise<string>;
  /** A regular file's bytes; a pipe or a device is refused (see readRegularFile). */
  readFile(file: string): Promise<Buffer>;
}

/**
 * The calls as Node makes them by default: asynchronous, on libuv's thread pool. Looked up at each
 * call, so a wrapper installed later (the tests' guard on user files) sees them.
 */
export const PROMISE_FS: LibraryFs = {
  open: (file, flags, mode) => fs.promises.open(file, flags, mode),
  rename: (from, to) => fs.promises.rename(from, to),
  unlink: (file) => fs.promises.unlink(file),
  stat: (file) => fs.promises.stat(file),
  lstat: (file) => fs.promises.lstat(file),
  realpath: (file) => fs.promises.realpath(file),
  readFile: (file) => readRegularFile(file),
};

// Almost every target of a bulk writer is new, and an error with a stack built for each
// "no such file" cost more than the call itself. One shared error without a stack says it.
const NO_ENTRY: Error = Object.freeze(Object.assign(Object.create(Error.prototype) as Error, { code: 'ENOENT', message: 'no such file or directory' }));

function orNoEntry(stat: fs.Stats | undefined): fs.Stats {
  if (!stat) throw NO_ENTRY;
  return stat;
}

/** stat that rejects with a shared ENOENT error (no stack) when nothing is there. */
export async function statOrNoEntry(file: fs.PathLike): Promise<fs.Stats> {
  return orNoEntry(fs.statSync(file, { throwIfNoEntry: false }));
}

/** lstat (a link itself, not followed) that rejects the same way. */
export async function lstatOrNoEntry(file: fs.PathLike): Promise<fs.Stats> {
  return orNoEntry(fs.lstatSync(file, { throwIfNoEntry: false }));
}

class SyncWriteHandle implements WriteHandle {
  constructor(private readonly fd: number) {}
  async writeFile(data: string | Uint8Array): Promise<void> {
    fs.writeFileSync(this.fd, data);
  }
  async sync(): Promise<void> {
    fs.fsyncSync(this.fd);
  }
  async stat(): Promise<fs.Stats> {
    return fs.fstatSync(this.fd);
  }
  async close(): Promise<void> {
    fs.closeSync(this.fd);
  }
}

/**
 * The same calls made synchronously, behind the same promises. Only for a worker thread that
 * writes one file at a time: there each asynchronous call cost two thread hand-offs and a promise,
 * about ten times the CPU of the call itself, and a call that hangs (a lost share) holds this
 * thread, which the pool replaces, rather than one of the process's few pool threads.
 */
export const SYNC_FS: LibraryFs = {
  open: async (file, flags, mode) => new SyncWriteHandle(fs.openSync(file, flags, mode)),
  rename: async (from, to) => fs.renameSync(from, to),
  unlink: async (file) => fs.unlinkSync(file),
  stat: statOrNoEntry,
  lstat: lstatOrNoEntry,
  realpath: async (file) => fs.realpathSync.native(file),
  readFile: async (file) => readRegularFileSync(file),
};

/** The file's stat, or null when nothing is at that path (or a file sits where a folder should be). */
export function statIfAny(io: Pick<AtomicWriteFs, 'stat'>, file: string): Promise<fs.Stats | null> {
  return orNothing(() => io.stat(file));
}

/** What is at that path itself (a link is not followed), or null when nothing is. */
export function lstatIfAny(io: Pick<LibraryFs, 'lstat'>, file: string): Promise<fs.Stats | null> {
  return orNothing(() => io.lstat(file));
}

async function orNothing(call: () => Promise<fs.Stats>): Promise<fs.Stats | null> {
  try {
    return await call();
  } catch (err) {
    if (errnoCode(err) === 'ENOENT' || errnoCode(err) === 'ENOTDIR') return null;
    throw err;
  }
}
