import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const anishelfBin = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../bin/anishelf.js');

export interface ChildRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Starts the real `anishelf` command as a child process, output captured. */
export function startAnishelf(args: string[], options: { env?: NodeJS.ProcessEnv } = {}): ChildProcess & { output: Promise<ChildRun> } {
  const child = spawn(process.execPath, [anishelfBin, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...options.env },
  });
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

/** Runs the real `anishelf` command as a child process to its end. */
export function runAnishelf(args: string[], options: { env?: NodeJS.ProcessEnv } = {}): Promise<ChildRun> {
  return startAnishelf(args, options).output;
}

/** What a user must never see: a JavaScript stack trace or a raw error class. */
export const STACK_TRACE = /\n\s+at .+\(|^\s+at |SqliteError|unexpected error/m;
