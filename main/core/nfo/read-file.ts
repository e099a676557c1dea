import fs from 'node:fs';
import { errnoCode } from '../errors';
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
    const stat = fs.statSync(file);
    if (stat.isDirectory()) return failed({ code: 'NFO_IS_DIRECTORY', message: 'This is a folder with an NFO name, not a file; rename or remove the folder.' });
    if (!stat.isFile()) return failed({ code: 'NFO_UNREADABLE', message: 'This is not a regular file (a device or a pipe), so Anishelf does not read it.' });
    if (stat.size > MAX_NFO_BYTES) return tooLargeResult(stat.size);
    fd = fs.openSync(file, 'r');
    // Room for the file to have grown a little since stat, never more than one byte past the cap.
    const limit = Math.min(stat.size + 65_536, MAX_NFO_BYTES + 1);
    const buffer = bufferOf(limit);
    let length = 0;
    for (let n = 1; n > 0 && length < limit; length += n) n = fs.readSync(fd, buffer, length, limit - length, null);
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
