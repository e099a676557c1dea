import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';

/** A child process started by a test, stopped by its own pid (never by name). */
export interface Started {
  child: ChildProcess;
  exited: Promise<void>;
}

export function startProcess(command: string, args: string[], options: SpawnOptions): Started {
  const child = spawn(command, args, options);
  const exited = new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    child.once('exit', () => resolve());
    child.once('error', () => resolve());
  });
  return { child, exited };
}

/** SIGTERM, then SIGKILL when it has not exited within `graceMs`. */
export async function stopProcess(started: Started, graceMs = 10_000): Promise<void> {
  const { child } = started;
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), graceMs)));
  const outcome = await Promise.race([started.exited.then(() => 'exited' as const), late]);
  clearTimeout(timer);
  if (outcome === 'late') {
    child.kill('SIGKILL');
    await started.exited;
  }
}
