import fs from 'node:fs/promises';
import path from 'node:path';

/**
 * The paths a folder typed on the command line may be stored under: the path resolved against
 * the working folder ("./Frieren", "Frieren/"), then its real path, since the library stores
 * real paths (a link to a library folder finds it too).
 */
export async function storedPathsOf(given: string): Promise<string[]> {
  const resolved = path.resolve(given);
  const real = await fs.realpath(resolved).catch(() => resolved);
  return real === resolved ? [resolved] : [resolved, real];
}
