import fs from 'node:fs';
import path from 'node:path';
import { assembleCore, openCore, type Core } from '../../main/core/app';
import type { Db } from '../../main/core/db/handle';
import { countFolderTimes } from '../../main/core/db/repos/folder-times';
import { updateSeries } from '../../main/core/db/repos/series';
import { countInotifyWatches } from '../../main/core/watch/inotify-watches';
import { benchDataDir, benchLibrary, round } from '../fixtures';
import { collectGarbage, timed, withEventLoopDelay } from '../measure';
import type { BenchScenario } from '../scenario';

const LIBRARY = { name: 'five-thousand', series: 5000, episodes: 34 };
const IDLE_SECONDS = 30;

function countFolders(root: string): { folders: number; files: number } {
  let folders = 0;
  let files = 0;
  const walk = (dir: string) => {
    folders++;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(path.join(dir, entry.name));
      else files++;
    }
  };
  walk(root);
  return { folders, files };
}

/** A core that holds the loader (so it may watch) with the workers paused: only the watcher runs. */
async function watchingCore(root: string): Promise<Core & { db: Db }> {
  const { core, db } = await assembleCore({ dataDir: benchDataDir() });
  await core.addFolders([root]);
  await core.pauseLoader();
  await core.startLoader();
  return { ...core, db };
}

export const watch5000: BenchScenario = {
  name: 'watch-5000-series',
  async run() {
    const lib = await benchLibrary(LIBRARY.name, LIBRARY.series, LIBRARY.episodes);
    const { folders, files } = countFolders(lib.root);
    const core = await watchingCore(lib.root);
    const watchesBefore = countInotifyWatches();
    collectGarbage();
    const heapBefore = process.memoryUsage().heapUsed;
    const rssBefore = process.memoryUsage().rss;
    // The watches are set in the background: the main thread must stay responsive meanwhile.
    const { result: setup, p99Ms, maxMs } = await withEventLoopDelay(() =>
      timed(async () => {
        await core.roots.start();
        await core.roots.service.idle(); // every watch set and the start-up sweep done
      }),
    );
    while (core.roots.service.pendingSeries > 0) await new Promise((resolve) => setTimeout(resolve, 100));
    await core.roots.service.idle();
    const watches = watchesBefore === null ? null : countInotifyWatches()! - watchesBefore;
    collectGarbage();
    const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20;
    const rssMb = (process.memoryUsage().rss - rssBefore) / 2 ** 20;
    // Idle: nothing changes on disk; the process should do next to nothing.
    const cpuStart = process.cpuUsage();
    const wallStart = performance.now();
    await new Promise((resolve) => setTimeout(resolve, IDLE_SECONDS * 1000));
    const cpu = process.cpuUsage(cpuStart);
    const idleCpuPercent = ((cpu.user + cpu.system) / 1000 / (performance.now() - wallStart)) * 100;
    // The watch thread's set-up garbage is collected in its own time: what the watch keeps shows after the idle spell.
    const idleRssMb = (process.memoryUsage().rss - rssBefore) / 2 ** 20;
    await core.close();
    return {
      series: LIBRARY.series, folders, files, watches,
      watchesPerFolder: watches === null ? null : round(watches / folders, 3), targetWatchesPerFolder: 1.2,
      setupMs: round(setup.ms), setupLoopDelayP99Ms: round(p99Ms), setupLoopDelayMaxMs: round(maxMs), watcherHeapMb: round(heapMb), watcherRssMbAfterSetup: round(rssMb), watcherRssMbIdle: round(idleRssMb),
      idleSeconds: IDLE_SECONDS, idleCpuPercent: round(idleCpuPercent, 2),
    };
  },
};

export const watchNewEpisodeLatency: BenchScenario = {
  name: 'watch-new-episode-latency',
  async run() {
    const lib = await benchLibrary('latency', 20, 12, true);
    const core = await openCore({ dataDir: benchDataDir() });
    await core.addFolders([lib.root]);
    await core.startLoader();
    await core.whenLoaderIdle();
    await core.roots.start();
    await core.roots.service.idle();
    const folder = lib.seriesFolders[7]!;
    const series = (await core.listSeries()).find((s) => s.path === folder)!;
    const before = series.videoCount;
    const samples: number[] = [];
    for (let i = 0; i < 3; i++) {
      const started = performance.now();
      fs.writeFileSync(path.join(folder, `Latency Show - ${String(90 + i)}.mkv`), 'video');
      for (;;) {
        if ((await core.getSeries(series.id)).videoCount === before + i + 1) break;
        await new Promise((resolve) => setTimeout(resolve, 20));
        if (performance.now() - started > 60_000) throw new Error('the new episode never showed');
      }
      samples.push(performance.now() - started);
    }
    await core.close();
    return { defaultQuietMs: 2000, samplesMs: samples.map((ms) => round(ms)), worstMs: round(Math.max(...samples)), targetMs: 5000 };
  },
};

export const watchPollSweep: BenchScenario = {
  name: 'watch-poll-sweep-5000',
  async run() {
    const lib = await benchLibrary(LIBRARY.name, LIBRARY.series, LIBRARY.episodes);
    const core = await watchingCore(lib.root);
    // As after a full load: every series scanned and loaded once (the sweep skips series never
    // loaded, and those whose load is still to come).
    const scannedAt = new Date().toISOString();
    for (const s of await core.listSeries()) await updateSeries(core.db, s.id, { scanned_at: scannedAt, loading_status: 'completed', loading_completed_at: scannedAt });
    const [root] = await core.listRoots();
    await core.setRootWatch(root!.id, 'poll', 5);
    await core.roots.start();
    const first = await timed(async () => {
      await core.roots.service.checkRoot(root!.id);
    });
    const steady = await timed(() => core.roots.service.checkRoot(root!.id));
    const folders = await countFolderTimes(core.db);
    const dirty = core.roots.service.pendingSeries;
    await core.close();
    return { series: LIBRARY.series, foldersRecorded: folders, firstSweepMs: round(first.ms), sweepMs: round(steady.ms), seriesFoundChanged: dirty };
  },
};
