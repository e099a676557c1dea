import { spawnSync } from 'node:child_process';
import { openCore } from '../../main/core/app';
import { benchDataDir, benchLibrary, round } from '../fixtures';
import { timed } from '../measure';
import type { BenchScenario } from '../scenario';
import { withBundledCli } from '../bundled-cli';

export const addOneSeries: BenchScenario = {
  name: 'add-1-series',
  async run() {
    const lib = await benchLibrary('one', 1, 24, true);
    const core = await openCore({ dataDir: benchDataDir() });
    const { result, ms } = await timed(() => core.addFolders([lib.seriesFolders[0]!]));
    await core.close();
    return { series: result.added.length, ms: round(ms, 2), targetMs: 1000 };
  },
};

export const addThousandRoot: BenchScenario = {
  name: 'add-1000-series-root',
  async run() {
    const lib = await benchLibrary('thousand', 1000, 34);
    const core = await openCore({ dataDir: benchDataDir() });
    const { result, ms } = await timed(() => core.addFolders([lib.root]));
    await core.close();
    // The whole `anishelf add` process of the built CLI, start-up included, as a user runs it.
    const dataDir = benchDataDir();
    const { cliRun, cliMs } = await withBundledCli((cli) => {
      const started = performance.now();
      const run = spawnSync(process.execPath, [cli, 'add', lib.root, '--json', '--data-dir', dataDir], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
      return { cliRun: run, cliMs: performance.now() - started };
    });
    const cliAdded = cliRun.status === 0 ? (JSON.parse(cliRun.stdout) as { added: unknown[] }).added.length : -1;
    return { pending: result.added.length, addMs: round(ms), cliAdded, cliProcessMs: round(cliMs), targetMs: 1000 };
  },
};

/** 1,000 series folders dropped on the window at once: one call, each folder its own root. */
export const addThousandFolders: BenchScenario = {
  name: 'add-1000-folders-at-once',
  async run() {
    const lib = await benchLibrary('thousand', 1000, 34);
    const core = await openCore({ dataDir: benchDataDir() });
    const { result, ms } = await timed(() => core.addFolders(lib.seriesFolders));
    await core.close();
    return { folders: lib.seriesFolders.length, pending: result.added.length, addMs: round(ms), targetMs: 1000 };
  },
};

export const addWhileBusy: BenchScenario = {
  name: 'add-1000-while-5-workers-busy',
  async run() {
    const busy = await benchLibrary('busy', 1000, 34);
    const fresh = await benchLibrary('thousand', 1000, 34);
    const core = await openCore({ dataDir: benchDataDir(), workers: 5 });
    await core.addFolders([busy.root]);
    await core.startLoader();
    const { result, ms } = await timed(() => core.addFolders([fresh.root]));
    const status = await core.loaderStatus();
    await core.close();
    return { pending: result.added.length, addMs: round(ms), runningDuringAdd: status.running, targetMs: 1000 };
  },
};
