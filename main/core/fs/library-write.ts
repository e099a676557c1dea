import path from 'node:path';
import { AnishelfError, errnoCode } from '../errors';
import { writeFileAtomic, type AtomicWriteOptions } from './atomic-write';
import type { FileStamp } from './own-writes';
import { isInsideFolder } from './inside';
import { PROMISE_FS, type LibraryFs } from './library-fs';

export type LibraryWriteOptions = Omit<AtomicWriteOptions, 'fs'> & { fs?: LibraryFs };

/**
 * The one way Anishelf writes into a user's series folder (NFO files now, artwork later). The
 * target's real path is resolved first and must stay inside the real path of the series folder:
 * a symlinked file is written through to its target when that target is inside the series, and
 * refused otherwise — never replaced by a regular file. A dangling link is refused too. Returns
 * the path actually written, with the size and time the file was left with.
 */
export async function writeInsideSeries(seriesFolder: string, target: string, data: string | Uint8Array, options: LibraryWriteOptions = {}): Promise<FileStamp & { path: string }> {
  const io = options.fs ?? PROMISE_FS;
  const folder = await realOrThrow(io, seriesFolder, target);
  const link = await io.lstat(target).catch((err: unknown) => {
    if (errnoCode(err) === 'ENOENT') return null;
    throw err;
  });
  let destination: string;
  if (link?.isSymbolicLink()) {
    const real = await io.realpath(target).catch(() => null);
    if (real === null) throw outside(target, 'it is a link that points nowhere');
    if (real === folder || !isInsideFolder(real, folder)) throw outside(target, `it is a link to ${real}, outside the series folder`);
    destination = real;
  } else {
    const dir = await realOrThrow(io, path.dirname(target), target);
    if (!isInsideFolder(dir, folder)) throw outside(target, `its folder is really ${dir}, outside the series folder`);
    destination = path.join(dir, path.basename(target));
  }
  const stamp = await writeFileAtomic(destination, data, { ...options, fs: io });
  return { path: destination, ...stamp };
}

async function realOrThrow(io: LibraryFs, dir: string, target: string): Promise<string> {
  try {
    return await io.realpath(dir);
  } catch (cause) {
    throw new AnishelfError('WRITE_FAILED', `Anishelf cannot write ${path.basename(target)} in ${path.dirname(target)} because its folder does not exist; check that the drive is connected.`, { cause });
  }
}

function outside(target: string, why: string): AnishelfError {
  return new AnishelfError('WRITE_OUTSIDE', `Anishelf will not write ${target}: ${why}. It only writes inside the series folder; replace the link with a file to let it write there.`);
}
