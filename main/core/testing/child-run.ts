import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const runTs = path.join(repo, 'bin/run-ts.js');

export interface ChildRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Starts `command` as a child process, its output captured. */
export function startChild(command: string, args: readonly string[], options: { env?: NodeJS.ProcessEnv } = {}): ChildProcess & { output: Promise<ChildRun> } {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...options.env } });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const output = new Promise<ChildRun>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
  return Object.assign(child, { output });
}

/**
 * The command line that runs a TypeScript file of the repository with Node (through
 * bin/run-ts.js), to hand to `startChild` or to a wrapper such as `unshare`.
 */
export function tsCommand(file: string, args: readonly string[] = []): [string, ...string[]] {
  return [process.execPath, runTs, file, ...args];
}

/** Runs a TypeScript file of the repository in a Node process of its own; its exit code and stdout. */
export async function runTsFile(file: string, args: readonly string[] = []): Promise<{ code: number | null; stdout: string }> {
  const [node, ...rest] = tsCommand(file, args);
  const { code, stdout } = await startChild(node, rest).output;
  return { code, stdout };
}
