import path from 'node:path';
import { inTransaction } from '../../main/core/db/handle';
import { openDatabase } from '../../main/core/db/open';
import { applyEpisodeChanges } from '../../main/core/db/repos/episodes';
import { insertSeries } from '../../main/core/db/repos/series';
import type { NewEpisode, NewSeries } from '../../main/core/db/schema';
import { syncFsOps } from '../../main/core/media/fs-ops';
import { snapshotFolder } from '../../main/core/scan/folder-snapshot';
import { newEpisodeRow } from '../../main/core/scan/scan-series';
import { benchDataDir, benchLibrary, round } from '../fixtures';
import { findSeconds } from '../import-measure';
import type { BenchScenario } from '../scenario';

const LIBRARY = { name: 'five-thousand', series: 5000, episodes: 34 };
const RUNS = 2;

async function bestOf<T>(work: () => Promise<T> | T): Promise<{ result: T; seconds: number }> {
  let best = { result: undefined as T, seconds: Infinity };
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    const result = await work();
    const seconds = (performance.now() - started) / 1000;
    if (seconds < best.seconds) best = { result, seconds };
  }
  return best;
}

/**
 * What the import of the 5,000-series library costs at the least, with the app's own code run in
 * bulk on one thread: each series folder scanned as the scan thread does it (the walk with a stat
 * of every video, the name parsing, the artwork headers), then every episode row inserted in one
 * transaction. None of the loader's per-series work is in it (jobs, stage records, NFO reads and
 * writes, hand-offs between threads). Set beside `find` and the 12× target, it shows how much of
 * the target this machine leaves for that work; `load-5000-series` gives the loader's figure.
 */
export const importFloor: BenchScenario = {
  name: 'import-floor-5000-series',
  async run() {
    const lib = await benchLibrary(LIBRARY.name, LIBRARY.series, LIBRARY.episodes);
    const find = Math.min(findSeconds(lib.root), findSeconds(lib.root));
    // Series ids are known before the rows are built: the scan keeps no parse longer than its rows.
    const database = await openDatabase(benchDataDir());
    try {
      const now = new Date().toISOString();
      const series = await insertSeries(
        database.db,
        lib.seriesFolders.map((folder) => ({ path: folder, folder_name: path.basename(folder), title: path.basename(folder), provider_ids: '{}', added_at: now, updated_at: now }) as NewSeries),
      );
      const scan = await bestOf(async () => {
        const rows: NewEpisode[] = [];
        for (const row of series) {
          const snapshot = await snapshotFolder({ folder: row.path, folderName: row.folder_name, seasonHint: null, libraryFolder: lib.root }, syncFsOps);
          for (const file of snapshot.files) rows.push(newEpisodeRow(row.id, file));
        }
        return rows;
      });
      const rows = scan.result;
      const started = performance.now();
      await inTransaction(database.db, (trx) => applyEpisodeChanges(trx, { insert: rows, update: [], remove: [] }));
      const insertSeconds = (performance.now() - started) / 1000;
      const floor = scan.seconds + insertSeconds;
      return {
        series: lib.seriesFolders.length,
        files: rows.length,
        findSeconds: round(find, 3),
        scanSeconds: round(scan.seconds, 3),
        insertSeconds: round(insertSeconds, 3),
        floorSeconds: round(floor, 3),
        floorRatioToFind: round(floor / find, 1),
        targetRatio: 12,
      };
    } finally {
      await database.close();
    }
  },
};
