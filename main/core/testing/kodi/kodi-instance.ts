import fs from 'node:fs';
import path from 'node:path';
import { waitFor } from '../wait';
import { kodiRpc, type KodiRpc } from './json-rpc';
import { freePort } from '../ports';
import { startProcess, stopProcess, type Started } from './processes';
import { setTvShowContent } from './video-db';
import { startXvfb, type Xvfb } from './xvfb';

const KODI_BINARIES = ['x86_64-linux-gnu', 'aarch64-linux-gnu', 'arm-linux-gnueabihf', 'i386-linux-gnu']
  .map((triplet) => `/usr/lib/${triplet}/kodi/kodi.bin`)
  .concat(['/usr/lib/kodi/kodi.bin', '/usr/lib64/kodi/kodi.bin']);
const XVFB = '/usr/bin/Xvfb';

/** Kodi's own binary (the `kodi` wrapper script restarts it on crashes, so it is not used). */
export function kodiBinary(): string | null {
  return KODI_BINARIES.find((file) => fs.existsSync(file)) ?? null;
}

/** Why a real Kodi cannot run on this machine, or null when it can. */
export function kodiMissing(): string | null {
  if (process.platform !== 'linux') return 'Kodi tests run on Linux only';
  if (!kodiBinary()) return 'Kodi is not installed (apt-get install kodi)';
  if (!fs.existsSync(XVFB)) return 'Xvfb is not installed (apt-get install xvfb)';
  return null;
}

export interface KodiOptions {
  /** A throw-away folder for Kodi's home (special://home); removed by stop(). */
  home: string;
  /** The body of userdata/advancedsettings.xml (inside <advancedsettings>). */
  advancedSettings?: string;
  startTimeoutMs?: number;
}

export interface Kodi {
  rpc: KodiRpc;
  port: number;
  home: string;
  /** Sets `folder` to TV shows / Local information only, scans it and waits for the scan's end. */
  scanTvShows(folder: string, timeoutMs?: number): Promise<void>;
  log(): string;
  stop(): Promise<void>;
}

/**
 * A real Kodi under Xvfb with a fresh home: its web server (JSON-RPC) on a free port, no
 * authentication, debug logging. Every process it starts is stopped by pid in stop().
 */
export async function startKodi(options: KodiOptions): Promise<Kodi> {
  const binary = kodiBinary();
  if (!binary) throw new Error('Kodi is not installed');
  const port = await freePort();
  writeUserdata(options.home, port, options.advancedSettings ?? '');
  const xvfb: Xvfb = await startXvfb(XVFB);
  let kodi: Started | null = null;
  const stop = async () => {
    if (kodi) await stopProcess(kodi, 15_000);
    await xvfb.stop();
  };
  try {
    const env = { PATH: process.env.PATH ?? '/usr/bin:/bin', DISPLAY: xvfb.display, HOME: options.home, KODI_DATA: path.join(options.home, '.kodi'), LANG: 'C.UTF-8' };
    kodi = startProcess(binary, ['--standalone'], { env, stdio: 'ignore' });
    const started = kodi;
    let exited = false;
    void started.exited.then(() => (exited = true));
    const rpc = kodiRpc(port);
    await waitFor(
      async () => {
        if (exited) throw new Error(`Kodi exited while starting:\n${tail(readLog(options.home))}`);
        return (await rpc.call<string>('JSONRPC.Ping')) === 'pong';
      },
      { timeoutMs: options.startTimeoutMs ?? 90_000, what: 'Kodi to answer JSON-RPC' },
    ).catch((err: unknown) => {
      if (exited) throw new Error(`Kodi exited while starting:\n${tail(readLog(options.home))}`);
      throw err;
    });
    const database = await waitFor(() => videoDatabase(options.home), { what: "Kodi's video database" });
    return {
      rpc,
      port,
      home: options.home,
      log: () => readLog(options.home),
      async scanTvShows(folder, timeoutMs = 120_000) {
        setTvShowContent(database, folder);
        const before = countScans(readLog(options.home));
        await rpc.call('VideoLibrary.Scan', { directory: folder.endsWith('/') ? folder : `${folder}/`, showdialogs: false });
        await waitFor(() => countScans(readLog(options.home)) > before, { timeoutMs, what: "Kodi's library scan to finish" });
      },
      async stop() {
        // Ask politely first, so Kodi flushes its database; stopProcess kills it if it hangs.
        await rpc.call('Application.Quit').catch(() => {});
        await stop();
        fs.rmSync(options.home, { recursive: true, force: true });
      },
    };
  } catch (err) {
    await stop();
    throw err;
  }
}

function writeUserdata(home: string, port: number, advanced: string): void {
  const userdata = path.join(home, '.kodi', 'userdata');
  fs.mkdirSync(userdata, { recursive: true });
  const settings: Record<string, string> = {
    'services.webserver': 'true',
    'services.webserverport': String(port),
    'services.webserverauthentication': 'false',
    'services.webserverusername': 'kodi',
    'services.webserverpassword': '',
    'services.zeroconf': 'false',
    'services.upnp': 'false',
    'services.esenabled': 'false',
    'general.addonupdates': '2',
    'general.addonnotifications': 'false',
  };
  const lines = Object.entries(settings).map(([id, value]) => `    <setting id="${id}">${value}</setting>`);
  fs.writeFileSync(path.join(userdata, 'guisettings.xml'), `<settings version="2">\n${lines.join('\n')}\n</settings>\n`);
  fs.writeFileSync(
    path.join(userdata, 'advancedsettings.xml'),
    `<advancedsettings version="1.0">\n    <loglevel>1</loglevel>\n${advanced}\n</advancedsettings>\n`,
  );
}

function videoDatabase(home: string): string | null {
  const dir = path.join(home, '.kodi', 'userdata', 'Database');
  if (!fs.existsSync(dir)) return null;
  const versions = fs.readdirSync(dir).map((name) => /^MyVideos(\d+)\.db$/.exec(name)).filter((m) => m !== null);
  versions.sort((a, b) => Number(b[1]) - Number(a[1]));
  return versions[0] ? path.join(dir, versions[0][0]) : null;
}

function readLog(home: string): string {
  try {
    return fs.readFileSync(path.join(home, '.kodi', 'temp', 'kodi.log'), 'utf8');
  } catch {
    return '';
  }
}

function countScans(log: string): number {
  return log.split('VideoInfoScanner: Finished scan').length - 1;
}

function tail(text: string): string {
  return text.split('\n').slice(-30).join('\n');
}
