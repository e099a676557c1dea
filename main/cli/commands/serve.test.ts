import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { tempDir } from '../../core/testing/temp';
import { HANG_MS, waitFor } from '../../core/testing/wait';
import { request } from '../../server/testing/clients';

const bin = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../bin/anishelf.js');
const URL_LINE = /^Anishelf is running at (http:\/\/[^/]+)\/\?token=([A-Za-z0-9_-]{43})$/m;

interface Serving {
  child: ChildProcess;
  out: () => string;
  err: () => string;
  exited: Promise<number | null>;
  /** Null while it runs. */
  exitCode: () => number | null;
}

function startServe(args: string[]): Serving {
  const child = spawn(process.execPath, [bin, 'serve', '--port', '0', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  let exitCode: number | null = null;
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve((exitCode = code))));
  return { child, out: () => out, err: () => err, exited, exitCode: () => exitCode };
}

async function urlOf(s: Serving): Promise<{ origin: string; token: string; port: number }> {
  const said = () => `the URL line (${s.exitCode() === null ? 'still running' : `exited with ${s.exitCode()}`}; stdout: ${s.out()} stderr: ${s.err()})`;
  // A process that ends without the line fails the wait at once, with what it said.
  const match = await Promise.race([
    waitFor(() => URL_LINE.exec(s.out()), { what: said }),
    s.exited.then(() => URL_LINE.exec(s.out()) ?? Promise.reject(new Error(`no ${said()}`))),
  ]);
  return { origin: match[1]!, token: match[2]!, port: Number(new URL(match[1]!).port) };
}

test('anishelf serve prints one URL line with the real port, serves, and stops cleanly on SIGTERM; a second one on the same library says another holds the loader', async () => {
  const dataDir = tempDir('anishelf-data-');
  const first = startServe(['--data-dir', dataDir]);
  const second = startServe(['--data-dir', dataDir]);
  try {
    const a = await urlOf(first);
    expect(a.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(a.port).toBeGreaterThan(0);
    expect(first.out().match(/Anishelf is running at/g)).toHaveLength(1);
    expect((await request(a.port, '/')).status).toBe(401);
    expect((await request(a.port, `/?token=${a.token}`)).status).toBe(303);

    const b = await urlOf(second);
    expect(b.token).not.toBe(a.token);
    const both = first.out() + second.out();
    expect(both).toMatch(/Another Anishelf \(process \d+ on .+\) is loading this library/);

    const started = Date.now();
    first.child.kill('SIGTERM');
    second.child.kill('SIGINT');
    expect(await first.exited).toBe(0);
    expect(await second.exited).toBe(0);
    // Exiting at all on the signal is the point; the bound only says "not hung".
    expect(Date.now() - started).toBeLessThan(HANG_MS);
    expect(first.err() + second.err()).not.toMatch(/unexpected error/);
  } finally {
    first.child.kill('SIGKILL');
    second.child.kill('SIGKILL');
  }
}, 600_000);

test('--host other than loopback warns in one line; a bad port is refused with exit 2', async () => {
  const dataDir = tempDir('anishelf-data-');
  const open = startServe(['--host', '0.0.0.0', '--data-dir', dataDir]);
  try {
    await urlOf(open);
    expect(open.err()).toMatch(/^warning: listening on 0\.0\.0\.0: anyone on your network/m);
    open.child.kill('SIGTERM');
    expect(await open.exited).toBe(0);
  } finally {
    open.child.kill('SIGKILL');
  }
  const bad = spawn(process.execPath, [bin, 'serve', '--port', 'eighty', '--data-dir', dataDir], { stdio: ['ignore', 'pipe', 'pipe'] });
  let err = '';
  bad.stderr.on('data', (d: Buffer) => (err += d.toString()));
  expect(await new Promise((resolve) => bad.on('exit', resolve))).toBe(2);
  expect(err).toContain('--port takes a number');
}, 600_000);
