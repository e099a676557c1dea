import path from 'node:path';
import { isInsideFolder } from '../fs/inside';
import { lstatIfAny, PROMISE_FS, type LibraryFs } from '../fs/library-fs';

/**
 * How old a temp file of Anishelf's must be before a scan takes it for one a killed process left:
 * a write in progress (in this process or a command run beside it) lasts milliseconds.
 */
const LEFTOVER_TEMP_AGE_MS = 10 * 60_000;

/**
 * Removes the temp files of atomic writes (`.anishelf-<random>.tmp`) that a process killed
 * between writing and renaming left in the series folder: hidden, they would stay there for
 * ever. Only plain files of that exact name, old enough, in a folder inside the series folder.
 * Returns how many went; tidying never fails a scan.
 */
export async function removeLeftoverTemps(seriesFolder: string, temps: readonly string[], nowMs: number, io: LibraryFs = PROMISE_FS): Promise<number> {
  if (temps.length === 0) return 0;
  const folder = await io.realpath(seriesFolder).catch(() => null);
  if (folder === null) return 0;
  let removed = 0;
  for (const temp of temps) {
    try {
      const dir = await io.realpath(path.dirname(temp));
      if (!isInsideFolder(dir, folder)) continue;
      const file = path.join(dir, path.basename(temp));
      const stat = await lstatIfAny(io, file);
      if (!stat?.isFile() || nowMs - stat.mtimeMs < LEFTOVER_TEMP_AGE_MS) continue;
      await io.unlink(file);
      removed++;
    } catch {
      // Left for the next scan.
    }
  }
  return removed;
}
