import { spawnSync } from 'node:child_process';
import { openCore, type Core } from '../main/core/app';
import { benchDataDir, rememberLibrary, restoreLibrary } from './fixtures';
import { timed, withEventLoopDelay } from './measure';

export function findSeconds(root: string): number {
  const started = performance.now();
  spawnSync('find', [root], { stdio: 'ignore' });
  return (performance.now() - started) / 1000;
}

/** Peak RSS of this process (main thread, workers, SQLite) sampled while `work` runs. */
export async function withPeakRss<T>(work: () => Promise<T>): Promise<{ result: T; peakRssMb: number }> {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, 50);
  try {
    const result = await work();
    return { result, peakRssMb: Math.round(Math.max(peak, process.memoryUsage.rss()) / 1024 / 1024) };
  } finally {
    clearInterval(timer);
  }
}

const cpuSecondsSince = (start: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
};

export interface ImportMeasure {
  /** The import: every series through its disk stages (ready, listed with its episodes). */
  seconds: number;
  cpuSeconds: number;
  p99Ms: number;
  maxMs: number;
  peakRssMb: number;
  completed: number;
  /** Then the background episode-NFO writer, on its own. */
  nfo: { files: number; seconds: number; cpuSeconds: number; filesPerSecond: number; p99Ms: number; maxMs: number };
}

/**
 * A full import of the library at `root` into a fresh database (`workers` disk workers), then the
 * episode NFOs the writer fills in after it, each timed on its own; the library is taken back to
 * what was generated afterwards, so every measure (and `find`) sees the same tree. `fill: false`
 * stops the writer once the import is done (its figures are then those of a partial fill).
 */
export async function measureImport(root: string, workers: number, options: { before?: () => void; fill?: boolean; after?: (core: Core) => Promise<void>; restore?: boolean } = {}): Promise<ImportMeasure> {
  const restore = options.restore !== false;
  if (restore) rememberLibrary(root);
  // Identification waits on the network (bench/scenarios/identify.ts measures it): providers off.
  const core = await openCore({ dataDir: benchDataDir(), workers, env: { ...process.env, ANISHELF_PROVIDERS: 'off' } });
  try {
    await core.addFolders([root]);
    options.before?.();
    const cpu = process.cpuUsage();
    const load = await withPeakRss(() =>
      withEventLoopDelay(() =>
        timed(async () => {
          await core.startLoader();
          await core.whenLoaderIdle();
        }),
      ),
    );
    const cpuSeconds = cpuSecondsSince(cpu);
    const status = await core.loaderStatus();
    const nfoCpu = process.cpuUsage();
    const fill = await withPeakRss(() => withEventLoopDelay(() => timed(() => (options.fill === false ? core.episodeNfos.stop() : core.episodeNfos.whenIdle()))));
    const nfoCpuSeconds = cpuSecondsSince(nfoCpu);
    const files = core.episodeNfos.progress().written;
    await options.after?.(core);
    const nfoSeconds = fill.result.result.ms / 1000;
    return {
      seconds: load.result.result.ms / 1000,
      cpuSeconds,
      p99Ms: load.result.p99Ms,
      maxMs: load.result.maxMs,
      peakRssMb: Math.max(load.peakRssMb, fill.peakRssMb),
      completed: status.completedSinceStart,
      nfo: { files, seconds: nfoSeconds, cpuSeconds: nfoCpuSeconds, filesPerSecond: nfoSeconds > 0 ? files / nfoSeconds : 0, p99Ms: fill.result.p99Ms, maxMs: fill.result.maxMs },
    };
  } finally {
    await core.close();
    if (restore) restoreLibrary(root);
  }
}
