#!/usr/bin/env node
// Runs Vitest. As root, permission bits do not apply, so the tests that prove Anishelf copes with
// unreadable folders and read-only files could not fail; drop the two capabilities that bypass
// them (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH) for the test run.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const vitest = path.join(path.dirname(require.resolve('vitest/package.json')), 'vitest.mjs');
const args = [vitest, 'run', ...process.argv.slice(2)];
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const setpriv = ['/usr/bin/setpriv', '/bin/setpriv'].find((p) => existsSync(p));

const command = isRoot && setpriv ? setpriv : process.execPath;
const commandArgs = isRoot && setpriv
  ? ['--bounding-set', '-dac_override,-dac_read_search', process.execPath, ...args]
  : args;
const result = spawnSync(command, commandArgs, { stdio: 'inherit' });
process.exit(result.status ?? 1);
