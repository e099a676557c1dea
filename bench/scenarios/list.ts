import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openCore } from '../../main/core/app';
import { benchDataDir, benchLibrary, round } from '../fixtures';
import type { BenchScenario } from '../scenario';

const bin = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../bin/anishelf.js');
const SERIES = 10_000;
const RUNS = 3;

/**
 * A restart to "list ready" at 10,000 series, as a CLI user sees it: a fresh `anishelf list
 * --json` process on a library added before, start-up included; best of three. The in-process
 * figure (opening the core, then listing) is beside it. Target: under 1 s.
 */
export const listTenThousand: BenchScenario = {
  name: 'list-10000-series-restart',
  async run() {
    const lib = await benchLibrary('ten-thousand-series', SERIES, 1, true);
    const dataDir = benchDataDir();
    const setup = await openCore({ dataDir });
    await setup.addFolders([lib.root]);
    await setup.close();

    let cliMs = Infinity;
    let listed = -1;
    for (let run = 0; run < RUNS; run++) {
      const started = performance.now();
      const cli = spawnSync(process.execPath, [bin, 'list', '--json', '--data-dir', dataDir], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
      cliMs = Math.min(cliMs, performance.now() - started);
      if (cli.status !== 0) throw new Error(`anishelf list failed: ${cli.stderr.slice(0, 200)}`);
      listed = (JSON.parse(cli.stdout) as unknown[]).length;
    }
    let openAndListMs = Infinity;
    for (let run = 0; run < RUNS; run++) {
      const started = performance.now();
      const core = await openCore({ dataDir });
      const series = await core.listSeries();
      openAndListMs = Math.min(openAndListMs, performance.now() - started);
      await core.close();
      if (series.length !== listed) throw new Error(`listed ${series.length} series in process, ${listed} from the CLI`);
    }
    return { series: listed, cliProcessMs: round(cliMs), openAndListMs: round(openAndListMs), targetMs: 1000 };
  },
};
