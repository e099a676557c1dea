import type { Core } from '../../app';
import type { TestCore } from '../../testing/core';
import type { LoadingStage } from '../../../../shared/types';
import { setSetting } from '../../db/repos/settings';
import { WRITE_EPISODE_NFOS_SETTING } from '../../loader/stages/episode-nfos';
import { testCore } from '../../testing/core';
import { libraryDir, writeTree } from '../../testing/temp';
import { waitFor } from '../../testing/wait';
import type { WatchOptions } from '../watch-service';

/** Short delays so tests run fast; the logic is the same as with the defaults. */
export const FAST_WATCH: Partial<WatchOptions> = {
  quietMs: 150,
  maxWaitMs: 3000,
  stabilityMs: 100,
  offlineCheckMs: 150,
  statTimeoutMs: 2000,
  nativeRetryMs: 60 * 60_000,
};

export interface WatchedLibrary {
  core: TestCore;
  lib: string;
  /** Series ids whose episodes stage started, in order (each is one targeted rescan). */
  scans: number[];
  idOf(title: string): Promise<number>;
  /** Waits until the watcher and the loader have nothing left to do. */
  settle(): Promise<void>;
  close(): Promise<void>;
}

/** A real library in a temp folder, added, loaded, and watched by a real core. */
export async function watchedLibrary(files: Record<string, string>, options: { watch?: Partial<WatchOptions>; lib?: string; onStage?: (id: number, stage: LoadingStage) => Promise<void> | void; episodeNfos?: boolean; env?: NodeJS.ProcessEnv } = {}): Promise<WatchedLibrary> {
  const lib = options.lib ?? libraryDir();
  writeTree(lib, files);
  const scans: number[] = [];
  const core = await testCore({
    watch: { ...FAST_WATCH, ...options.watch },
    ...(options.env ? { env: options.env } : {}),
    ...(process.env.WATCH_DEBUG ? { log: (m: string) => console.log('[watch]', m) } : {}),
    loader: {
      beforeStage: async (id, stage) => {
        if (stage === 'episodes') scans.push(id);
        await options.onStage?.(id, stage);
      },
    },
  });
  if (options.episodeNfos === false) await setSetting(core.db, WRITE_EPISODE_NFOS_SETTING, false);
  // As the app runs: the loader and the watch start, then the folder is added. The NFOs the load
  // writes come as events, known as Anishelf's own.
  await core.startLoader();
  await core.roots.start();
  await core.addFolders([lib]);
  const settle = async () => {
    await waitFor(async () => {
      await core.roots.service.idle();
      await core.whenLoaderIdle();
      return core.roots.service.pendingSeries === 0;
    }, { what: 'the watcher and loader to settle' });
  };
  await core.whenLoaderIdle();
  await core.episodeNfos.whenIdle();
  await settle();
  scans.length = 0;
  return {
    core,
    lib,
    scans,
    async idOf(title) {
      const found = (await core.listSeries()).find((s) => s.title === title);
      if (!found) throw new Error(`no series ${title}`);
      return found.id;
    },
    settle,
    close: () => core.close(),
  };
}

/** Waits for `title`'s series to satisfy `check` (read fresh from the core each time). */
export async function waitForSeries(core: Core, title: string, check: (s: Awaited<ReturnType<Core['getSeries']>>) => boolean, what: string): Promise<void> {
  await waitFor(async () => {
    const found = (await core.listSeries()).find((s) => s.title === title);
    return found ? check(await core.getSeries(found.id)) : false;
  }, { what });
}
