import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Sqlite from 'better-sqlite3';
import { errnoCode } from '../errors';

export interface LoaderLock {
  release(): void;
}

export interface LockHolder {
  pid: number;
  host: string;
  since: string;
}

export interface LockOptions {
  /** The better-sqlite3 binary the process uses (the Electron build in the desktop app). */
  nativeBinding?: string;
  /** How long to wait for a lock held for a moment (a status check recovering a crash), ms. */
  waitMs?: number;
}

export const LOCK_FILENAME = 'loader.lock';
export const HOLDER_FILENAME = 'loader.lock.holder';
/** The holder when it cannot be told: its file is not written yet, or cannot be read. */
const UNKNOWN_HOLDER: LockHolder = { pid: -1, host: 'unknown', since: '' };
/** How long a refused process waits for the holder to name itself (it does so right after taking the lock). */
const HOLDER_WAIT_MS = 500;
const HOLDER_POLL_MS = 10;

/**
 * One process at a time runs the loader of a library (the app, `serve`, or `anishelf load`), so
 * crash recovery never re-queues jobs another live process is running.
 *
 * The lock is the operating system's: `loader.lock` is a small SQLite file on which the holder
 * keeps an exclusive transaction open for as long as it runs. The OS drops that file lock when
 * the process ends in any way (SIGKILL, a crash, a container restart), so a pid reused by an
 * unrelated process can never keep it. Who holds it (pid, host, since) is written beside it only
 * for the message shown to the others.
 */
export function acquireLoaderLock(dataDir: string, options: LockOptions = {}): LoaderLock | LockHolder {
  const file = path.join(dataDir, LOCK_FILENAME);
  const holderFile = path.join(dataDir, HOLDER_FILENAME);
  const waitMs = Math.max(0, Math.trunc(options.waitMs ?? 1000));
  let db: Sqlite.Database | null = null;
  for (let attempt = 0; db === null; attempt++) {
    const candidate = new Sqlite(file, { timeout: waitMs, ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}) });
    try {
      candidate.pragma('locking_mode = EXCLUSIVE');
      candidate.exec('BEGIN EXCLUSIVE');
      db = candidate;
    } catch (err) {
      candidate.close();
      if (isBusy(err)) return waitForHolder(holderFile, Math.min(waitMs, HOLDER_WAIT_MS)) ?? UNKNOWN_HOLDER;
      // An older Anishelf kept a pid in a JSON `loader.lock`: a pid alone proves nothing, replace it.
      if (errnoCode(err) !== 'SQLITE_NOTADB' || attempt > 0) throw err;
      fs.rmSync(file, { force: true });
    }
  }
  const me: LockHolder = { pid: process.pid, host: os.hostname(), since: new Date().toISOString() };
  // Whole or not at all: a process refused meanwhile reads it, never a half-written file.
  const temp = `${holderFile}.${process.pid}.tmp`;
  try {
    fs.writeFileSync(temp, JSON.stringify(me));
    fs.renameSync(temp, holderFile);
  } catch {
    // Only the message to other processes needs it; the lock itself is held.
    try {
      fs.rmSync(temp, { force: true });
    } catch {
      // A folder that refused the write refuses this too: nothing was left there.
    }
  }
  let released = false;
  return {
    release() {
      if (released) return;
      released = true;
      if (readHolder(holderFile)?.pid === me.pid) fs.rmSync(holderFile, { force: true });
      db.close(); // ends the transaction and drops the OS lock
    },
  };
}

/** Whether another live process holds the lock right now (never blocks). */
export function isLoaderLockHeld(dataDir: string, options: LockOptions = {}): boolean {
  const lock = acquireLoaderLock(dataDir, { ...options, waitMs: 0 });
  if (!isLock(lock)) return true;
  lock.release();
  return false;
}

function isBusy(err: unknown): boolean {
  const code = errnoCode(err) ?? '';
  return code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED');
}

/**
 * The holder named in `file`, waiting up to `waitMs` for it: the lock is taken a moment before
 * the file is written. A file left by an earlier holder that has ended names a dead process
 * until then.
 */
function waitForHolder(file: string, waitMs: number): LockHolder | null {
  const deadline = Date.now() + waitMs;
  for (;;) {
    const holder = readHolder(file);
    if (holder || Date.now() >= deadline) return holder;
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, HOLDER_POLL_MS);
  }
}

/** "Another Anishelf (process 123 on host)", or without the brackets when it could not be told. */
export function anotherAnishelf(holder: LockHolder): string {
  return holder.pid > 0 ? `Another Anishelf (process ${holder.pid} on ${holder.host})` : 'Another Anishelf';
}

function readHolder(file: string): LockHolder | null {
  try {
    const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as LockHolder;
    return typeof parsed.pid === 'number' ? parsed : null;
  } catch {
    return null;
  }
}

export function isLock(value: LoaderLock | LockHolder): value is LoaderLock {
  return 'release' in value;
}
