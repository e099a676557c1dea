import type { DbOrTx } from '../db/handle';
import { isOwnWrite, writtenRecords } from '../db/repos/written-files';
import { removeOwnFileInsideSeries } from '../fs/library-remove';
import type { LibraryFs } from '../fs/library-fs';

/**
 * Removes the episode NFOs Anishelf wrote whose video is no longer beside them (renamed,
 * replaced by a better release, deleted), as Sonarr cleans up its own metadata: left there, each
 * rename would leave one more stray NFO. Only a file still exactly as Anishelf wrote it goes; an
 * NFO the user wrote or edited stays. Returns the paths removed, whose records the caller drops
 * with the scan's other changes. Tidying never fails a scan: a file that cannot go stays.
 */
export async function removeOwnLoneNfos(db: DbOrTx, seriesFolder: string, loneNfos: readonly string[], io?: LibraryFs): Promise<string[]> {
  if (loneNfos.length === 0) return [];
  const recorded = await writtenRecords(db, loneNfos, 'episode-nfo');
  const removed: string[] = [];
  for (const [file, { hash, size }] of recorded) {
    const own = { size, matches: (bytes: Uint8Array) => isOwnWrite(hash, bytes) };
    const gone = await removeOwnFileInsideSeries(seriesFolder, file, own, io).catch(() => false);
    if (gone) removed.push(file);
  }
  return removed;
}
