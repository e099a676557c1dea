import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AnishelfError } from '../errors';

const MAX_PATH_LENGTH = 4096;

/**
 * Turns what a caller gave (a path or a `file:` URL) into an absolute file-system path, refusing
 * what no file system holds: empty, NUL bytes, absurd lengths, other URL schemes.
 */
export function toFsPath(input: string | URL): string {
  let value: string;
  if (input instanceof URL) value = urlToPath(input);
  else if (typeof input !== 'string') throw badPath(String(input), 'is not a path');
  else if (/^file:/i.test(input)) value = urlToPath(parseUrl(input));
  else if (/^[a-z][a-z0-9+.-]+:\/\//i.test(input)) throw badPath(input, 'is a URL, not a folder on this computer');
  else value = input;

  if (value.trim() === '') throw badPath(value, 'is empty');
  if (value.includes('\0')) throw badPath(value, 'contains a NUL character');
  if (value.length > MAX_PATH_LENGTH) throw badPath(`${value.slice(0, 60)}…`, `is longer than ${MAX_PATH_LENGTH} characters`);
  return path.resolve(expandHome(value));
}

/** `~` and `~/x` (or `~\\x`) are the user's home folder, as in a shell; `~other` is left alone. */
export function expandHome(value: string, home: string = os.homedir()): string {
  if (value === '~') return home;
  if (/^~[\\/]/.test(value)) return path.join(home, value.slice(2));
  return value;
}

function parseUrl(value: string): URL {
  try {
    return new URL(value);
  } catch {
    throw badPath(value, 'is not a valid file: URL');
  }
}

function urlToPath(url: URL): string {
  if (url.protocol !== 'file:') throw badPath(url.href, 'is not a file: URL');
  try {
    return fileURLToPath(url);
  } catch {
    throw badPath(url.href, 'is not a local file: URL');
  }
}

function badPath(shown: string, why: string): AnishelfError {
  const printable = shown.replace(/\0/g, '\\0');
  return new AnishelfError('BAD_PATH', `The path "${printable.length > 200 ? `${printable.slice(0, 200)}…` : printable}" ${why}.`);
}
