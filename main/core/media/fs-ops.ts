import fs from 'node:fs';
import type { Dirent, Stats } from 'node:fs';

type MaybePromise<T> = T | Promise<T>;

/**
 * The few file-system calls a folder walk needs. The main thread passes the promise API so it
 * never blocks; a worker thread passes the synchronous calls, which are several times cheaper
 * per file and block only that thread.
 */
export interface FsOps {
  readdir(path: string): MaybePromise<Dirent[]>;
  stat(path: string): MaybePromise<Stats>;
  realpath(path: string): MaybePromise<string>;
}

export const asyncFsOps: FsOps = {
  readdir: (p) => fs.promises.readdir(p, { withFileTypes: true }),
  stat: (p) => fs.promises.stat(p),
  realpath: (p) => fs.promises.realpath(p),
};

export const syncFsOps: FsOps = {
  readdir: (p) => fs.readdirSync(p, { withFileTypes: true }),
  stat: (p) => fs.statSync(p),
  realpath: (p) => fs.realpathSync(p),
};
