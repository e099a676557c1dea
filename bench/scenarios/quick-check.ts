import fs from 'node:fs';
import path from 'node:path';
import Sqlite from 'better-sqlite3';
import { openCore } from '../../main/core/app';
import { DATABASE_FILENAME } from '../../main/core/db/data-dir';
import { openDatabase } from '../../main/core/db/open';
import { benchDataDir, benchLibrary, round } from '../fixtures';
import { timed } from '../measure';
import type { BenchScenario } from '../scenario';

// What the integrity check at every open costs on a big, fully loaded library.
export const quickCheckBigLibrary: BenchScenario = {
  name: 'quick-check-at-open-5000-series',
  async run() {
    const lib = await benchLibrary('five-thousand', 5000, 34);
    const dataDir = benchDataDir();
    const core = await openCore({ dataDir });
    await core.addFolders([lib.root]);
    await core.startLoader();
    await core.whenLoaderIdle();
    await core.close();
    const file = path.join(dataDir, DATABASE_FILENAME);
    const sqlite = new Sqlite(file, { readonly: true });
    const check = await timed(async () => sqlite.pragma('quick_check(1)', { simple: true }));
    sqlite.close();
    const open = await timed(async () => (await openDatabase(dataDir)).close());
    return {
      series: 5000,
      episodes: lib.videoFiles,
      databaseMb: round(fs.statSync(file).size / (1024 * 1024), 1),
      quickCheckMs: round(check.ms, 1),
      openWithCheckMs: round(open.ms, 1),
      quickCheckShareOfOpen: round(check.ms / open.ms, 2),
      result: check.result,
    };
  },
};
