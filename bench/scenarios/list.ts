import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openCore } from '../../main/core/app';
import { withBundledCli } from '../bundled-cli';
import { benchDataDir, benchLibrary, round } from '../fixtures';
import type { BenchScenario } from '../scenario';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bin = path.join(root, 'bin/anishelf.js');
const SERIES = 10_000;
const RUNS = 3;

/** Best of RUNS fresh `list --json` processes: the time and how many series they listed. */
function cliList(args: string[], dataDir: string): { ms: number; listed: number } {
  let ms = Infinity;
  let listed = -1;
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    const cli = spawnSync(process.execPath, [...args, 'list', '--json', '--data-dir', dataDir], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, env: { ...process.env, ANISHELF_FROM_SOURCE: '1' } });
    ms = Math.min(ms, performance.now() - started);
    if (cli.status !== 0) throw new Error(`anishelf list failed: ${cli.stderr.slice(0, 200)}`);
    listed = (JSON.parse(cli.stdout) as unknown[]).length;
  }
  return { ms, listed };
}

/**
 * A restart to "list ready" at 10,000 series, as a CLI user sees it: a fresh `anishelf list
 * --json` process on a library added before, start-up included; best of three. Measured with
 * the CLI bundled as `npm run build` and the packaged app make it (built here, removed after), and from the sources through tsx as `npx anishelf` runs before a build. The
 * in-process figure (opening the core, then listing) is beside them. Target: under 1 s.
 */
export const listTenThousand: BenchScenario = {
  name: 'list-10000-series-restart',
  async run() {
    const lib = await benchLibrary('ten-thousand-series', SERIES, 1, true);
    const dataDir = benchDataDir();
    const setup = await openCore({ dataDir });
    await setup.addFolders([lib.root]);
    await setup.close();

    const bundled = await withBundledCli((cli) => cliList([cli], dataDir));
    const fromSource = cliList([bin], dataDir);
    const listed = bundled.listed;
    if (fromSource.listed !== listed) throw new Error(`listed ${fromSource.listed} series from the sources, ${listed} from the bundle`);
    let openAndListMs = Infinity;
    for (let run = 0; run < RUNS; run++) {
      const started = performance.now();
      const core = await openCore({ dataDir });
      const series = await core.listSeries();
      openAndListMs = Math.min(openAndListMs, performance.now() - started);
      await core.close();
      if (series.length !== listed) throw new Error(`listed ${series.length} series in process, ${listed} from the CLI`);
    }
    return { series: listed, cliBundledProcessMs: round(bundled.ms), cliFromSourceProcessMs: round(fromSource.ms), openAndListMs: round(openAndListMs), targetMs: 1000 };
  },
};
