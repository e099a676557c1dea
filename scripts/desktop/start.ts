import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { buildAll } from './build';
import { downloadElectron, findElectronBinary } from './electron-binary';
import { buildSqliteForElectron, expectedStamp, sqliteBuildIsCurrent } from './electron-sqlite';
import { hasDisplay, nextStartStep, type StartFacts } from './start-plan';

/**
 * `npm start`: build, then open the desktop app — downloading Electron and building
 * better-sqlite3 for it when needed. When Electron cannot be had (no network, no display), one
 * line says why and the same UI is served in web mode (`anishelf serve`) instead.
 */
export async function start(root: string, args: string[]): Promise<number> {
  const say = (line: string) => process.stdout.write(`${line}\n`);
  await buildAll({ root, log: say });

  const facts: StartFacts = {
    electron: findElectronBinary(root).executable ? 'installed' : 'missing',
    sqlite: 'missing',
    hasDisplay: hasDisplay(process.env, process.platform),
    forceWeb: process.env.ANISHELF_WEB === '1',
  };
  for (;;) {
    const binary = findElectronBinary(root);
    if (binary.executable && binary.version && sqliteBuildIsCurrent(root, expectedStamp(root, binary.version))) facts.sqlite = 'ready';
    const step = nextStartStep(facts);
    switch (step.kind) {
      case 'download-electron': {
        say('Downloading Electron (once)…');
        const outcome = await downloadElectron(root);
        facts.electron = outcome.ok && findElectronBinary(root).executable ? 'installed' : { downloadFailed: outcome.reason || 'the binary is still missing after the download' };
        break;
      }
      case 'build-sqlite': {
        const outcome = await buildSqliteForElectron(root, binary.version!, say);
        facts.sqlite = outcome.ok ? 'ready' : { buildFailed: outcome.reason };
        break;
      }
      case 'launch-electron':
        return run(binary.executable!, ['.', ...args], root, electronEnv());
      case 'web':
        say(step.line);
        return run(process.execPath, [path.join(root, 'bin', 'anishelf.js'), 'serve'], root, process.env);
    }
  }
}

// ELECTRON_RUN_AS_NODE (set by some editors' terminals) would start Electron as plain Node.
function electronEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  return env;
}

/**
 * Runs a child and passes on Ctrl+C and termination exactly once each: the child gets its own
 * process group (POSIX), so a terminal's Ctrl+C reaches it only through us and not twice (npm
 * and the terminal both signal this script; a second SIGINT would make `anishelf serve` stop
 * without closing the library). A Ctrl+C pressed again after a second is passed on too.
 * The child's exit code becomes ours.
 */
function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    const posix = process.platform !== 'win32';
    const child: ChildProcess = spawn(command, args, { cwd, env, stdio: posix ? ['ignore', 'inherit', 'inherit'] : 'inherit', detached: posix });
    const lastSent = new Map<NodeJS.Signals, number>();
    const pass = (send: NodeJS.Signals) => () => {
      const now = Date.now();
      if (now - (lastSent.get(send) ?? 0) < 1000) return;
      lastSent.set(send, now);
      child.kill(send);
    };
    const handlers: Array<[NodeJS.Signals, () => void]> = [
      // On Windows the console delivers Ctrl+C to the child itself; kill() there would not be gentle.
      ['SIGINT', posix ? pass('SIGINT') : () => {}],
      ['SIGTERM', pass('SIGTERM')],
      ['SIGHUP', pass('SIGTERM')],
    ];
    for (const [signal, handler] of handlers) process.on(signal, handler);
    const done = (code: number) => {
      for (const [signal, handler] of handlers) process.off(signal, handler);
      resolve(code);
    };
    child.on('error', (err) => {
      process.stderr.write(`Could not start ${path.basename(command)}: ${err.message}\n`);
      done(1);
    });
    child.on('exit', (code, signal) => done(code ?? (signal ? 0 : 1)));
  });
}
