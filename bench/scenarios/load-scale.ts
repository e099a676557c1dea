import { benchLibrary, round } from '../fixtures';
import { dropCaches } from '../drop-caches';
import { measureImportInChild } from '../import-in-child';
import { findSeconds } from '../import-measure';
import type { BenchScenario } from '../scenario';

const EPISODES = 34;
const WORKERS = 5;

async function measureSize(series: number, name: string) {
  const lib = await benchLibrary(name, series, EPISODES);
  // find twice over the tree as generated: the first may still warm the cache.
  const find = Math.min(findSeconds(lib.root), findSeconds(lib.root));
  // Each import in a fresh process: its peak RSS is the import's, not the bench's earlier work.
  const run = await measureImportInChild(lib.root, WORKERS);
  return { lib, run, find };
}

/**
 * Import cost as the library grows: 1,000, 5,000 and 10,000 series (about 34 videos each), warm
 * cache, each beside `find` over the same tree in the same run, with the per-series cost; at
 * 10,000 the importing process's peak RSS (each import runs in a process of its own, from
 * bundled code, as in the app) and the event-loop delay, and the cold-cache figures (caches
 * dropped before `find` and before the import) where the kernel allows dropping them.
 * Targets: at most 12x find, RSS under 500 MB, p99 under 50 ms, per-series cost flat.
 */
export const loadScaling: BenchScenario = {
  name: 'load-scaling-10000-series',
  async run() {
    const sizes: Record<string, unknown> = {};
    let largest: Awaited<ReturnType<typeof measureSize>> | null = null;
    for (const [series, name] of [[1000, 'one-thousand'], [5000, 'five-thousand'], [10_000, 'ten-thousand']] as const) {
      const m = await measureSize(series, name);
      sizes[`s${series}`] = {
        series: m.run.completed,
        files: m.lib.videoFiles,
        seconds: round(m.run.seconds, 2),
        cpuSeconds: round(m.run.cpuSeconds, 2),
        msPerSeries: round((m.run.seconds * 1000) / series, 2),
        cpuMsPerSeries: round((m.run.cpuSeconds * 1000) / series, 2),
        findSeconds: round(m.find, 3),
        ratioToFind: round(m.run.seconds / m.find, 1),
        episodeNfoFiles: m.run.nfo.files,
        episodeNfoSeconds: round(m.run.nfo.seconds, 2),
        episodeNfoFilesPerSecond: Math.round(m.run.nfo.filesPerSecond),
      };
      largest = m;
    }
    const ten = largest!;
    let cold: Record<string, number> | string = 'not measured: the kernel does not let this process drop its caches';
    if (dropCaches()) {
      const findCold = findSeconds(ten.lib.root);
      const run = await measureImportInChild(ten.lib.root, WORKERS, { cold: true });
      cold = { seconds: round(run.seconds, 2), findSeconds: round(findCold, 3), ratioToFind: round(run.seconds / findCold, 1) };
    }
    return {
      ...sizes,
      targetRatio: 12,
      peakRssMbAt10000: ten.run.peakRssMb,
      targetRssMb: 500,
      eventLoopP99MsAt10000: round(ten.run.p99Ms, 1),
      episodeNfoEventLoopP99MsAt10000: round(ten.run.nfo.p99Ms, 1),
      eventLoopMaxMsAt10000: round(ten.run.maxMs, 1),
      targetP99Ms: 50,
      cold,
      workers: WORKERS,
    };
  },
};
