#!/usr/bin/env node
// The end-to-end run: `npm run build` (the renderer, and the CLI bundle every `anishelf serve` of
// the suite then starts from), then Playwright (web and electron projects). Extra arguments go to
// `playwright test` (e.g. `npm run test:e2e -- --project=web`); its exit code is ours. From the
// sources, each server would register tsx's loader first: Node 20 runs it in a hooks thread, and
// once in a clean run a server hung there for good before printing its URL.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const windows = process.platform === 'win32';

const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit', shell: windows });
if (build.status !== 0) {
  process.stderr.write('e2e: the build failed; nothing was tested.\n');
  process.exit(build.status ?? 1);
}

const cli = path.join(path.dirname(require.resolve('@playwright/test/package.json')), 'cli.js');
const run = spawnSync(process.execPath, [cli, 'test', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(run.status ?? 1);
