import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleDesktop } from '../scripts/desktop/bundle';
import { rememberLibrary, restoreLibrary } from './fixtures';
import type { ImportMeasure } from './import-measure';

let childBundle: Promise<string> | null = null;

/**
 * import-child.ts bundled the way `npm run build` bundles the app's main process and its worker
 * threads, inside the repository's (ignored) build folder so it loads the project's native
 * modules; built once per bench run and removed at exit.
 */
function importChildBundle(): Promise<string> {
  childBundle ??= (async () => {
    const root = fileURLToPath(new URL('..', import.meta.url));
    const outDir = path.join(root, 'out', `bench-import-${process.pid}`);
    process.on('exit', () => fs.rmSync(outDir, { recursive: true, force: true }));
    await bundleDesktop({ root, outDir, mainEntries: ['bench/import-child.ts'], preloadEntries: [] });
    return path.join(outDir, 'bench', 'import-child.cjs');
  })();
  return childBundle;
}

/**
 * The same measure in a process of its own, as the app's main process would run it: bundled
 * code (from the sources, each worker thread would also hold the TypeScript compiler, about
 * 25 MB apiece) and a fresh heap with nothing of the bench's other work (generated libraries,
 * earlier imports), so its RSS is the import's. `cold` drops the kernel's caches after adding,
 * before the import.
 */
export async function measureImportInChild(root: string, workers: number, options: { cold?: boolean } = {}): Promise<ImportMeasure> {
  const child = await importChildBundle();
  rememberLibrary(root);
  try {
    const run = spawnSync(process.execPath, [child, root, String(workers), options.cold ? 'cold' : 'warm'], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
    const line = run.stdout.trim().split('\n').pop() ?? '';
    if (run.status !== 0 || !line.startsWith('{')) throw new Error(`the import measure failed (exit ${run.status}): ${run.stderr.slice(-2000)}`);
    return JSON.parse(line) as ImportMeasure;
  } finally {
    restoreLibrary(root);
  }
}
