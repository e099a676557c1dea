import { openCore } from '../../main/core/app';
import { benchDataDir, benchLibrary, rememberLibrary, restoreLibrary, round } from '../fixtures';
import { findSeconds, measureImport } from '../import-measure';
import { timed } from '../measure';
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

async function loadAll(workers: number, fill: boolean) {
  const lib = await benchLibrary(LIBRARY.name, LIBRARY.series, LIBRARY.episodes);
  const target = await benchLibrary('one', 1, 24, true);
  rememberLibrary(target.root);
  let targetedLoadMs = 0;
  // Then one targeted load inside the loaded library: add a 24-episode series and wait for it.
  const run = await measureImport(lib.root, workers, {
    fill,
    after: async (core) => {
      targetedLoadMs = (
        await timed(async () => {
          await core.addFolders([target.seriesFolders[0]!]);
          await core.whenLoaderIdle();
        })
      ).ms;
    },
  });
  restoreLibrary(target.root);
  return { lib, run, targetedLoadMs };
}

export const loadBigLibrary: BenchScenario = {
  name: 'load-5000-series',
  async run() {
    const lib = await benchLibrary(LIBRARY.name, LIBRARY.series, LIBRARY.episodes);
    // find twice over the tree as generated: the first may still warm the cache.
    const find = Math.min(findSeconds(lib.root), findSeconds(lib.root));
    // The episode-NFO fill is measured once, after the five-worker import.
    const one = await loadAll(1, false);
    const five = await loadAll(5, true);
    return {
      series: five.run.completed,
      targetedLoadOf24EpisodesMs: round(five.targetedLoadMs, 1),
      files: five.lib.videoFiles,
      oneWorkerSeconds: round(one.run.seconds, 2),
      fiveWorkersSeconds: round(five.run.seconds, 2),
      fiveWorkersCpuSeconds: round(five.run.cpuSeconds, 2),
      findSeconds: round(find, 3),
      ratioToFind: round(five.run.seconds / find, 1),
      targetRatio: 12,
      eventLoopP99Ms: round(Math.max(one.run.p99Ms, five.run.p99Ms), 1),
      eventLoopMaxMs: round(Math.max(one.run.maxMs, five.run.maxMs), 1),
      targetP99Ms: 50,
      // The bench's own process, which also makes and remembers the library and runs the other
      // scenarios: the RSS target is the importing process's own, measured in a process of its
      // own by load-scaling-10000-series (peakRssMbAt10000).
      benchProcessPeakRssMb: Math.max(one.run.peakRssMb, five.run.peakRssMb),
      // The episode NFOs the background writer fills in after the import, measured apart.
      episodeNfoFiles: five.run.nfo.files,
      episodeNfoSeconds: round(five.run.nfo.seconds, 2),
      episodeNfoCpuSeconds: round(five.run.nfo.cpuSeconds, 2),
      episodeNfoFilesPerSecond: Math.round(five.run.nfo.filesPerSecond),
      episodeNfoEventLoopP99Ms: round(five.run.nfo.p99Ms, 1),
    };
  },
};
