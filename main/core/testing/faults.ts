import fs from 'node:fs';
import path from 'node:path';
import { tempDir } from './temp';

let enforced: boolean | undefined;

/**
 * Permission tests need permission bits to apply. As root they only do when the run dropped
 * CAP_DAC_OVERRIDE (`npm run test:unit` does); fail loudly instead of passing vacuously.
 */
export function requirePermissionChecks(): void {
  if (enforced === undefined) {
    const dir = tempDir('anishelf-perm-probe-');
    const locked = path.join(dir, 'locked');
    fs.mkdirSync(locked, { mode: 0o000 });
    fs.chmodSync(locked, 0o000);
    try {
      fs.readdirSync(locked);
      enforced = false;
    } catch {
      enforced = true;
    }
  }
  if (!enforced) {
    throw new Error(
      'File permissions are not enforced for this user (root with CAP_DAC_OVERRIDE); run the tests with ' +
        '`npm run test:unit`, which drops that capability.',
    );
  }
}

/** A folder that exists but cannot be read. */
export function unreadableDir(parent: string, name = 'locked'): string {
  requirePermissionChecks();
  const dir = path.join(parent, name);
  fs.mkdirSync(dir, { recursive: true });
  fs.chmodSync(dir, 0o000);
  return dir;
}

/** A path inside a folder that cannot be written, for data-dir and save failures. */
export function unwritableDir(): string {
  requirePermissionChecks();
  const dir = tempDir('anishelf-ro-');
  fs.chmodSync(dir, 0o555);
  return path.join(dir, 'data');
}
