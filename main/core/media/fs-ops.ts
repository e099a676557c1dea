import fs from 'node:fs';
import type { Dirent, Stats } from 'node:fs';
import type { CallDeadline } from '../fs/call-deadline';
import { openRegularFile, openRegularFileSync } from '../fs/regular-file';

type MaybePromise<T> = T | Promise<T>;

/**
 * The few file-system calls a folder scan needs. The main thread passes the promise API so it
 * never blocks; a worker thread passes the synchronous calls, which are several times cheaper
 * per file and block only that thread.
 */
export interface FsOps {
  readdir(path: string): MaybePromise<Dirent[]>;
  stat(path: string): MaybePromise<Stats>;
  /** `stat`, or undefined when nothing is there: a probe for a file most folders lack, without the cost of an error. */
  statIfAny(path: string): MaybePromise<Stats | undefined>;
  realpath(path: string): MaybePromise<string>;
  /** Up to `length` bytes from the start of a file (fewer when it is shorter). */
  readStart(path: string, length: number): MaybePromise<Uint8Array>;
}

async function readStartAsync(path: string, length: number): Promise<Uint8Array> {
  const handle = await openRegularFile(path);
  try {
    const buffer = new Uint8Array(length);
    const { bytesRead } = await handle.read(buffer, 0, length, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

function readStartSync(path: string, length: number): Uint8Array {
  const fd = openRegularFileSync(path);
  try {
    const buffer = new Uint8Array(length);
    return buffer.subarray(0, fs.readSync(fd, buffer, 0, length, 0));
  } finally {
    fs.closeSync(fd);
  }
}

export const asyncFsOps: FsOps = {
  readdir: (p) => fs.promises.readdir(p, { withFileTypes: true }),
  stat: (p) => fs.promises.stat(p),
  statIfAny: (p) => fs.promises.stat(p).catch((err: NodeJS.ErrnoException) => (err.code === 'ENOENT' || err.code === 'ENOTDIR' ? undefined : Promise.reject(err))),
  realpath: (p) => fs.promises.realpath(p),
  readStart: readStartAsync,
};

export const syncFsOps: FsOps = {
  readdir: (p) => fs.readdirSync(p, { withFileTypes: true }),
  stat: (p) => fs.statSync(p),
  statIfAny: (p) => fs.statSync(p, { throwIfNoEntry: false }),
  // The native call, as fs.promises.realpath is: one system call, not an lstat per component.
  realpath: (p) => fs.realpathSync.native(p),
  readStart: readStartSync,
};

/** `inner`'s calls, each bounded by `deadline`: a walk of a share that stops answering ends. */
export function boundedFsOps(inner: FsOps, deadline: CallDeadline): FsOps {
  return {
    readdir: (p) => deadline.run(() => inner.readdir(p)),
    stat: (p) => deadline.run(() => inner.stat(p)),
    statIfAny: (p) => deadline.run(() => inner.statIfAny(p)),
    realpath: (p) => deadline.run(() => inner.realpath(p)),
    readStart: (p, length) => deadline.run(() => inner.readStart(p, length)),
  };
}
