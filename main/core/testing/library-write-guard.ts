import fs from 'node:fs';
import path from 'node:path';
import { syncBuiltinESMExports } from 'node:module';
import { MEDIA_FILENAMES, OTHER_ARTWORK } from '../media/names';

/**
 * No test may touch a user file: while tests run, delete and rename are wrapped. Inside a folder registered as a
 * user's library, only Anishelf's own temp files, NFO files and artwork may be deleted or renamed.
 * Anything else is recorded as a violation (and the call throws), and the test fails.
 */

// Anishelf's own files: its temp files, NFO files, and the artwork names it knows (names.ts).
const TEMP_FILE = /^\.anishelf-.*\.tmp$/;
const ARTWORK_NAMES = new Set(Object.values(MEDIA_FILENAMES).flat());
const isOwnName = (name: string) =>
  TEMP_FILE.test(name) || name.toLowerCase().endsWith('.nfo') || ARTWORK_NAMES.has(name.toLowerCase()) || OTHER_ARTWORK.test(name);

const libraries = new Set<string>();
const violations: string[] = [];
let suspended = 0;

export function registerLibraryDir(dir: string): void {
  libraries.add(path.resolve(dir));
}

export function unregisterLibraryDir(dir: string): void {
  libraries.delete(path.resolve(dir));
}

/** Runs a test's own deliberate change to a library (simulating the user) without the guard. */
export function asUser<T>(action: () => T): T {
  suspended++;
  try {
    return action();
  } finally {
    suspended--;
  }
}

export function takeViolations(): string[] {
  return violations.splice(0, violations.length);
}

function insideLibrary(target: string): boolean {
  const resolved = path.resolve(target);
  for (const lib of libraries) {
    if (resolved === lib || resolved.startsWith(lib + path.sep)) return true;
  }
  return false;
}

function check(op: string, target: unknown, allowed: (p: string) => boolean): void {
  if (suspended > 0 || (typeof target !== 'string' && !(target instanceof URL))) return;
  const p = target instanceof URL ? target.pathname : target;
  if (!insideLibrary(p) || allowed(p)) return;
  const message = `${op} of a user's library file is not allowed: ${p}`;
  violations.push(message);
  throw new Error(message);
}

const isOwnFile = (p: string) => isOwnName(path.basename(p));

type AnyFn = (...args: any[]) => any;

function wrap(target: Record<string, unknown>, name: string, guard: (args: unknown[]) => void): void {
  const original = target[name] as AnyFn;
  if (typeof original !== 'function' || (original as { __guarded?: boolean }).__guarded) return;
  const wrapped = function (this: unknown, ...args: unknown[]) {
    guard(args);
    return original.apply(this, args);
  };
  (wrapped as unknown as { __guarded: boolean }).__guarded = true;
  target[name] = wrapped;
}

export function installLibraryWriteGuard(): void {
  const targets = [fs as unknown as Record<string, unknown>, fs.promises as unknown as Record<string, unknown>];
  for (const t of targets) {
    for (const name of ['unlink', 'unlinkSync', 'rm', 'rmSync', 'rmdir', 'rmdirSync']) {
      wrap(t, name, ([p]) => check(name, p, isOwnFile));
    }
    for (const name of ['rename', 'renameSync']) {
      // A rename is ours only if both ends are our own files (temp → tvshow.nfo, temp → poster.jpg).
      wrap(t, name, ([from, to]) => {
        check(name, from, isOwnFile);
        check(name, to, isOwnFile);
      });
    }
  }
  syncBuiltinESMExports();
}
