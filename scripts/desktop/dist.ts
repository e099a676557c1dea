import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { buildAll } from './build';
import { downloadElectron, findElectronBinary } from './electron-binary';
import { buildSqliteForElectron } from './electron-sqlite';

/**
 * `npm run dist`: build, make sure the Electron binary and the Electron build of better-sqlite3
 * exist, then electron-builder (electron-builder.yml) → release/. Extra arguments go to
 * electron-builder (`npm run dist -- --linux deb`). Any missing piece is said in one line.
 */
export async function dist(root: string, args: string[]): Promise<number> {
  const say = (line: string) => process.stdout.write(`${line}\n`);
  const fail = (line: string) => {
    process.stderr.write(`${line}\n`);
    return 1;
  };
  await buildAll({ root, log: say });

  let binary = findElectronBinary(root);
  if (!binary.executable) {
    say('Downloading Electron (once)…');
    const outcome = await downloadElectron(root);
    binary = findElectronBinary(root);
    if (!binary.executable) return fail(`Packaging needs the Electron binary, which could not be downloaded (${outcome.reason || 'still missing'}); nothing was packaged.`);
  }
  const sqlite = await buildSqliteForElectron(root, binary.version!, say);
  if (!sqlite.ok) return fail(`Packaging needs better-sqlite3 built for Electron ${binary.version}, which failed (${sqlite.reason}); nothing was packaged.`);

  // With no target named, package for this machine from the Electron that is already downloaded.
  const hostOnly = !args.some((a) => /^--?(mac|macos|m|win|windows|w|linux|l)$/.test(a));
  const builder = path.join(root, 'node_modules', 'electron-builder', 'cli.js');
  const result = spawnSync(
    process.execPath,
    [builder, '--config', 'electron-builder.yml', ...(hostOnly ? [`-c.electronDist=${process.env.ELECTRON_OVERRIDE_DIST_PATH || path.join(root, 'node_modules', 'electron', 'dist')}`] : []), ...args],
    { cwd: root, stdio: 'inherit' },
  );
  if (result.status !== 0) return fail(`electron-builder failed (exit code ${result.status ?? 'unknown'}); see its output above.`);
  say('Packages are in release/.');
  return 0;
}
