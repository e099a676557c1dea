import fs from 'node:fs/promises';
import path from 'node:path';
import { expandHome } from './to-path';

/**
 * The paths a folder typed on the command line may be stored under: the path resolved against
 * the working folder ("./Frieren", "Frieren/"; `~` is the home folder, as `add` reads it), then
 * its real path, since the library stores real paths (a link to a library folder finds it too).
 */
export async function storedPathsOf(given: string): Promise<string[]> {
  const resolved = path.resolve(expandHome(given));
  const real = await fs.realpath(resolved).catch(() => resolved);
  return real === resolved ? [resolved] : [resolved, real];
}
