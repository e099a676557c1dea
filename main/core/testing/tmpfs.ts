import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { onTestFinished } from 'vitest';

let probed: string | null | undefined;

/** Why a small tmpfs cannot be mounted here (not root, no CAP_SYS_ADMIN), or null when it can. */
export function tmpfsUnavailable(): string | null {
  if (probed !== undefined) return probed;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'anishelf-tmpfs-probe-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', dir], { stdio: 'pipe' });
    execFileSync('umount', [dir], { stdio: 'pipe' });
    probed = null;
  } catch (err) {
    probed = `mounting a tmpfs is not permitted here (${String((err as { stderr?: Buffer }).stderr ?? err).trim().split('\n')[0]})`;
  } finally {
    fs.rmdirSync(dir);
  }
  return probed;
}

/** A real, tiny file system (tmpfs of `size`, e.g. "2m"), unmounted when the test finishes. */
export function tinyDisk(size: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'anishelf-disk-'));
  execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir], { stdio: 'pipe' });
  onTestFinished(() => {
    execFileSync('umount', ['-l', dir], { stdio: 'pipe' });
    fs.rmdirSync(dir);
  });
  return dir;
}

/** Fills the disk holding `dir` until `leave` bytes are free (0: completely full); returns the filler's path. */
export function fillDisk(dir: string, leave = 0): string {
  const filler = path.join(dir, 'filler.bin');
  const fd = fs.openSync(filler, 'a');
  const chunk = Buffer.alloc(4096, 0x5a);
  try {
    for (;;) {
      const stat = fs.statfsSync(dir);
      if (stat.bavail * stat.bsize <= leave) break;
      fs.writeSync(fd, chunk);
    }
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOSPC') throw err;
  } finally {
    fs.closeSync(fd);
  }
  return filler;
}
