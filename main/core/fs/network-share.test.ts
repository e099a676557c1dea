import { describe, expect, test } from 'vitest';
import { tempDir } from '../testing/temp';
import { parseMountInfo, recentMounts } from './mounts';
import { mayBeNetworkShare } from './network-share';

const MOUNTS = parseMountInfo(
  [
    '22 1 8:1 / / rw - ext4 /dev/sda1 rw',
    '40 22 0:40 / /mnt/nas rw - nfs4 nas:/anime rw',
    '41 22 0:41 / /mnt/smb rw - cifs //nas/tv rw',
    '42 22 0:42 / /mnt/cloud rw - fuse.rclone cloud: rw',
    '43 22 8:2 / /mnt/disk rw - xfs /dev/sdb1 rw',
  ].join('\n'),
);

describe('mayBeNetworkShare', () => {
  test('folders on NFS, SMB and FUSE mounts may be on a share; those on ext4 and XFS are not', () => {
    expect(mayBeNetworkShare('/mnt/nas/Show', MOUNTS)).toBe(true);
    expect(mayBeNetworkShare('/mnt/smb/Show', MOUNTS)).toBe(true);
    expect(mayBeNetworkShare('/mnt/cloud/Show', MOUNTS)).toBe(true);
    expect(mayBeNetworkShare('/mnt/disk/Show', MOUNTS)).toBe(false);
    expect(mayBeNetworkShare('/home/me/Anime/Show', MOUNTS)).toBe(false);
  });

  test('without a mount table (not Linux) a folder may be on a share', () => {
    expect(mayBeNetworkShare('/home/me/Anime/Show', [])).toBe(true);
  });

  test("this machine's temp folder is read from the real mount table", () => {
    expect(mayBeNetworkShare(tempDir())).toBe(process.platform !== 'linux');
  });
});

describe('recentMounts', () => {
  test('the table is read once and kept until it is the given age; then, or when the clock goes back, it is read again', () => {
    const first = recentMounts(10_000, 1_000_000);
    expect(recentMounts(10_000, 1_009_999)).toBe(first);
    const later = recentMounts(10_000, 1_010_000);
    expect(later).not.toBe(first);
    expect(later).toEqual(first);
    expect(recentMounts(10_000, 5)).not.toBe(later);
  });
});
