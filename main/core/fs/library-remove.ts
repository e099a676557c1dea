import path from 'node:path';
import { isInsideFolder } from './inside';
import { lstatIfAny, PROMISE_FS, type LibraryFs } from './library-fs';

/** What Anishelf wrote at a path: its size, and a test of the bytes found there now. */
export interface OwnFile {
  size: number;
  matches(bytes: Uint8Array): boolean;
}

/**
 * The one way Anishelf removes a file from a user's series folder: a file of its own, still
 * exactly as it wrote it (`own` decides on the bytes read here, once the size fits, so a big file
 * put there since is never read whole), a regular file (never a link), in a folder whose real
 * path is inside the series folder's. Returns whether it was removed; a file that changed, or is
 * not a plain file inside the series, is left where it is.
 */
export async function removeOwnFileInsideSeries(seriesFolder: string, target: string, own: OwnFile, io: LibraryFs = PROMISE_FS): Promise<boolean> {
  const folder = await io.realpath(seriesFolder);
  const dir = await io.realpath(path.dirname(target));
  if (!isInsideFolder(dir, folder)) return false;
  const file = path.join(dir, path.basename(target));
  const stat = await lstatIfAny(io, file);
  // An empty file is Anishelf's write cut off by a power loss (see isOwnWrite).
  if (!stat?.isFile() || (stat.size !== own.size && stat.size !== 0)) return false;
  if (!own.matches(await io.readFile(file))) return false;
  await io.unlink(file);
  return true;
}
