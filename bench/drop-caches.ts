import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

const DROP_CACHES = '/proc/sys/vm/drop_caches';

/** Empties the kernel's page, dentry and inode caches; false where that is not allowed. */
export function dropCaches(): boolean {
  try {
    fs.accessSync(DROP_CACHES, fs.constants.W_OK);
    spawnSync('sync');
    fs.writeFileSync(DROP_CACHES, '3\n');
    return true;
  } catch {
    return false;
  }
}
