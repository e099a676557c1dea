import fs from 'node:fs';
import path from 'node:path';

/**
 * better-sqlite3 built for Electron's ABI, kept apart from the Node build in node_modules that
 * the tests, the CLI and web mode load: `.electron-sqlite/better_sqlite3.node`, which the desktop
 * app passes to better-sqlite3 as `nativeBinding`. The Node build is never touched.
 */
export const SQLITE_DIR = '.electron-sqlite';
export const SQLITE_BINARY = 'better_sqlite3.node';
const STAMP = 'stamp.json';

export interface SqliteStamp {
  electron: string;
  betterSqlite3: string;
  platform: string;
  arch: string;
}

export function expectedStamp(root: string, electronVersion: string, platform = process.platform, arch = process.arch): SqliteStamp {
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'node_modules', 'better-sqlite3', 'package.json'), 'utf8')) as { version: string };
  return { electron: electronVersion, betterSqlite3: pkg.version, platform, arch };
}

/** Whether the Electron build on disk was made for this Electron, better-sqlite3, OS and CPU. */
export function sqliteBuildIsCurrent(root: string, expected: SqliteStamp): boolean {
  try {
    const stamp = JSON.parse(fs.readFileSync(path.join(root, SQLITE_DIR, STAMP), 'utf8')) as Partial<SqliteStamp>;
    const same = stamp.electron === expected.electron && stamp.betterSqlite3 === expected.betterSqlite3 && stamp.platform === expected.platform && stamp.arch === expected.arch;
    return same && fs.statSync(path.join(root, SQLITE_DIR, SQLITE_BINARY)).size > 0;
  } catch {
    return false;
  }
}

/**
 * A scratch project for @electron/rebuild: a package.json and a copy of better-sqlite3's sources
 * (without its `build/`), so the rebuild writes there and never into node_modules.
 */
export function prepareBuildDir(root: string): string {
  const buildDir = path.join(root, SQLITE_DIR, 'build');
  const source = path.join(root, 'node_modules', 'better-sqlite3');
  const target = path.join(buildDir, 'node_modules', 'better-sqlite3');
  fs.rmSync(buildDir, { recursive: true, force: true });
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.cpSync(source, target, {
    recursive: true,
    filter: (from) => {
      const rel = path.relative(source, from);
      return rel !== 'build' && !rel.startsWith(`build${path.sep}`);
    },
  });
  const version = (JSON.parse(fs.readFileSync(path.join(source, 'package.json'), 'utf8')) as { version: string }).version;
  fs.writeFileSync(
    path.join(buildDir, 'package.json'),
    `${JSON.stringify({ name: 'anishelf-electron-sqlite', private: true, dependencies: { 'better-sqlite3': version } }, null, 2)}\n`,
  );
  return buildDir;
}

export interface SqliteOutcome {
  ok: boolean;
  reason: string;
}

/**
 * Builds better-sqlite3 for `electronVersion` with @electron/rebuild (which ships with
 * electron-builder): it takes a prebuilt binary when one is published, else compiles against
 * Electron's headers. The result is copied to `.electron-sqlite/better_sqlite3.node`.
 */
export async function buildSqliteForElectron(root: string, electronVersion: string, log: (line: string) => void = () => {}): Promise<SqliteOutcome> {
  const expected = expectedStamp(root, electronVersion);
  if (sqliteBuildIsCurrent(root, expected)) return { ok: true, reason: '' };
  let rebuild: typeof import('@electron/rebuild').rebuild;
  try {
    ({ rebuild } = await import('@electron/rebuild'));
  } catch {
    return { ok: false, reason: '@electron/rebuild is missing (it comes with electron-builder); run npm install' };
  }
  const buildDir = prepareBuildDir(root);
  log(`Building better-sqlite3 for Electron ${electronVersion} in ${path.relative(root, buildDir)} (the Node build in node_modules is left alone)…`);
  try {
    await rebuild({ buildPath: buildDir, electronVersion, onlyModules: ['better-sqlite3'], force: true, mode: 'sequential' });
    const built = findBinary(path.join(buildDir, 'node_modules', 'better-sqlite3', 'build'));
    if (!built) return { ok: false, reason: 'the rebuild finished but produced no better_sqlite3.node' };
    fs.copyFileSync(built, path.join(root, SQLITE_DIR, SQLITE_BINARY));
    fs.writeFileSync(path.join(root, SQLITE_DIR, STAMP), `${JSON.stringify(expected, null, 2)}\n`);
    return { ok: true, reason: '' };
  } catch (err) {
    return { ok: false, reason: summarizeBuildError(err) };
  } finally {
    // The scratch copy of the sources is not needed once the binary is out (or the build failed).
    fs.rmSync(buildDir, { recursive: true, force: true });
  }
}

function findBinary(dir: string): string | null {
  for (const candidate of [path.join(dir, 'Release', SQLITE_BINARY), path.join(dir, 'Debug', SQLITE_BINARY)]) {
    if (fs.existsSync(candidate)) return candidate;
  }
  return null;
}

export function summarizeBuildError(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  const code = /\b(ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ETIMEDOUT|ECONNRESET)\b/.exec(text)?.[1];
  if (code) return `Electron's headers could not be downloaded (${code})`;
  if (/node-gyp|gyp ERR|make|g\+\+|cl\.exe|python/i.test(text)) {
    return "no prebuilt binary was found and compiling against Electron's headers failed; that needs network access, Python and a C++ compiler (details above)";
  }
  return text.split('\n')[0]?.replace(/https?:\/\/\S+/g, '<url>').slice(0, 160) ?? 'unknown error';
}
