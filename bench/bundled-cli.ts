import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleDesktop } from '../scripts/desktop/bundle';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Runs `measure` with the CLI bundled as `npm run build` and the packaged app make it, built here
 * from the current sources and removed after: a CLI process measure never depends on whether the
 * last build is older than the sources (then bin/anishelf.js runs them through tsx, twice as slow
 * to start). Inside the repository's (ignored) build folder, so the bundle loads its native
 * modules (better-sqlite3, sharp) from the project's node_modules, as the real build does.
 */
export async function withBundledCli<T>(measure: (cli: string) => T): Promise<T> {
  const outDir = path.join(root, 'out', `bench-cli-${process.pid}`);
  try {
    await bundleDesktop({ root, outDir, mainEntries: ['main/cli.ts'], preloadEntries: [] });
    return measure(path.join(outDir, 'main', 'cli.cjs'));
  } finally {
    fs.rmSync(outDir, { recursive: true, force: true });
  }
}
