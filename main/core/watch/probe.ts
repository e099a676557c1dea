import fs from 'node:fs/promises';
import type { Stats } from 'node:fs';
import { errnoCode } from '../errors';
import { CallDeadline } from '../fs/call-deadline';

/** The file-system calls the watcher makes; tests pass one whose calls hang, like a dead share. */
export interface WatchFs {
  stat(p: string): Promise<Pick<Stats, 'isDirectory' | 'isFile' | 'mtimeMs' | 'size'>>;
  lstat(p: string): Promise<Pick<Stats, 'isSymbolicLink'>>;
  readdir(p: string): Promise<Array<{ name: string; isDirectory(): boolean; isFile(): boolean; isSymbolicLink(): boolean }>>;
}

export const nodeWatchFs: WatchFs = {
  stat: (p) => fs.stat(p),
  lstat: (p) => fs.lstat(p),
  readdir: (p) => fs.readdir(p, { withFileTypes: true }),
};

/**
 * Whether a path is a link. Asked after a stat found nothing there, it tells a series folder
 * linked from a drive that is away (offline) from one that is gone.
 */
export async function isLink(io: WatchFs, p: string): Promise<boolean> {
  return (await io.lstat(p).catch(() => null))?.isSymbolicLink() === true;
}

/**
 * The watcher's calls for one root, bounded (see CallDeadline): a hanging root goes offline
 * while the other roots and the app keep working.
 */
export class BoundedFs implements WatchFs {
  private readonly deadline: CallDeadline;

  constructor(private readonly inner: WatchFs, timeoutMs: number) {
    this.deadline = new CallDeadline(timeoutMs);
  }

  get isHanging(): boolean {
    return this.deadline.isHanging;
  }

  stat(p: string): ReturnType<WatchFs['stat']> {
    return this.deadline.run(() => this.inner.stat(p));
  }

  lstat(p: string): ReturnType<WatchFs['lstat']> {
    return this.deadline.run(() => this.inner.lstat(p));
  }

  readdir(p: string): ReturnType<WatchFs['readdir']> {
    return this.deadline.run(() => this.inner.readdir(p));
  }
}

export type RootHealth = 'online' | 'offline';

/**
 * Whether a root can be used: it must answer, be a folder, and hold something (an unmounted
 * mount point is an empty folder). Errors such as EIO, ETIMEDOUT, ENOENT all mean offline.
 */
export async function probeRoot(io: WatchFs, root: string): Promise<{ health: RootHealth; reason: string }> {
  try {
    const stat = await io.stat(root);
    if (!stat.isDirectory()) return { health: 'offline', reason: 'not a folder any more' };
    const entries = await io.readdir(root);
    if (entries.length === 0) return { health: 'offline', reason: 'empty (not mounted?)' };
    return { health: 'online', reason: 'reachable' };
  } catch (err) {
    const code = errnoCode(err);
    // A folder the user may not read is there: its series fail with the permission error (and
    // can be retried), they are not an unplugged drive.
    if (code === 'EACCES' || code === 'EPERM') return { health: 'online', reason: `not readable (${code})` };
    return { health: 'offline', reason: code ?? 'unreachable' };
  }
}
