import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { seriesFiles } from '../core/testing/core';
import { libraryDir, tempDir, writeTree } from '../core/testing/temp';

// The real command in a real shell's working folder: paths are typed the way people type them.

const bin = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../bin/anishelf.js');

function anishelf(args: string[], cwd: string, dataDir: string, home = process.env.HOME) {
  const run = spawnSync(process.execPath, [bin, ...args, '--data-dir', dataDir], { cwd, encoding: 'utf8', timeout: 120_000, env: { ...process.env, HOME: home, ANISHELF_PROVIDERS: 'off' } });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

test('a series or a library folder given as a relative path, with a trailing slash, as "." or through a link is found', async () => {
  const dataDir = tempDir('anishelf-data-');
  const lib = libraryDir();
  writeTree(lib, seriesFiles({ 'Show A': 1, 'Show B': 2 }));
  expect(anishelf(['add', lib], lib, dataDir).code).toBe(0);
  const link = path.join(tempDir('anishelf-links-'), 'shows');
  fs.symlinkSync(lib, link);

  const shown = (given: string, cwd: string) => JSON.parse(anishelf(['show', given, '--json'], cwd, dataDir).stdout) as { path: string };
  expect(shown('Show B', lib).path).toBe(path.join(lib, 'Show B'));
  expect(shown('./Show B/', lib).path).toBe(path.join(lib, 'Show B'));
  expect(shown('.', path.join(lib, 'Show A')).path).toBe(path.join(lib, 'Show A'));
  expect(shown(path.join(link, 'Show A'), '/').path).toBe(path.join(lib, 'Show A'));
  expect(shown('../Show B', path.join(lib, 'Show A')).path).toBe(path.join(lib, 'Show B'));
  // Quoted, so no shell expanded it: `~` is the home folder, as `add` reads it.
  expect(JSON.parse(anishelf(['show', '~/Show B', '--json'], '/', dataDir, lib).stdout).path).toBe(path.join(lib, 'Show B'));

  const rescan = anishelf(['rescan', '.', '--json'], link, dataDir);
  expect(rescan.code).toBe(0);
  expect(JSON.parse(rescan.stdout)).toMatchObject({ root: { path: lib } });

  const unknown = anishelf(['show', 'Show C'], lib, dataDir);
  expect(unknown.code).toBe(2);
  expect(unknown.stderr).toBe('anishelf: Show C is not a series in the library (give its id or its folder path).\n');
  const empty = anishelf(['show', ''], lib, dataDir);
  expect(empty.stderr).toBe('anishelf: Give a series: its id (see `anishelf list`) or its folder path.\n');
});
