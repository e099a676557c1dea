import fs from 'node:fs';
import { errnoCode } from '../errors';
import { READ_NONBLOCKING } from '../fs/regular-file';
import { MAX_NFO_BYTES } from './guard';
import { emptyResult, parseNfo, tooLargeResult } from './parse';
import type { NfoProblem, NfoReadResult } from './types';

/**
 * Reads and parses one NFO file, synchronously: this runs inside an NFO worker thread. The file
 * is opened read-only and never more than the size cap is read. Missing files, folders and
 * unreadable files come back as problems, like bad content.
 */
export function readNfoFileSync(file: string): NfoReadResult {
  let fd: number | undefined;
  try {
    // Non-blocking, so opening a pipe cannot hang the worker before fstat turns it away; the
    // checks then look at the open file (no second path lookup, and no race with a rename).
    fd = fs.openSync(file, READ_NONBLOCKING);
    const stat = fs.fstatSync(fd);
    if (stat.isDirectory()) return failed({ code: 'NFO_IS_DIRECTORY', message: 'This is a folder with an NFO name, not a file; rename or remove the folder.' });
    if (!stat.isFile()) return failed({ code: 'NFO_UNREADABLE', message: 'This is not a regular file (a device or a pipe), so Anishelf does not read it.' });
    if (stat.size > MAX_NFO_BYTES) return tooLargeResult(stat.size);
    // Room for the file to have grown a little since fstat, never more than one byte past the cap.
    const limit = Math.min(stat.size + 65_536, MAX_NFO_BYTES + 1);
    const buffer = bufferOf(limit);
    let length = 0;
    for (;;) {
      const wanted = limit - length;
      const n = fs.readSync(fd, buffer, length, wanted, null);
      length += n;
      if (n === 0 || length >= limit) break;
      // A short read that reaches the size fstat gave is the end: no extra read just to get 0.
      if (n < wanted && length >= stat.size) break;
    }
    return parseNfo(buffer.subarray(0, length));
  } catch (err) {
    return failed(readProblem(err));
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/**
 * One buffer serves every ordinary file: a fresh 64 KB+ buffer per file made garbage collection
 * a sixth of a worker's time. Safe to share because parsing decodes the bytes into a string
 * before this function returns, and nothing here runs re-entrantly. Bigger files get their own.
 */
const SHARED_BYTES = 256 * 1024;
let shared: Buffer | null = null;

function bufferOf(size: number): Buffer {
  if (size > SHARED_BYTES) return Buffer.allocUnsafe(size);
  shared ??= Buffer.allocUnsafe(SHARED_BYTES);
  return shared;
}

function readProblem(err: unknown): NfoProblem {
  const code = errnoCode(err);
  if (code === 'ENOENT' || code === 'ENOTDIR') return { code: 'NFO_NOT_FOUND', message: 'The file does not exist (any more); check the path.' };
  if (code === 'EISDIR') return { code: 'NFO_IS_DIRECTORY', message: 'This is a folder with an NFO name, not a file; rename or remove the folder.' };
  if (code === 'EACCES' || code === 'EPERM') return { code: 'NFO_UNREADABLE', message: 'Anishelf is not allowed to read the file; check its permissions.' };
  const reason = err instanceof Error ? err.message : String(err);
  return { code: 'NFO_UNREADABLE', message: `The file could not be read (${reason}); check that the drive is connected and try again.` };
}

function failed(problem: NfoProblem): NfoReadResult {
  return emptyResult('unknown', [problem]);
}
