import fs from 'node:fs';
import path from 'node:path';
import { errnoCode } from '../errors';

/**
 * `mkdir -p` that always ends. Node's recursive mkdir retries for ever where a file system
 * answers "no such file" when a folder is made in a parent that exists (/proc and /sys do): it
 * takes the answer for a missing parent, makes the parent (it exists) and tries again. Here each
 * missing level is made once, from the first folder that exists down; such an answer is thrown.
 */
export function makeFolderTreeSync(dir: string): void {
  const missing: string[] = [];
  for (let current = path.resolve(dir); !fs.statSync(current, { throwIfNoEntry: false }); ) {
    missing.push(current);
    const parent = path.dirname(current);
    if (parent === current) break;
    current = parent;
  }
  for (const folder of missing.reverse()) {
    try {
      fs.mkdirSync(folder);
    } catch (err) {
      if (errnoCode(err) !== 'EEXIST') throw err;
    }
  }
}
