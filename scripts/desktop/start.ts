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

/** Runs a child in the foreground: Ctrl+C reaches it, and its exit code becomes ours. */
function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    const child: ChildProcess = spawn(command, args, { cwd, env, stdio: 'inherit' });
    const forward = (signal: NodeJS.Signals) => () => {
      child.kill(signal);
    };
    const onInt = forward('SIGINT');
    const onTerm = forward('SIGTERM');
    process.on('SIGINT', onInt);
    process.on('SIGTERM', onTerm);
    child.on('error', (err) => {
      process.stderr.write(`Could not start ${path.basename(command)}: ${err.message}\n`);
      resolve(1);
    });
    child.on('exit', (code, signal) => {
      process.off('SIGINT', onInt);
      process.off('SIGTERM', onTerm);
      resolve(code ?? (signal ? 0 : 1));
    });
  });
}
