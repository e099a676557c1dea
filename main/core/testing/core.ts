import { assembleCore, type Core, type CoreOptions } from '../app';
import type { Db } from '../db/handle';
import path from 'node:path';
import { libraryDir, tempDir, writeTree } from './temp';

/** A core for tests, with the database under it to look at (transports see only `Core`). */
export type TestCore = Core & { readonly db: Db };

/** A real core on a fresh temp data dir; closed by the caller. */
export async function testCore(options: Omit<CoreOptions, 'dataDir'> & { dataDir?: string } = {}): Promise<TestCore> {
  // No online identification unless a test points the providers at its local fake.
  const env = { ...process.env, ANISHELF_PROVIDERS: 'off', ...options.env };
  const { core, db } = await assembleCore({ eventIntervalMs: 20, ...options, env, dataDir: options.dataDir ?? tempDir('anishelf-data-') });
  return { ...core, db };
}

/** Series folders with `episodes` videos each: { 'Show 1': 3 } → Show 1/Show 1 - 01.mkv … */
export function seriesFiles(spec: Record<string, number>): Record<string, string> {
  const files: Record<string, string> = {};
  for (const [name, count] of Object.entries(spec)) {
    for (let e = 1; e <= count; e++) files[`${name}/${name} - ${String(e).padStart(2, '0')}.mkv`] = 'video';
  }
  return files;
}

/** A real library written to a temp folder, added and loaded to the end by a fresh test core. */
export async function loadedLibrary(files: Record<string, string>, options: { prepare?: (core: TestCore) => Promise<void> } = {}) {
  const core = await testCore();
  await options.prepare?.(core);
  const lib = libraryDir();
  writeTree(lib, files);
  const { added } = await core.addFolders([lib]);
  await core.startLoader();
  await core.whenLoaderIdle();
  await core.episodeNfos.whenIdle();
  /** The id of the series added from the folder named `folder`. */
  const id = (folder: string) => added.find((s) => path.basename(s.path) === folder)!.id;
  return { core, lib, id, added };
}
