import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { onTestFinished } from 'vitest';
import { asUser, registerLibraryDir, unregisterLibraryDir } from './library-write-guard';

/** A fresh temp folder, removed when the current test finishes. */
export function tempDir(prefix = 'anishelf-test-'): string {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), prefix)));
  onTestFinished(() => {
    asUser(() => {
      makeWritable(dir);
      fs.rmSync(dir, { recursive: true, force: true });
    });
  });
  return dir;
}

/** A temp folder that stands for a user's library: the write guard protects what is inside. */
export function libraryDir(prefix = 'anishelf-lib-'): string {
  const dir = tempDir(prefix);
  registerLibraryDir(dir);
  onTestFinished(() => unregisterLibraryDir(dir));
  return dir;
}

/** Writes files (creating folders) under `root`: keys are relative paths, values contents. */
export function writeTree(root: string, files: Record<string, string | Buffer>): void {
  for (const [rel, content] of Object.entries(files)) {
    const file = path.join(root, rel);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    if (rel.endsWith('/')) fs.mkdirSync(file, { recursive: true });
    else fs.writeFileSync(file, content);
  }
}

// Tests chmod folders to 000; restore so cleanup can remove them.
function makeWritable(dir: string): void {
  try {
    fs.chmodSync(dir, 0o755);
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory() && !entry.isSymbolicLink()) makeWritable(path.join(dir, entry.name));
    }
  } catch {
    // Best effort: whatever cannot be restored is left for the OS temp cleaner.
  }
}
