import fs from 'node:fs';
import path from 'node:path';
import { AnishelfError, errnoCode } from '../errors';

/** Free space below which the loader pauses and a write is known to fail soon. */
export const MIN_FREE_BYTES = 1024 * 1024;

/** How to get a library back when its database cannot be used as it is. */
export function recoveryAdvice(file: string): string {
  return (
    `Anishelf left it untouched. To start a new library, move it aside (for example rename it to ` +
    `${path.basename(file)}.broken); to get your library back, copy a file from ${path.join(path.dirname(file), 'backups')} ` +
    `in its place if there is one.`
  );
}

export function corruptDatabase(file: string, cause?: unknown): AnishelfError {
  return new AnishelfError('DB_CORRUPT', `The library database ${file} is damaged. ${recoveryAdvice(file)}`, { cause });
}

/** Bytes free for this user on the disk holding `dir`, or null when the OS cannot say. */
export function freeBytes(dir: string): number | null {
  try {
    const stat = fs.statfsSync(dir);
    return stat.bavail * stat.bsize;
  } catch {
    return null;
  }
}

export function diskFull(dataDir: string, cause?: unknown): AnishelfError {
  const free = freeBytes(dataDir);
  const have = free === null ? '' : ` (${formatBytes(free)} free)`;
  return new AnishelfError(
    'DISK_FULL',
    `The disk holding Anishelf's data folder ${dataDir} is full${have}; free at least ${formatBytes(MIN_FREE_BYTES)} there and Anishelf carries on.`,
    { cause },
  );
}

function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(n >= 10 * 1024 * 1024 ? 0 : 1)} MB`;
  return `${Math.round(n / 1024)} KB`;
}

/** Whether an error says the disk is full: SQLite's SQLITE_FULL or the OS's ENOSPC / EDQUOT. */
export function isDiskFull(err: unknown): boolean {
  const code = errnoCode(err);
  return code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT' || code === 'DISK_FULL';
}

export function isCorrupt(err: unknown): boolean {
  const code = errnoCode(err) ?? '';
  return code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB' || code === 'DB_CORRUPT';
}

/**
 * The sentence for a database fault raised anywhere (not only at open): a damaged file, a full
 * disk, a read-only file, a lock held too long, an I/O error. Null for errors that are not one.
 */
export function databaseFault(err: unknown, dataDir: string, file: string): AnishelfError | null {
  if (err instanceof AnishelfError) return null;
  const code = errnoCode(err) ?? '';
  if (isCorrupt(err)) return corruptDatabase(file, err);
  if (isDiskFull(err)) return diskFull(dataDir, err);
  if (code.startsWith('SQLITE_READONLY')) return readOnlyDatabase(file, err);
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return new AnishelfError('DB_BUSY', `Another program holds the library database ${file} locked; close it (or wait for it to finish) and try again.`, { cause: err });
  }
  // An I/O error on a disk with no room left (creating the WAL index, say) is the full disk.
  if (code.startsWith('SQLITE_IOERR') && (freeBytes(dataDir) ?? Infinity) < MIN_FREE_BYTES / 8) return diskFull(dataDir, err);
  if (code.startsWith('SQLITE_IOERR')) {
    return new AnishelfError('DB_IO_ERROR', `Reading or writing the library database ${file} failed with an I/O error; check the disk holding ${dataDir}, then try again.`, { cause: err });
  }
  if (code.startsWith('SQLITE_CANTOPEN')) {
    return new AnishelfError('DATA_DIR_READ_ONLY', `Anishelf cannot write to its data folder ${dataDir}; make it writable or choose another with --data-dir.`, { cause: err });
  }
  return null;
}

export function readOnlyDatabase(file: string, cause?: unknown): AnishelfError {
  return new AnishelfError(
    'DB_READ_ONLY',
    `The library database ${file} is read-only; make the file writable (for example chmod u+w) or choose another data folder with --data-dir.`,
    { cause },
  );
}
