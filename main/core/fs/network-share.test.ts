import { describe, expect, test } from 'vitest';
import { tempDir } from '../testing/temp';
import { isNetworkFsMagic, mayBeNetworkShare } from './network-share';

describe('mayBeNetworkShare', () => {
  test('NFS, SMB, CIFS and FUSE are network file systems; ext4, XFS, Btrfs and tmpfs are not', () => {
    for (const magic of [0x6969, 0x517b, 0xff534d42, 0xfe534d42, 0x65735546]) expect(isNetworkFsMagic(magic)).toBe(true);
    for (const magic of [0xef53, 0x58465342, 0x9123683e, 0x01021994]) expect(isNetworkFsMagic(magic)).toBe(false);
  });

  test('a local temp folder on Linux is not a share', () => {
    expect(mayBeNetworkShare(tempDir(), 'linux')).toBe(false);
  });

  test('where it cannot be told (another system, a folder that is not there) it may be one', () => {
    expect(mayBeNetworkShare(tempDir(), 'darwin')).toBe(true);
    expect(mayBeNetworkShare('/no/such/folder', 'linux')).toBe(true);
  });
});
