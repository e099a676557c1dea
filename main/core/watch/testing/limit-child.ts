import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startChild, tsCommand } from '../../testing/child-run';
import { libraryDir, tempDir, writeTree } from '../../testing/temp';
import { HANG_MS } from '../../testing/wait';

const here = path.dirname(fileURLToPath(import.meta.url));

/**
 * Runs a real core watching a library in a child process whose user namespace has its inotify
 * watch limit lowered to `limit`, and returns the root's state as the child saw it.
 */
export async function runWatchUnderLimit(limit: number, files: Record<string, string>): Promise<{ state: string; problem: string | null; watches: number | null }> {
  const lib = libraryDir();
  writeTree(lib, files);
  const dataDir = tempDir('anishelf-data-');
  const script = `echo ${Math.trunc(limit)} > /proc/sys/user/max_inotify_watches && exec "$0" "$@"`;
  const child = startChild('unshare', ['--user', '--map-root-user', 'sh', '-c', script, ...tsCommand(path.join(here, 'limit-child-main.ts'), [dataDir, lib])]);
  // A close that hangs is reported with what the child logged (the step it waits for), not by
  // the test's own timeout.
  const guard = setTimeout(() => child.kill('SIGKILL'), HANG_MS);
  const run = await child.output.finally(() => clearTimeout(guard));
  // What it printed goes with the failure: whether it failed before its report or while closing.
  if (run.code !== 0) throw new Error(`watch child failed (${run.code}): stderr ${JSON.stringify(run.stderr.slice(-2000))}, stdout ${JSON.stringify(run.stdout.slice(-2000))}`);
  return JSON.parse(run.stdout.trim().split('\n').at(-1)!);
}
