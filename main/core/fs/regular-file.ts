import fs from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { AnishelfError } from '../errors';

// Non-blocking, so that opening a pipe returns at once (a plain open waits for a writer for
// ever, holding the thread that made the call); it changes nothing for a regular file.
export const READ_NONBLOCKING = fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0);

export const NOT_A_FILE_CODE = 'NOT_A_REGULAR_FILE';

/**
 * Refuses what is not a regular file. The check looks at the open file, so nothing can be
 * swapped in between. A folder gives EISDIR, as reading it would.
 */
function checkRegular(file: string, stat: fs.Stats): void {
  if (stat.isFile()) return;
  if (stat.isDirectory()) throw Object.assign(new Error(`${file} is a folder, not a file`), { code: 'EISDIR' });
  throw new AnishelfError(NOT_A_FILE_CODE, `${file} is a pipe, a socket or a device, not a file; Anishelf does not open it.`);
}

/**
 * Opens a file in a library for reading, refusing pipes and devices: a pipe named poster.jpg or
 * tvshow.nfo would otherwise hold one of Node's four file-system threads until someone writes to it.
 */
export async function openRegularFile(file: string): Promise<FileHandle> {
  const handle = await fs.promises.open(file, READ_NONBLOCKING);
  try {
    checkRegular(file, await handle.stat());
    return handle;
  } catch (err) {
    await handle.close();
    throw err;
  }
}

/** openRegularFile for a worker thread's synchronous calls: the file descriptor. */
export function openRegularFileSync(file: string): number {
  const fd = fs.openSync(file, READ_NONBLOCKING);
  try {
    checkRegular(file, fs.fstatSync(fd));
    return fd;
  } catch (err) {
    fs.closeSync(fd);
    throw err;
  }
}

/** The whole of a regular file in a library (see openRegularFile). */
export async function readRegularFile(file: string): Promise<Buffer> {
  const handle = await openRegularFile(file);
  try {
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}

export function readRegularFileSync(file: string): Buffer {
  const fd = openRegularFileSync(file);
  try {
    return fs.readFileSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}
