// Picks the CLI's bundled build (out/main/cli.cjs, made by `npm run build`) when it is at least
// as new as every source file it was built from, so a start skips compiling TypeScript; after an
// edit without a rebuild the sources run through tsx instead, never stale code.
import fs from 'node:fs';
import path from 'node:path';

export const BUNDLE = path.join('out', 'main', 'cli.cjs');
const SOURCE_DIRS = ['main', 'shared'];

/** The bundle's path when it exists and no source under `root` is newer; otherwise null. */
export function currentCliBundle(root) {
  const bundle = path.join(root, BUNDLE);
  let built;
  try {
    built = fs.statSync(bundle).mtimeMs;
  } catch {
    return null;
  }
  for (const dir of SOURCE_DIRS) if (newerThan(path.join(root, dir), built)) return null;
  return bundle;
}

function newerThan(dir, time) {
  let entries;
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    // An installed package may ship the bundle without sources: nothing to compare with.
    return false;
  }
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (newerThan(full, time)) return true;
    } else if (fs.statSync(full).mtimeMs > time) {
      return true;
    }
  }
  return false;
}
