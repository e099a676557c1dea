import fs from 'node:fs/promises';
import { errnoCode } from '../errors';

/** Errors a network share or an unplugged drive gives: the folder is away, not gone. */
const OFFLINE_CODES = new Set(['ENOTCONN', 'EHOSTDOWN', 'EHOSTUNREACH', 'ETIMEDOUT', 'EIO', 'ESTALE', 'ENODEV', 'ENXIO', 'ENETUNREACH', 'ECONNRESET']);

export type FolderAvailability = 'present' | 'offline' | 'missing';

/**
 * Why a series folder cannot be found. When its root is missing, unreachable or empty (an
 * unmounted mount point), or the folder is a link that leads nowhere now, the series is `offline`
 * and keeps everything; only when the root is there with content and the folder is not is it
 * `missing` — and even then nothing is deleted.
 */
export async function folderAvailability(folder: string, root: string | null): Promise<FolderAvailability> {
  try {
    await fs.access(folder);
    return 'present';
  } catch (err) {
    if (OFFLINE_CODES.has(errnoCode(err) ?? '')) return 'offline';
  }
  // A link that leads nowhere now: the series lives on a drive that is away.
  if ((await fs.lstat(folder).catch(() => null))?.isSymbolicLink()) return 'offline';
  if (root === null || root === folder) return 'offline';
  try {
    const entries = await fs.readdir(root);
    return entries.length === 0 ? 'offline' : 'missing';
  } catch {
    return 'offline';
  }
}

export function isOfflineError(err: unknown): boolean {
  return OFFLINE_CODES.has(errnoCode(err) ?? '');
}
