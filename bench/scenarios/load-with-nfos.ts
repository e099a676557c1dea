import { spawnSync } from 'node:child_process';
import { benchLibrary, round } from '../fixtures';
import { measureImportInChild } from '../import-in-child';
import { findSeconds } from '../import-measure';
import type { BenchScenario } from '../scenario';

const SERIES = 5000;
const WORKERS = 5;

/**
 * The import of a library that Kodi, tinyMediaManager or Jellyfin's NFO saver have kept: the
 * 5,000 series of load-5000-series with a tvshow.nfo in every folder and an episode NFO beside
 * every video, so the import also reads about 170,000 episode NFOs (the generated library of the
 * other import scenarios has none). In a process of its own, warm cache, beside `find` over the
 * same tree (which now holds twice the files). Target: at most 12x find, as for any import.
 */
export const loadWithNfos: BenchScenario = {
  name: 'load-5000-series-with-nfos',
  async run() {
    const lib = await benchLibrary('five-thousand-with-nfos', SERIES, 34, false, true);
    // The 340,000 files just written go to the disk first, not during the import.
    spawnSync('sync');
    // find twice over the tree as generated: the first may still warm the cache.
    const find = Math.min(findSeconds(lib.root), findSeconds(lib.root));
    const run = await measureImportInChild(lib.root, WORKERS);
    return {
      series: run.completed,
      videoFiles: lib.videoFiles,
      episodeNfos: lib.videoFiles,
      seconds: round(run.seconds, 2),
      cpuSeconds: round(run.cpuSeconds, 2),
      msPerSeries: round((run.seconds * 1000) / SERIES, 2),
      findSeconds: round(find, 3),
      ratioToFind: round(run.seconds / find, 1),
      targetRatio: 12,
      eventLoopP99Ms: round(run.p99Ms, 1),
      targetP99Ms: 50,
      peakRssMb: run.peakRssMb,
      // Every video has its NFO: the background writer has nothing to add.
      episodeNfosWrittenAfter: run.nfo.files,
      workers: WORKERS,
    };
  },
};
