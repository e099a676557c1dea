import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { libraryDir, tempDir, writeTree } from '../../testing/temp';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../../../..');

/**
 * Runs a real core watching a library in a child process whose user namespace has its inotify
 * watch limit lowered to `limit`, and returns the root's state as the child saw it.
 */
export async function runWatchUnderLimit(limit: number, files: Record<string, string>): Promise<{ state: string; problem: string | null; watches: number | null }> {
  const lib = libraryDir();
  writeTree(lib, files);
  const dataDir = tempDir('anishelf-data-');
  const script = `echo ${Math.trunc(limit)} > /proc/sys/user/max_inotify_watches && exec "$0" "$@"`;
  const child = spawn('unshare', ['--user', '--map-root-user', 'sh', '-c', script, process.execPath, path.join(repo, 'bin/run-ts.js'), path.join(here, 'limit-child-main.ts'), dataDir, lib], {
    cwd: repo,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  // What it printed goes with the failure: whether it failed before its report or while closing.
  if (code !== 0) throw new Error(`watch child failed (${code}): stderr ${JSON.stringify(err.slice(-2000))}, stdout ${JSON.stringify(out.slice(-2000))}`);
  return JSON.parse(out.trim().split('\n').at(-1)!);
}
