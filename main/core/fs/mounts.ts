import fs from 'node:fs';

/** One line of the mount table: where a file system is mounted, and its type. */
export interface MountEntry {
  mountPoint: string;
  fsType: string;
}

/** The mount table on Linux; elsewhere (no /proc) none, so every path counts as local. */
export function readMounts(): MountEntry[] {
  try {
    return parseMountInfo(fs.readFileSync('/proc/self/mountinfo', 'utf8'));
  } catch {
    return [];
  }
}

let recent: { mounts: MountEntry[]; readAt: number } | null = null;

/**
 * The mount table, read again only once it is `maxAgeMs` old. The episode-NFO writer asks for
 * every series folder, and reading and parsing the table each time cost 26 µs with 20 mounts (a
 * desktop with snaps has hundreds). A table a few seconds old at worst picks the slower of two
 * correct ways to write.
 */
export function recentMounts(maxAgeMs = 10_000, now = Date.now()): MountEntry[] {
  if (!recent || now - recent.readAt >= maxAgeMs || now < recent.readAt) recent = { mounts: readMounts(), readAt: now };
  return recent.mounts;
}

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

const NETWORK_FS_TYPES = new Set(['nfs', 'nfs4', 'cifs', 'smb3', 'smbfs', 'smb', 'afs', 'ncpfs', '9p', 'sshfs', 'davfs', 'ceph', 'lustre', 'gfs2', 'ocfs2', 'coda']);

/**
 * Network and FUSE file systems: each call may wait on the network, and changes made on another
 * machine raise no local events.
 */
export function isNetworkFsType(fsType: string): boolean {
  const type = fsType.toLowerCase();
  return NETWORK_FS_TYPES.has(type) || type.startsWith('fuse.');
}
