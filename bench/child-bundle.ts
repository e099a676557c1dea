import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleDesktop } from '../scripts/desktop/bundle';

/** The measures that run in a process of their own, each printing one JSON line. */
const CHILDREN = ['import-child', 'watch-child', 'parse-names-child'] as const;
type Child = (typeof CHILDREN)[number];

let bundled: Promise<string> | null = null;

/**
 * The bench's child scripts bundled the way `npm run build` bundles the app's main process and
 * its worker threads (from the sources, each worker thread would also hold the TypeScript
 * compiler, about 25 MB apiece), inside the repository's (ignored) build folder so they load the
 * project's native modules; built once per bench run and removed at exit.
 */
function bundleFolder(): Promise<string> {
  bundled ??= (async () => {
    const root = fileURLToPath(new URL('..', import.meta.url));
    const outDir = path.join(root, 'out', `bench-children-${process.pid}`);
    process.on('exit', () => fs.rmSync(outDir, { recursive: true, force: true }));
    await bundleDesktop({ root, outDir, mainEntries: CHILDREN.map((c) => `bench/${c}.ts`), preloadEntries: [] });
    return path.join(outDir, 'bench');
  })();
  return bundled;
}

/**
 * Runs one child measure in a fresh process, as the app's main process runs, with a heap that
 * holds nothing of the bench's other work, and returns the JSON line it printed. `cpu` pins the
 * process to that CPU (Linux `taskset`).
 */
export async function runChildMeasure<T>(child: Child, args: readonly string[], cpu?: number): Promise<T> {
  const script = path.join(await bundleFolder(), `${child}.cjs`);
  const node = [process.execPath, script, ...args];
  const [command, ...rest] = cpu === undefined ? node : ['taskset', '-c', String(cpu), ...node];
  const run = spawnSync(command!, rest, { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  const line = run.stdout.trim().split('\n').pop() ?? '';
  if (run.status !== 0 || !line.startsWith('{')) throw new Error(`the ${child} measure failed (exit ${run.status}): ${run.stderr.slice(-2000)}`);
  return JSON.parse(line) as T;
}
