import fs from 'node:fs/promises';
import type { Stats } from 'node:fs';
import { errnoCode } from '../errors';

/** The file-system calls the watcher makes; tests pass one whose calls hang, like a dead share. */
export interface WatchFs {
  stat(p: string): Promise<Pick<Stats, 'isDirectory' | 'isFile' | 'mtimeMs' | 'size'>>;
  readdir(p: string): Promise<Array<{ name: string; isDirectory(): boolean; isFile(): boolean; isSymbolicLink(): boolean }>>;
}

export const nodeWatchFs: WatchFs = {
  stat: (p) => fs.stat(p),
  readdir: (p) => fs.readdir(p, { withFileTypes: true }),
};

export class ProbeTimeout extends Error {
  readonly code = 'ETIMEDOUT';
}

/**
 * Bounds the file-system calls made for one root. A call that does not answer within the timeout
 * fails with ETIMEDOUT; while it still hangs, further calls for the same root fail at once instead
 * of tying up more of Node's few I/O threads, so the other roots and the app keep working.
 */
export class BoundedFs implements WatchFs {
  private hanging = 0;

  constructor(private readonly inner: WatchFs, private readonly timeoutMs: number) {}

  get isHanging(): boolean {
    return this.hanging > 0;
  }

  stat(p: string): ReturnType<WatchFs['stat']> {
    return this.bound(() => this.inner.stat(p));
  }

  readdir(p: string): ReturnType<WatchFs['readdir']> {
    return this.bound(() => this.inner.readdir(p));
  }

  private bound<T>(call: () => Promise<T>): Promise<T> {
    if (this.hanging > 0) return Promise.reject(new ProbeTimeout(`an earlier call on this folder still hangs`));
    return new Promise<T>((resolve, reject) => {
      let settled = false;
      const timer = setTimeout(() => {
        settled = true;
        this.hanging++;
        reject(new ProbeTimeout(`no answer within ${this.timeoutMs} ms`));
      }, this.timeoutMs);
      timer.unref?.();
      call().then(
        (value) => {
          if (settled) this.hanging--;
          else { clearTimeout(timer); settled = true; resolve(value); }
        },
        (err: unknown) => {
          if (settled) this.hanging--;
          else { clearTimeout(timer); settled = true; reject(err); }
        },
      );
    });
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
