import path from 'node:path';
import { isInsideFolder } from './inside';
import { lstatIfAny, PROMISE_FS, type LibraryFs } from './library-fs';

/**
 * The one way Anishelf removes a file from a user's series folder: a file of its own, still
 * exactly as it wrote it (`isOwn` decides on the bytes read here), a regular file (never a link),
 * in a folder whose real path is inside the series folder's. Returns whether it was removed; a
 * file that changed, or is not a plain file inside the series, is left where it is.
 */
export async function removeOwnFileInsideSeries(
  seriesFolder: string,
  target: string,
  isOwn: (bytes: Uint8Array) => boolean,
  io: LibraryFs = PROMISE_FS,
): Promise<boolean> {
  const folder = await io.realpath(seriesFolder);
  const dir = await io.realpath(path.dirname(target));
  if (!isInsideFolder(dir, folder)) return false;
  const file = path.join(dir, path.basename(target));
  const stat = await lstatIfAny(io, file);
  if (!stat?.isFile()) return false;
  if (!isOwn(await io.readFile(file))) return false;
  await io.unlink(file);
  return true;
}
