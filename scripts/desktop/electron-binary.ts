import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export interface ElectronBinary {
  /** The electron package's version (what better-sqlite3 is built against). */
  version: string | null;
  /** The executable, when it is downloaded and matches the package; else null. */
  executable: string | null;
}

/**
 * Whether the Electron binary is there, the way electron's own installer decides: `path.txt`
 * names the executable inside `dist/`, and `dist/version` matches the package.
 */
export function findElectronBinary(root: string, env: NodeJS.ProcessEnv = process.env): ElectronBinary {
  const dir = path.join(root, 'node_modules', 'electron');
  let version: string | null = null;
  try {
    version = (JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { version?: string }).version ?? null;
  } catch {
    return { version: null, executable: null };
  }
  try {
    const relative = fs.readFileSync(path.join(dir, 'path.txt'), 'utf8').trim();
    const dist = env.ELECTRON_OVERRIDE_DIST_PATH || path.join(dir, 'dist');
    const installed = fs.readFileSync(path.join(dir, 'dist', 'version'), 'utf8').trim().replace(/^v/, '');
    const executable = path.join(dist, relative);
    if (!relative || installed !== version || !fs.existsSync(executable)) return { version, executable: null };
    return { version, executable };
  } catch {
    return { version, executable: null };
  }
}

/** Why a download failed, in a few words (the installer's stack trace is not for users). */
export function summarizeDownloadError(output: string, exitCode: number | null, timedOut: boolean): string {
  if (timedOut) return 'the download timed out';
  const code = /\b(ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|CERT_[A-Z_]+|UNABLE_TO_[A-Z_]+|SELF_SIGNED_CERT_IN_CHAIN|ENOSPC|EACCES|EPERM)\b/.exec(output)?.[1];
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return `no network: the download server's name could not be resolved, ${code}`;
  if (code === 'ENOSPC') return 'the disk is full, ENOSPC';
  if (code === 'EACCES' || code === 'EPERM') return `node_modules/electron is not writable, ${code}`;
  if (code) return `network error ${code}`;
  const status = /Response code (\d{3})|HTTPError: Response code (\d{3})|status code (\d{3})/i.exec(output);
  const http = status?.[1] ?? status?.[2] ?? status?.[3];
  if (http) return `the server answered HTTP ${http}`;
  if (/checksum/i.test(output)) return 'the download did not match its checksum';
  const firstLine = output.split('\n').map((l) => l.trim()).find((l) => l.length > 0);
  if (firstLine) return firstLine.replace(/https?:\/\/\S+/g, '<url>').slice(0, 120);
  return `the installer exited with code ${exitCode ?? 'unknown'}`;
}

export interface DownloadOutcome {
  ok: boolean;
  reason: string;
}

/** Runs electron's own installer (`node node_modules/electron/install.js`) and says how it went. */
export function downloadElectron(root: string, options: { timeoutMs?: number; onProgress?: (line: string) => void } = {}): Promise<DownloadOutcome> {
  const installer = path.join(root, 'node_modules', 'electron', 'install.js');
  if (!fs.existsSync(installer)) return Promise.resolve({ ok: false, reason: 'the electron package is not installed; run npm install' });
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [installer], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '' } });
    let output = '';
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill();
    }, options.timeoutMs ?? 10 * 60_000);
    const collect = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-20_000);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('error', (err) => {
      clearTimeout(timer);
      resolve({ ok: false, reason: err.message });
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve(code === 0 && !timedOut ? { ok: true, reason: '' } : { ok: false, reason: summarizeDownloadError(output, code, timedOut) });
    });
  });
}
