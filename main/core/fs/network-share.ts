import { fsTypeOf, isNetworkFsType, recentMounts, type MountEntry } from './mounts';

/**
 * Whether `folder` may be on a network share, where each file-system call waits on the network:
 * the mount table's type for it (as the watcher reads it). Where there is no mount table (not
 * Linux) or the folder is under none of its mounts, the answer is "may be".
 */
export function mayBeNetworkShare(folder: string, mounts: readonly MountEntry[] = recentMounts()): boolean {
  const type = fsTypeOf(folder, mounts);
  return type === null || isNetworkFsType(type);
}
