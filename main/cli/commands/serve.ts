import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openCore } from '../../core/app';
import { AnishelfError } from '../../core/errors';
import { anotherAnishelf } from '../../core/loader/lock';
import { generateToken } from '../../server/auth';
import { isLoopback } from '../../server/origin';
import { BUILD_HINT } from '../../server/static-files';
import type { CliCommand } from '../command';
import type { CliIo } from '../io';

export const DEFAULT_PORT = 8642;
// The package folder: above main/cli/commands in the sources, above out/main in the CLI bundle.
const repoRoot = packageRoot(path.dirname(fileURLToPath(import.meta.url)));

function packageRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) return path.resolve(from, '../../..');
  }
}

interface ServeOptions {
  port: number;
  host: string;
  dataDir?: string;
}

export const serveCommand: CliCommand = {
  register(program, io) {
    program
      .command('serve')
      .description('serve the UI to a browser (web mode) on 127.0.0.1, behind a one-time token')
      .option('--port <n>', 'port to listen on; 0 picks a free one', parsePort, DEFAULT_PORT)
      .option('--host <host>', 'address to listen on; anything but 127.0.0.1 is reachable from your network', '127.0.0.1')
      .option('--data-dir <dir>', 'library data folder (default: ANISHELF_DATA_DIR, else the app-data folder)')
      .action(async (options: ServeOptions) => {
        await serve(io, options, stopSignal());
      });
  },
};

/** Runs web mode until `stop` resolves: opens the core, starts the loader, serves, then closes all. */
export async function serve(io: CliIo, options: ServeOptions, stop: Promise<unknown>): Promise<void> {
  const core = await openCore({ dataDir: options.dataDir, env: io.env });
  try {
    const holder = await core.startLoader();
    if (holder) io.stdout.write(`${anotherAnishelf(holder)} is loading this library; this server shows its progress and queues work for it.\n`);
    // The process that runs the loader also watches the library folders.
    else await core.roots.start();
    const staticDir = path.join(repoRoot, 'out', 'renderer');
    // Loaded here, not at the top: the server brings the IPC schemas (zod) and WebSockets, which
    // every other command would otherwise load at start-up.
    const { createServer } = await import('../../server/server');
    const server = await createServer({
      core,
      host: options.host,
      port: options.port,
      token: generateToken(),
      staticDir,
      version: packageVersion(),
      log: (line) => io.stderr.write(`anishelf serve: ${line}\n`),
    }).catch((err: NodeJS.ErrnoException) => {
      if (err.code === 'EADDRINUSE') throw new AnishelfError('PORT_IN_USE', `Port ${options.port} is already in use; pick another with --port (0 picks a free one).`);
      if (err.code === 'EADDRNOTAVAIL' || err.code === 'ENOTFOUND') throw new AnishelfError('BAD_HOST', `Cannot listen on ${options.host}: no such address on this machine.`);
      throw err;
    });
    if (!isLoopback(options.host)) {
      io.stderr.write(`warning: listening on ${options.host}: anyone on your network who gets the link can use Anishelf, and traffic is plain HTTP.\n`);
    }
    if (!existsSync(path.join(staticDir, 'index.html'))) io.stdout.write(`${BUILD_HINT}\n`);
    io.stdout.write(`Anishelf is running at ${server.url}\n`);
    await stop;
    await server.close();
  } finally {
    await core.close();
  }
}

export function stopSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const onSignal = (signal: NodeJS.Signals) => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      resolve(signal);
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  });
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535) throw new AnishelfError('BAD_PORT', '--port takes a number from 0 to 65535.');
  return port;
}

function packageVersion(): string {
  try {
    return (JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return '0.0.0';
  }
}
