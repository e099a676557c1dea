#!/usr/bin/env node
// The end-to-end run: build the renderer, then Playwright (web and electron projects). Extra
// arguments go to `playwright test` (e.g. `npm run test:e2e -- --project=web`); its exit code is ours.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const windows = process.platform === 'win32';

const build = spawnSync('npm', ['run', 'build:renderer'], { stdio: 'inherit', shell: windows });
if (build.status !== 0) {
  process.stderr.write('e2e: the renderer build failed; nothing was tested.\n');
  process.exit(build.status ?? 1);
}

const cli = path.join(path.dirname(require.resolve('@playwright/test/package.json')), 'cli.js');
const run = spawnSync(process.execPath, [cli, 'test', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(run.status ?? 1);
