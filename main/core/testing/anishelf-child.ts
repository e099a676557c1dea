import type { ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startChild, type ChildRun } from './child-run';

export const anishelfBin = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../bin/anishelf.js');

/** Starts the real `anishelf` command as a child process, output captured. */
export function startAnishelf(args: string[], options: { env?: NodeJS.ProcessEnv } = {}): ChildProcess & { output: Promise<ChildRun> } {
  return startChild(process.execPath, [anishelfBin, ...args], options);
}

/** Runs the real `anishelf` command as a child process to its end. */
export function runAnishelf(args: string[], options: { env?: NodeJS.ProcessEnv } = {}): Promise<ChildRun> {
  return startAnishelf(args, options).output;
}

/** What a user must never see: a JavaScript stack trace or a raw error class. */
export const STACK_TRACE = /\n\s+at .+\(|^\s+at |SqliteError|unexpected error/m;
