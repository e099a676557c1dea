import fs from 'node:fs';
import path from 'node:path';
import { openCore } from '../../main/core/app';
import { countFolderTimes } from '../../main/core/db/repos/folder-times';
import { updateSeries } from '../../main/core/db/repos/series';
import { benchDataDir, benchLibrary, round } from '../fixtures';
import { timed } from '../measure';
import type { BenchScenario } from '../scenario';
import { runChildMeasure } from '../child-bundle';
import { watchingCore, type WatchMeasure } from '../watch-measure';

const LIBRARY = { name: 'five-thousand', series: 5000, episodes: 34 };

export const watch5000: BenchScenario = {
  name: 'watch-5000-series',
  async run() {
    const lib = await benchLibrary(LIBRARY.name, LIBRARY.series, LIBRARY.episodes);
    const measure = await runChildMeasure<WatchMeasure>('watch-child', [lib.root]);
    return { series: LIBRARY.series, ...measure, targetWatchesPerFolder: 1.2 };
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
