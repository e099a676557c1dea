import fs from 'node:fs';

// Linux statfs(2) magic numbers of file systems whose calls cross a network (or a FUSE daemon,
// which may): NFS, SMB, CIFS, SMB2, FUSE, 9P, AFS (two), Coda, NCP, Ceph, GFS2, OCFS2, Lustre.
const NETWORK_MAGIC = new Set([
  0x6969, 0x517b, 0xff534d42, 0xfe534d42, 0x65735546, 0x01021997, 0x5346414f, 0x6b414653, 0x73757245, 0x564c, 0x00c36400, 0x01161970,
  0x7461636f, 0x0bd00bd0,
]);

/** Whether a statfs type on Linux is one of a network (or FUSE) file system. */
export function isNetworkFsMagic(type: number): boolean {
  return NETWORK_MAGIC.has(type);
}

/**
 * Whether `folder` may be on a network share, where each file-system call waits on the network.
 * Told only on Linux (statfs types are not comparable elsewhere); anywhere else, and when the
 * folder cannot be looked at, the answer is "may be".
 */
export function mayBeNetworkShare(folder: string, platform: NodeJS.Platform = process.platform): boolean {
  if (platform !== 'linux') return true;
  try {
    return isNetworkFsMagic(Number(fs.statfsSync(folder).type));
  } catch {
    return true;
  }
}
