import type { Readable } from 'node:stream';

/** Where a CLI run reads and writes; injected so tests can run commands in-process. */
export interface CliIo {
  stdout: { write(chunk: string): unknown; isTTY?: boolean; columns?: number };
  stderr: { write(chunk: string): unknown };
  stdin: Readable & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
}

export function processIo(): CliIo {
  return { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env };
}

/** The terminal's width for tables, or undefined when the output goes to a file or a pipe. */
export function terminalWidth(io: CliIo): number | undefined {
  return io.stdout.isTTY && io.stdout.columns ? io.stdout.columns : undefined;
}

export function printJson(io: CliIo, value: unknown): void {
  io.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

/** Reads non-empty lines from stdin (for `parse` and friends when no arguments are given). */
export async function readStdinLines(io: CliIo): Promise<string[]> {
  const chunks: Buffer[] = [];
  for await (const chunk of io.stdin) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks)
    .toString('utf8')
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '');
}
