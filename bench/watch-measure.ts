import fs from 'node:fs';
import path from 'node:path';
import { assembleCore, type Core } from '../main/core/app';
import type { Db } from '../main/core/db/handle';
import { countInotifyWatches } from '../main/core/watch/inotify-watches';
import { benchDataDir, round } from './fixtures';
import { collectGarbage, timed, withEventLoopDelay } from './measure';

const IDLE_SECONDS = 30;
const mb = (bytes: number) => round(bytes / 2 ** 20);

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
export async function watchingCore(root: string): Promise<Core & { db: Db }> {
  const { core, db } = await assembleCore({ dataDir: benchDataDir() });
  await core.addFolders([root]);
  await core.pauseLoader();
  await core.startLoader();
  return { ...core, db };
}

/**
 * Watching the library at `root`: the set-up (the watches are set in the background, and the main
 * thread must stay responsive meanwhile), the watches per folder, then 30 idle seconds, with the
 * process's memory after each. Run in a process of its own (watch-child.ts): in the bench's
 * process, the memory the earlier scenarios freed went back to the system during the measure and
 * the watcher's figures came out negative.
 */
export async function measureWatch(root: string) {
  const { folders, files } = countFolders(root);
  const core = await watchingCore(root);
  const watchesBefore = countInotifyWatches();
  collectGarbage();
  const before = process.memoryUsage();
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
  const afterSetup = process.memoryUsage();
  // Idle: nothing changes on disk; the process should do next to nothing.
  const cpuStart = process.cpuUsage();
  const wallStart = performance.now();
  await new Promise((resolve) => setTimeout(resolve, IDLE_SECONDS * 1000));
  const cpu = process.cpuUsage(cpuStart);
  const idleCpuPercent = ((cpu.user + cpu.system) / 1000 / (performance.now() - wallStart)) * 100;
  // The watch thread's set-up garbage is collected in its own time: what the watch keeps shows after the idle spell.
  const idle = process.memoryUsage();
  await core.close();
  return {
    folders, files, watches,
    watchesPerFolder: watches === null ? null : round(watches / folders, 3),
    setupMs: round(setup.ms), setupLoopDelayP99Ms: round(p99Ms), setupLoopDelayMaxMs: round(maxMs),
    watcherHeapMb: mb(afterSetup.heapUsed - before.heapUsed),
    processRssMbBeforeWatching: mb(before.rss), watcherRssMbAfterSetup: mb(afterSetup.rss - before.rss), watcherRssMbIdle: mb(idle.rss - before.rss),
    idleSeconds: IDLE_SECONDS, idleCpuPercent: round(idleCpuPercent, 2),
  };
}

export type WatchMeasure = Awaited<ReturnType<typeof measureWatch>>;
