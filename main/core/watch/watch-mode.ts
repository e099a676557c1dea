import type { WatchModeSetting } from '../../../shared/types';

/** How a root is watched. */
export type WatchMode = 'native' | 'poll' | 'off';
export type { WatchModeSetting };

export interface MountEntry {
  mountPoint: string;
  fsType: string;
}

export const DEFAULT_POLL_MINUTES = 5;

/** Parses /proc/self/mountinfo: "36 35 98:0 /mnt1 /mnt2 rw - ext3 /dev/root rw". */
export function parseMountInfo(text: string): MountEntry[] {
  const mounts: MountEntry[] = [];
  for (const line of text.split('\n')) {
    const fields = line.split(' ');
    const dash = fields.indexOf('-');
    if (dash < 0 || fields.length < 5 || !fields[dash + 1]) continue;
    mounts.push({ mountPoint: unescapeMount(fields[4]!), fsType: fields[dash + 1]! });
  }
  return mounts;
}

// Spaces, tabs, newlines and backslashes in mount points are written as octal escapes.
function unescapeMount(value: string): string {
  return value.replace(/\\([0-7]{3})/g, (_, octal: string) => String.fromCharCode(parseInt(octal, 8)));
}

/** The file system type of the mount holding `folder` (the longest mount point above it). */
export function fsTypeOf(folder: string, mounts: readonly MountEntry[]): string | null {
  let best: MountEntry | null = null;
  for (const mount of mounts) {
    const point = mount.mountPoint;
    const inside = folder === point || point === '/' || folder.startsWith(point.endsWith('/') ? point : point + '/');
    if (inside && (!best || point.length >= best.mountPoint.length)) best = mount;
  }
  return best?.fsType ?? null;
}

/** Network and FUSE file systems: changes made on another machine never raise local events. */
export function isNetworkFsType(fsType: string): boolean {
  const type = fsType.toLowerCase();
  return ['nfs', 'nfs4', 'cifs', 'smb3', 'smbfs', 'smb', 'afs', 'ncpfs', '9p', 'sshfs', 'davfs'].includes(type) || type.startsWith('fuse.');
}

export interface ModeChoice {
  mode: WatchMode;
  pollMinutes: number;
  reason: string;
}

/** Picks the mode of a root from the user's setting, else from the platform and file system. */
export function chooseWatchMode(input: {
  folder: string;
  platform: NodeJS.Platform;
  fsType: string | null;
  setting: WatchModeSetting;
  pollMinutes?: number | null;
}): ModeChoice {
  const pollMinutes = input.pollMinutes && input.pollMinutes > 0 ? input.pollMinutes : DEFAULT_POLL_MINUTES;
  if (input.setting === 'off') return { mode: 'off', pollMinutes, reason: 'turned off for this folder' };
  if (input.setting === 'realtime') return { mode: 'native', pollMinutes, reason: 'set to realtime' };
  if (input.setting === 'poll') return { mode: 'poll', pollMinutes, reason: `set to poll every ${pollMinutes} min` };
  if (input.platform === 'win32' && /^(\\\\|\/\/)/.test(input.folder)) return { mode: 'poll', pollMinutes, reason: 'network path' };
  if (input.fsType && isNetworkFsType(input.fsType)) return { mode: 'poll', pollMinutes, reason: `network file system (${input.fsType})` };
  return { mode: 'native', pollMinutes, reason: input.fsType ? `local file system (${input.fsType})` : 'local file system' };
}
