import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { pipeFile } from './static-files';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

/** This process's open descriptors that point at `file`. */
function openDescriptorsOf(file: string): number {
  let count = 0;
  for (const fd of fs.readdirSync('/proc/self/fd')) {
    try {
      if (fs.readlinkSync(`/proc/self/fd/${fd}`) === file) count++;
    } catch {
      // closed while listed
    }
  }
  return count;
}

function tempFile(bytes: number): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'anishelf-pipe-'));
  cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  const file = path.join(dir, 'index.js');
  fs.writeFileSync(file, Buffer.alloc(bytes, 97));
  return fs.realpathSync(file);
}

/** A server that answers each request with `file` once the client has gone (a page reloaded). */
async function serveAfterClientLeft(file: string): Promise<{ port: number; piped: Promise<void> }> {
  let pipedResolve!: (p: Promise<void>) => void;
  const piped = new Promise<Promise<void>>((r) => (pipedResolve = r));
  const server = http.createServer((req, res) => {
    res.once('close', () => pipedResolve(pipeFile(file, res)));
  });
  cleanups.push(() => server.close());
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { port: (server.address() as AddressInfo).port, piped: piped.then((p) => p) };
}

test.runIf(process.platform === 'linux')('a file piped to a page that has gone is closed, not left to the garbage collector', async () => {
  const file = tempFile(4 << 20);
  const { port, piped } = await serveAfterClientLeft(file);
  const req = http.get({ host: '127.0.0.1', port, path: '/' });
  req.on('error', () => {});
  req.once('socket', (socket) => socket.once('connect', () => setImmediate(() => req.destroy())));
  // The old pipe waited for a 'close' that had already passed: it never settled.
  const settled = await Promise.race([piped.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), 20_000).unref())]);
  expect(settled).toBe(true);
  expect(openDescriptorsOf(file)).toBe(0);
});

test.runIf(process.platform === 'linux')('a file piped whole is sent whole and closed', async () => {
  const file = tempFile(1 << 20);
  let piped: Promise<void> | null = null;
  const server = http.createServer((req, res) => void (piped = pipeFile(file, res)));
  cleanups.push(() => server.close());
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const body = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`).then((r) => r.arrayBuffer());
  expect(body.byteLength).toBe(1 << 20);
  // The client can hold the last byte before the server's side has closed the file: once the
  // pipe has settled, the file is closed (checked then, not at a moment that races it).
  await piped;
  expect(openDescriptorsOf(file)).toBe(0);
});
