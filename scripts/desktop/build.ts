import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { bundleDesktop } from './bundle';

export interface BuildOptions {
  root: string;
  log: (line: string) => void;
}

/**
 * `npm run build`: the renderer (its own `build:renderer` script, Vite → out/renderer), then the
 * main process, preload and worker bundles (esbuild → out/main). Throws with one sentence on failure.
 */
export async function buildAll(options: BuildOptions): Promise<void> {
  const { root, log } = options;
  const scripts = (JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts?: Record<string, string> }).scripts ?? {};
  if (scripts['build:renderer']) {
    const result = runNpm(root, ['run', 'build:renderer']);
    if (result !== 0) throw new Error(`The renderer build (npm run build:renderer) failed with exit code ${result}.`);
  } else {
    log('No build:renderer script in package.json yet: building the main process only.');
  }
  fs.rmSync(path.join(root, 'out', 'main'), { recursive: true, force: true });
  // The CLI bundle lets `anishelf` start without compiling TypeScript (bin/anishelf.js prefers it).
  const result = await bundleDesktop({ root, outDir: path.join(root, 'out'), mainEntries: ['main/electron/main.ts', 'main/cli.ts'], log });
  log(`Built the desktop main process, the CLI, preload and ${result.workers.length} worker bundle(s) into out/main.`);
}

/** Runs npm the way this script was started (npm_execpath under `npm run`), else from PATH. */
export function runNpm(root: string, args: string[]): number {
  const npmCli = process.env.npm_execpath;
  const [command, commandArgs] = npmCli && /\.c?js$/.test(npmCli) ? [process.execPath, [npmCli, ...args]] : [process.platform === 'win32' ? 'npm.cmd' : 'npm', args];
  const result = spawnSync(command, commandArgs, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' && command.endsWith('.cmd') });
  return result.status ?? 1;
}
