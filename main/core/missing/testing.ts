import { addFolders } from '../library/add';
import { scanSeries } from '../scan/scan-series';
import { testDatabase } from '../testing/database';
import { libraryDir, writeTree } from '../testing/temp';

/** A real database with one real series folder holding `files` (relative paths), scanned. */
export async function scannedSeries(folder: string, files: readonly string[], options: { dataDir?: string } = {}) {
  const database = await testDatabase(options);
  const lib = libraryDir();
  writeTree(lib, Object.fromEntries(files.map((f) => [`${folder}/${f}`, 'video'])));
  const { added } = await addFolders({ db: database.db, dataDir: database.dataDir }, [lib]);
  const id = added[0]!.id;
  await scanSeries({ db: database.db }, id);
  return { ...database, lib, id };
}
