import { Readable } from 'node:stream';
import type { CliIo } from '../io';
import { runCli } from '../program';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
  json<T = any>(): T;
}

/** Runs the real CLI in-process with captured output (and optional stdin text). */
export async function cli(args: string[], options: { stdin?: string; env?: NodeJS.ProcessEnv; tty?: boolean; columns?: number } = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: { write: (s: string) => (stdout += s), isTTY: options.tty ?? false, ...(options.columns ? { columns: options.columns } : {}) },
    stderr: { write: (s: string) => (stderr += s) },
    stdin: Readable.from(options.stdin === undefined ? [] : [options.stdin]),
    // No online identification unless a test points the providers at its local fake.
    env: options.env ?? { ANISHELF_PROVIDERS: 'off' },
  };
  const code = await runCli(args, io);
  return { code, stdout, stderr, json: () => JSON.parse(stdout) };
}
