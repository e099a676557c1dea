import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface LoaderLock {
  release(): void;
}

export interface LockHolder {
  pid: number;
  host: string;
  since: string;
}

/**
 * One process at a time runs the loader of a library (the app, `serve`, or `anishelf load`), so
 * crash recovery never re-queues jobs another live process is running. A lock left by a process
 * that died is taken over.
 */
export function acquireLoaderLock(dataDir: string): LoaderLock | LockHolder {
  const file = path.join(dataDir, 'loader.lock');
  const me: LockHolder = { pid: process.pid, host: os.hostname(), since: new Date().toISOString() };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(file, JSON.stringify(me), { flag: 'wx' });
      return {
        release() {
          const current = readHolder(file);
          if (current?.pid === me.pid && current.host === me.host) fs.rmSync(file, { force: true });
        },
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const holder = readHolder(file);
      if (holder && holder.host === me.host && isAlive(holder.pid)) return holder;
      if (holder && holder.host !== me.host) return holder;
      fs.rmSync(file, { force: true }); // left by a process that is gone
    }
  }
  return readHolder(file) ?? { pid: -1, host: 'unknown', since: '' };
}

function readHolder(file: string): LockHolder | null {
  try {
    const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as LockHolder;
    return typeof parsed.pid === 'number' ? parsed : null;
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function isLock(value: LoaderLock | LockHolder): value is LoaderLock {
  return 'release' in value;
}
