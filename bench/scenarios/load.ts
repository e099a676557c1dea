import { spawnSync } from 'node:child_process';
import { openCore } from '../../main/core/app';
import { benchDataDir, benchLibrary, round } from '../fixtures';
import { peakRssMb, timed, withEventLoopDelay } from '../measure';
import type { BenchScenario } from '../scenario';

const LIBRARY = { name: 'five-thousand', series: 5000, episodes: 34 };

export const scanOneInBigLibrary: BenchScenario = {
  name: 'scan-24-episode-series-in-5000',
  async run() {
    const lib = await benchLibrary(LIBRARY.name, LIBRARY.series, LIBRARY.episodes);
    const target = await benchLibrary('one', 1, 24, true);
    const core = await openCore({ dataDir: benchDataDir() });
    await core.addFolders([lib.root]);
    const [series] = (await core.addFolders([target.seriesFolders[0]!])).added;
    const first = await timed(() => core.scanSeries(series!.id));
    const again = await timed(() => core.scanSeries(series!.id));
    await core.close();
    return { librarySeries: 5001, episodes: first.result.videoCount, firstScanMs: round(first.ms, 2), rescanMs: round(again.ms, 2), targetMs: 50 };
  },
};

async function loadAll(workers: number) {
  const lib = await benchLibrary(LIBRARY.name, LIBRARY.series, LIBRARY.episodes);
  const core = await openCore({ dataDir: benchDataDir(), workers });
  await core.addFolders([lib.root]);
  const measured = await withEventLoopDelay(() =>
    timed(async () => {
      await core.startLoader();
      await core.whenLoaderIdle();
    }),
  );
  const status = await core.loaderStatus();
  // Then one targeted load inside the loaded library: add a 24-episode series and wait for it.
  const target = await benchLibrary('one', 1, 24, true);
  const one = await timed(async () => {
    await core.addFolders([target.seriesFolders[0]!]);
    await core.whenLoaderIdle();
  });
  await core.close();
  return { lib, seconds: measured.result.ms / 1000, p99Ms: measured.p99Ms, maxMs: measured.maxMs, completed: status.completedSinceStart, targetedLoadMs: one.ms };
}

function findSeconds(root: string): number {
  const started = performance.now();
  spawnSync('find', [root], { stdio: 'ignore' });
  return (performance.now() - started) / 1000;
}

export const loadBigLibrary: BenchScenario = {
  name: 'load-5000-series',
  async run() {
    const one = await loadAll(1);
    const five = await loadAll(5);
    const find = findSeconds(one.lib.root);
    return {
      series: five.completed,
      targetedLoadOf24EpisodesMs: round(five.targetedLoadMs, 1),
      files: five.lib.videoFiles,
      oneWorkerSeconds: round(one.seconds, 2),
      fiveWorkersSeconds: round(five.seconds, 2),
      findSeconds: round(find, 3),
      ratioToFind: round(five.seconds / find, 1),
      targetRatio: 12,
      eventLoopP99Ms: round(Math.max(one.p99Ms, five.p99Ms), 1),
      eventLoopMaxMs: round(Math.max(one.maxMs, five.maxMs), 1),
      targetP99Ms: 50,
      peakRssMb: peakRssMb(),
    };
  },
};
